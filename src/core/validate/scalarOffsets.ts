import type { TextRange } from '../model/range';
import { scalarContentStart } from '../yaml/sourceQueries';

/**
 * Maps an offset inside a scalar's decoded value to an offset in the document text, so that an
 * error at column 12 of an expression is shown at the right character even when the scalar is
 * quoted, escaped or written as a block. The mapping is rebuilt from the raw text and checked
 * against the decoded value; when they disagree (an unusual folding), offsets fall back to the
 * start of the content rather than pointing at a wrong character.
 */
export function scalarOffsets(
  text: string,
  range: TextRange,
  value: string,
): (offset: number) => number {
  const map = decode(text, range);
  if (map && map.chars === value) {
    const offsets = map.offsets;
    return (i) => {
      if (i < offsets.length) return offsets[i] as number;
      const last = offsets[offsets.length - 1];
      return last === undefined ? range.start : last + 1;
    };
  }
  const start = scalarContentStart(text, range);
  return (i) => Math.min(start + i, Math.max(start, range.end));
}

interface Decoded {
  chars: string;
  offsets: number[];
}

function decode(text: string, range: TextRange): Decoded | null {
  const c = text[range.start];
  if (c === '"') return decodeDouble(text, range);
  if (c === "'") return decodeSingle(text, range);
  if (c === '|' || c === '>') return decodeBlock(text, range, c === '>');
  return decodePlain(text, range);
}

/** Appends a raw line break run (with following indentation) folded as YAML flow scalars do. */
function fold(text: string, i: number, end: number, out: Decoded): number {
  // Trailing spaces before the break are not content.
  while (out.chars.endsWith(' ') || out.chars.endsWith('\t')) {
    out.chars = out.chars.slice(0, -1);
    out.offsets.pop();
  }
  let breaks = 0;
  const at = i;
  while (i < end && (text[i] === '\n' || text[i] === '\r' || text[i] === ' ' || text[i] === '\t')) {
    if (text[i] === '\n') breaks++;
    i++;
  }
  if (breaks <= 1) push(out, ' ', at);
  else for (let b = 1; b < breaks; b++) push(out, '\n', at);
  return i;
}

function push(out: Decoded, ch: string, offset: number): void {
  out.chars += ch;
  for (let k = 0; k < ch.length; k++) out.offsets.push(offset);
}

function decodePlain(text: string, range: TextRange): Decoded {
  const out: Decoded = { chars: '', offsets: [] };
  for (let i = range.start; i < range.end;) {
    const ch = text[i] as string;
    if (ch === '\n' || ch === '\r') {
      i = fold(text, i, range.end, out);
      continue;
    }
    push(out, ch, i);
    i++;
  }
  return out;
}

function decodeSingle(text: string, range: TextRange): Decoded {
  const out: Decoded = { chars: '', offsets: [] };
  const end = range.end - 1;
  for (let i = range.start + 1; i < end;) {
    const ch = text[i] as string;
    if (ch === "'" && text[i + 1] === "'") {
      push(out, "'", i);
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      i = fold(text, i, end, out);
    } else {
      push(out, ch, i);
      i++;
    }
  }
  return out;
}

const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

function decodeDouble(text: string, range: TextRange): Decoded | null {
  const out: Decoded = { chars: '', offsets: [] };
  const end = range.end - 1;
  for (let i = range.start + 1; i < end;) {
    const ch = text[i] as string;
    if (ch === '\\') {
      const e = text[i + 1] as string;
      if (e === '\n' || e === '\r') {
        // An escaped line break joins the lines without a space.
        i += 2;
        while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n')) i++;
        continue;
      }
      const hex = HEX_LENGTH[e];
      if (hex !== undefined) {
        const code = Number.parseInt(text.slice(i + 2, i + 2 + hex), 16);
        if (!Number.isFinite(code)) return null;
        push(out, String.fromCodePoint(code), i);
        i += 2 + hex;
        continue;
      }
      const decoded = ESCAPES[e];
      if (decoded === undefined) return null;
      push(out, decoded, i);
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      i = fold(text, i, end, out);
    } else {
      push(out, ch, i);
      i++;
    }
  }
  return out;
}

function decodeBlock(text: string, range: TextRange, folded: boolean): Decoded | null {
  const headerEnd = text.indexOf('\n', range.start);
  if (headerEnd < 0 || headerEnd >= range.end) return { chars: '', offsets: [] };
  const header = text.slice(range.start, headerEnd);
  const lines: { start: number; end: number }[] = [];
  for (let i = headerEnd + 1; i < range.end;) {
    let j = text.indexOf('\n', i);
    if (j < 0 || j > range.end) j = range.end;
    lines.push({ start: i, end: j });
    i = j + 1;
  }
  let indent = -1;
  for (const l of lines) {
    const s = text.slice(l.start, l.end);
    if (s.trim() !== '') {
      indent = s.length - s.trimStart().length;
      break;
    }
  }
  if (indent < 0) return { chars: '', offsets: [] };
  const out: Decoded = { chars: '', offsets: [] };
  lines.forEach((l, k) => {
    const from = Math.min(l.start + indent, l.end);
    if (k > 0) push(out, folded && text.slice(from, l.end) !== '' ? ' ' : '\n', l.start - 1);
    for (let i = from; i < l.end; i++) push(out, text[i] as string, i);
  });
  if (!header.includes('-')) {
    while (out.chars.endsWith('\n')) {
      out.chars = out.chars.slice(0, -1);
      out.offsets.pop();
    }
    if (!header.includes('+')) push(out, '\n', range.end);
  }
  return out;
}
