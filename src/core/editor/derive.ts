import { deriveGraph } from '../graph/deriveGraph';
import type { ExecutionMode, StateMachine } from '../model/types';
import type { Diagnostic } from '../model/diagnostic';
import { validate } from '../validate/validate';
import { parseSource } from '../yaml/parseSource';
import type { ParseResult } from '../yaml/types';

/**
 * The pure functions the store derives its state with. Pluggable so tests can count calls and
 * so the store does not depend on how parsing, validation or graph derivation are done.
 */
export interface Derive<G> {
  parse(text: string): ParseResult;
  validate(parsed: ParseResult, options: { mode: ExecutionMode }): Diagnostic[];
  graph(model: StateMachine): G;
}

/** The real derivations: `parseSource`, `validate`, `deriveGraph`. */
export function defaultDerive(): Derive<unknown> {
  return { parse: parseSource, validate, graph: (m) => deriveGraph(m) };
}
