import type { JsonValue } from '../model/types';

/** The outcome of reading user-typed JSON (execution input, callback output). */
export type JsonInputResult =
  | { ok: true; value: JsonValue }
  | { ok: false; message: string; offset: number; line: number; column: number };

/**
 * Parses JSON text typed by a user and, when it is invalid, says where (1-based line and
 * column) and what was expected: "input is not valid JSON at line 1 column 9: expected a value".
 * JSON.parse does the parsing; a small scanner only runs on failure to locate the problem,
 * because engines word (and locate) their errors differently.
 */
export function parseJsonInput(text: string): JsonInputResult {
  try {
    return { ok: true, value: JSON.parse(text) as JsonValue };
  } catch {
    const { offset, message } = locateJsonError(text);
    let line = 1;
    let column = 1;
    for (let i = 0; i < offset && i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        line++;
        column = 1;
      } else column++;
    }
    return { ok: false, message, offset, line, column };
  }
}

class Stop {
  constructor(
    readonly offset: number,
    readonly message: string,
  ) {}
}

/** Finds the first syntax error of invalid JSON text (RFC 8259 grammar). */
function locateJsonError(text: string): { offset: number; message: string } {
  let i = 0;
  const fail = (message: string): never => {
    throw new Stop(i, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const shown = () => (i >= text.length ? 'the end of the text' : `'${text[i]}'`);
  const value = (depth: number): void => {
    if (depth > 10_000) fail('nested too deeply');
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail(`expected a "quoted" key, found ${shown()}`);
        string();
        ws();
        if (text[i] !== ':') fail(`expected ':' after the key, found ${shown()}`);
        i++;
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        fail(`expected ',' or '}', found ${shown()}`);
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value(depth + 1);
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        fail(`expected ',' or ']', found ${shown()}`);
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0] !== '' && m[0] !== '-') {
      i += m[0].length;
      return;
    }
    fail(`expected a value, found ${shown()}`);
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c < 0x20) fail('a control character (such as a line break) inside a string');
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('a bad \\u escape');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail('a bad escape sequence');
        i += 2;
        continue;
      }
      i++;
    }
    fail('the string is not closed');
  };
  try {
    value(0);
    ws();
    if (i < text.length) fail(`unexpected ${shown()} after the value`);
    return { offset: 0, message: 'not valid JSON' };
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.message };
    return { offset: 0, message: 'not valid JSON' };
  }
}
