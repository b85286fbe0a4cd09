/**
 * Translation of I-Regexp (RFC 9485) to an equivalent JavaScript RegExp with the `u` flag, per
 * RFC 9485 §5.3: `.` becomes `[^\n\r]`, groups become non-capturing, every literal is escaped
 * as needed, and `match` is anchored with `^(?:…)$`.
 *
 * A JavaScript RegExp backtracks: valid I-Regexps such as `(a|a)*` take exponential time on a
 * failing input (about a minute for 28 characters). The JSONPath `match`/`search` functions
 * therefore run `compileIRegexpMatcher` (linear time) instead; use this translation only for
 * trusted patterns or for display.
 */
import { parseIRegexp, type ClassItem, type RegexNode } from './parseIRegexp';

export type IRegexpResult =
  { ok: true; regexp: RegExp; source: string } | { ok: false; message: string; offset: number };

/** Characters escaped outside a class (all are identity escapes allowed with the u flag). */
const SPECIAL = new Set([...'^$\\.*+?()[]{}|/']);
/** Characters escaped inside a class. */
const CLASS_SPECIAL = new Set([...'\\]-[^']);

function char(cp: number, special: Set<string>): string {
  if (cp === 0x0a) return '\\n';
  if (cp === 0x0d) return '\\r';
  if (cp === 0x09) return '\\t';
  const s = String.fromCodePoint(cp);
  return special.has(s) ? '\\' + s : s;
}

function classItem(item: ClassItem): string {
  if (item.kind === 'category') return `\\${item.negated ? 'P' : 'p'}{${item.name}}`;
  const from = char(item.from, CLASS_SPECIAL);
  return item.from === item.to ? from : `${from}-${char(item.to, CLASS_SPECIAL)}`;
}

function quantifier(min: number, max: number | null): string {
  if (min === 0 && max === null) return '*';
  if (min === 1 && max === null) return '+';
  if (min === 0 && max === 1) return '?';
  if (max === min) return `{${min}}`;
  return `{${min},${max ?? ''}}`;
}

/** The JavaScript source of a parsed I-Regexp (without anchoring). */
export function toJsSource(node: RegexNode): string {
  switch (node.kind) {
    case 'alt':
      return `(?:${node.branches.map(toJsSource).join('|')})`;
    case 'seq':
      return node.items.map(toJsSource).join('');
    case 'repeat': {
      const inner = toJsSource(node.node);
      const atomic = node.node.kind === 'set' || node.node.kind === 'alt';
      return (atomic ? inner : `(?:${inner})`) + quantifier(node.min, node.max);
    }
    case 'assert':
      return node.at === 'start' ? '^' : '$';
    case 'set': {
      const only = node.items[0];
      if (!node.negated && node.items.length === 1 && only?.kind === 'range') {
        if (only.from === only.to) return char(only.from, SPECIAL);
      }
      return `[${node.negated ? '^' : ''}${node.items.map(classItem).join('')}]`;
    }
  }
}

/**
 * Validates `pattern` as I-Regexp and translates it: `match` mode anchors the whole string,
 * `search` mode finds a substring. Never throws.
 */
export function compileIRegexp(pattern: string, mode: 'match' | 'search'): IRegexpResult {
  const parsed = parseIRegexp(pattern);
  if (!parsed.ok) return parsed;
  const body = toJsSource(parsed.node);
  const source = mode === 'match' ? `^(?:${body})$` : body;
  try {
    return { ok: true, regexp: new RegExp(source, 'u'), source };
  } catch (e) {
    // Not expected for a valid I-Regexp; reported rather than thrown.
    return { ok: false, message: e instanceof Error ? e.message : String(e), offset: 0 };
  }
}
