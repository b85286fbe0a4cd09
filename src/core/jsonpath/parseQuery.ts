/**
 * Queries, segments and selectors (RFC 9535 §2.1–§2.5). Filter bodies are delegated to
 * `parseFilter`; this module knows nothing about expressions.
 */
import type { JsonPathQuery, Segment, Selector } from './ast';
import type { Cursor } from './cursor';
import { parseFilterBody } from './parseFilter';

/** Whether the segments make a singular query: child segments of one name or index each. */
export function isSingular(segments: readonly Segment[]): boolean {
  return segments.every(
    (s) =>
      !s.descendant &&
      s.selectors.length === 1 &&
      (s.selectors[0]?.kind === 'name' || s.selectors[0]?.kind === 'index'),
  );
}

/**
 * Parses `$` or `@` followed by segments, stopping before the first character that cannot
 * continue the query (the caller decides whether that is junk). Blank space before a segment
 * belongs to the query only when a segment follows it.
 */
export function parseQueryAt(c: Cursor): JsonPathQuery {
  const root = c.peek();
  if (root !== '$' && root !== '@') c.fail(`expected '$' or '@'${c.describeHere()}`);
  c.pos++;
  const segments: Segment[] = [];
  for (;;) {
    const save = c.pos;
    c.skipS();
    const segment = parseSegment(c);
    if (segment === null) {
      c.pos = save;
      break;
    }
    segments.push(segment);
  }
  return { root, segments, singular: isSingular(segments) };
}

function parseSegment(c: Cursor): Segment | null {
  if (c.eat('..')) {
    if (c.peek() === '[') return { descendant: true, selectors: parseBracketed(c) };
    if (c.eat('*')) return { descendant: true, selectors: [{ kind: 'wildcard' }] };
    if (c.atNameFirst()) {
      return { descendant: true, selectors: [{ kind: 'name', name: c.parseMemberName() }] };
    }
    return c.fail(`expected a name, '*' or '[' after '..'${c.describeHere()}`);
  }
  if (c.eat('.')) {
    if (c.eat('*')) return { descendant: false, selectors: [{ kind: 'wildcard' }] };
    if (c.atNameFirst()) {
      return { descendant: false, selectors: [{ kind: 'name', name: c.parseMemberName() }] };
    }
    const hint = c.peek() === ' ' ? ' (no blank space is allowed after a dot)' : '';
    return c.fail(`expected a member name or '*' after '.'${c.describeHere()}${hint}`);
  }
  if (c.peek() === '[') return { descendant: false, selectors: parseBracketed(c) };
  return null;
}

/** `[` S selector *(S `,` S selector) S `]` */
function parseBracketed(c: Cursor): Selector[] {
  const open = c.pos;
  c.pos++;
  const selectors: Selector[] = [];
  for (;;) {
    c.skipS();
    selectors.push(parseSelector(c));
    c.skipS();
    if (c.eat(']')) return selectors;
    if (c.done) c.fail("missing ']' to close '['", open);
    if (!c.eat(',')) c.fail(`expected ',' or ']' in a bracketed selection${c.describeHere()}`);
  }
}

function parseSelector(c: Cursor): Selector {
  const ch = c.peek();
  if (ch === "'" || ch === '"') return { kind: 'name', name: c.parseString() };
  if (c.eat('*')) return { kind: 'wildcard' };
  if (c.eat('?')) {
    c.skipS();
    return { kind: 'filter', expr: parseFilterBody(c) };
  }
  if (ch === ':' || c.atInt()) return parseIndexOrSlice(c);
  if (ch === '-') {
    c.pos++;
    c.fail(`expected a digit after '-'${c.describeHere()}`);
  }
  return c.fail(
    `expected a selector (a quoted name, '*', an index, a slice or '?')${c.describeHere()}`,
  );
}

/** index-selector, or slice-selector: [start S] ":" S [end S] [":" [S step]] */
function parseIndexOrSlice(c: Cursor): Selector {
  const start = c.atInt() ? c.parseInt() : null;
  const afterStart = c.pos;
  c.skipS();
  if (!c.eat(':')) {
    c.pos = afterStart;
    if (start === null) c.fail(`expected an index or a slice${c.describeHere()}`);
    return { kind: 'index', index: start };
  }
  c.skipS();
  let end: number | null = null;
  if (c.atInt()) {
    end = c.parseInt();
    c.skipS();
  }
  let step: number | null = null;
  if (c.eat(':')) {
    c.skipS();
    if (c.atInt()) step = c.parseInt();
  }
  return { kind: 'slice', start, end, step };
}
