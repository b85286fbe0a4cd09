import type { JsonValue } from '../../model/types';
import { itemFromLines, sp } from './lines';

/**
 * Emits new YAML text for values that commands insert. Existing text is never re-printed: only
 * the inserted values pass through here. Strings are plain unless they would read back as
 * something else in YAML 1.2 *or* 1.1 (`yes`, `on`, `0o7`, `1:30`, dates), or contain YAML
 * syntax (`: `, ` #`, a leading indicator): then they are double-quoted (JSON escapes are valid
 * YAML). Numbers stay numbers. Lists of scalars are written in flow style (`[FnF.ALL]`), as the
 * FDL samples do; maps and lists of maps in block style.
 */

/** Indentation conventions detected from the document (see `detectStyle`). */
export interface Style {
  /** Spaces per nesting level of mappings. */
  unit: number;
  /** Whether `- ` items sit one unit right of their parent key (`States:\n  - Name`). */
  indentSeq: boolean;
}

export const DEFAULT_STYLE: Style = { unit: 2, indentSeq: true };

const NON_STRING_PATTERNS: readonly RegExp[] = [
  /^(?:null|Null|NULL|~)$/,
  /^(?:true|True|TRUE|false|False|FALSE)$/,
  /^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/,
  /^[-+]?(?:\d[\d_]*)?\.?\d[\d_]*(?:[eE][-+]?\d+)?$/,
  /^[-+]?\d[\d_]*\.$/,
  /^[-+]?0(?:x[0-9a-fA-F_]+|o[0-7_]+|b[01_]+|[0-7_]+)$/,
  /^[-+]?\d[\d_]*(?::[0-5]?\d)+(?:\.[\d_]*)?$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
  /^\d{4}-\d\d?-\d\d?(?:[Tt ].*)?$/,
  /^(?:<<|=)$/,
];

/** Whether `s` can be written as a plain scalar and read back as the same string. */
export function isPlainSafe(s: string, inFlow = false): boolean {
  if (s === '' || /^\s|\s$/.test(s)) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  if (inFlow && /[,[\]{}]/.test(s)) return false;
  return !NON_STRING_PATTERNS.some((re) => re.test(s));
}

/** A scalar value as YAML text. */
export function renderScalar(value: JsonValue, inFlow = false): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return String(value);
  }
  if (typeof value === 'string') return isPlainSafe(value, inFlow) ? value : JSON.stringify(value);
  return renderFlow(value);
}

/** A mapping key as YAML text (`key2.$` stays plain). */
export function renderKey(key: string): string {
  return isPlainSafe(key, true) ? key : JSON.stringify(key);
}

export function isScalarValue(v: JsonValue): v is null | boolean | number | string {
  return v === null || typeof v !== 'object';
}

/** Any value in flow style: `{a: 1, b: [x, y]}`. */
export function renderFlow(value: JsonValue): string {
  if (isScalarValue(value)) return renderScalar(value, true);
  if (Array.isArray(value)) return `[${value.map(renderFlow).join(', ')}]`;
  const entries = Object.entries(value).map(([k, v]) => `${renderKey(k)}: ${renderFlow(v)}`);
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** Whether a value is written inline after `key: ` (scalars, empty or scalar-only lists). */
function isInline(v: JsonValue): boolean {
  if (isScalarValue(v)) return true;
  if (Array.isArray(v)) return v.every(isScalarValue);
  return Object.keys(v).length === 0;
}

function inline(v: JsonValue): string {
  return isScalarValue(v) ? renderScalar(v) : renderFlow(v);
}

/** `key: value` at column `col`, block style, ending with a line break. */
export function renderPair(key: string, value: JsonValue, col: number, style: Style): string {
  const head = `${sp(col)}${renderKey(key)}:`;
  if (isInline(value)) return `${head} ${inline(value)}\n`;
  if (Array.isArray(value)) {
    const dash = col + (style.indentSeq ? style.unit : 0);
    return `${head}\n${value.map((v) => renderItem(v, dash, style)).join('')}`;
  }
  return `${head}\n${renderMapBody(value as Record<string, JsonValue>, col + style.unit, style)}`;
}

/** The pairs of a mapping at column `col`. */
export function renderMapBody(
  obj: Readonly<Record<string, JsonValue>>,
  col: number,
  style: Style,
): string {
  return Object.entries(obj)
    .map(([k, v]) => renderPair(k, v, col, style))
    .join('');
}

/** One list item with its `-` at `dashCol`. */
export function renderItem(value: JsonValue, dashCol: number, style: Style): string {
  if (isInline(value)) return `${sp(dashCol)}- ${inline(value)}\n`;
  if (Array.isArray(value)) return `${sp(dashCol)}- ${renderFlow(value)}\n`;
  const body = renderMapBody(value as Record<string, JsonValue>, 0, style);
  return itemFromLines(body.slice(0, -1).split('\n'), dashCol, dashCol + 2);
}
