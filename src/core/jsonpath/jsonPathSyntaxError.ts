/**
 * A query that RFC 9535 does not accept. `offset` is the UTF-16 index in the query text where
 * the problem was found, so callers can point at it (e.g. add it to the YAML scalar's start).
 */
export class JsonPathSyntaxError extends Error {
  override readonly name = 'JsonPathSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/**
 * A well-formed query whose evaluation exceeded a resource limit (see `EvaluateOptions`), e.g.
 * `$..*..*..*` over a large document. Raised instead of exhausting memory.
 */
export class JsonPathLimitError extends Error {
  override readonly name = 'JsonPathLimitError';
}
