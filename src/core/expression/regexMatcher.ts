import type { AssertKind, RegexNode } from './regexSyntax';

interface Split {
  op: 'split';
  x: number;
  y: number;
}
interface Jump {
  op: 'jmp';
  x: number;
}
type Inst =
  | { op: 'char'; test: (cp: number) => boolean }
  | Split
  | Jump
  | { op: 'assert'; kind: AssertKind }
  | { op: 'match' };

/** Largest compiled program (instructions); bounds memory and the per-character work. */
export const MAX_REGEX_PROGRAM = 20_000;

/** Thrown by `compileRegex` when the expanded program exceeds MAX_REGEX_PROGRAM. */
export class RegexTooLargeError {
  readonly message = 'the pattern is too large once its repetitions are expanded';
}

/**
 * Compiles a regex tree into a Thompson NFA program. Counted repetitions are expanded, so the
 * size is capped by {@link MAX_REGEX_PROGRAM}.
 */
export function compileRegex(node: RegexNode): Inst[] {
  const prog: Inst[] = [];
  const emit = (inst: Inst): number => {
    if (prog.length >= MAX_REGEX_PROGRAM) throw new RegexTooLargeError();
    prog.push(inst);
    return prog.length - 1;
  };
  const gen = (n: RegexNode): void => {
    switch (n.t) {
      case 'char':
        emit({ op: 'char', test: n.test });
        return;
      case 'assert':
        emit({ op: 'assert', kind: n.kind });
        return;
      case 'seq':
        n.items.forEach(gen);
        return;
      case 'alt': {
        const ends: Jump[] = [];
        n.items.forEach((item, k) => {
          if (k === n.items.length - 1) return gen(item);
          const split: Split = { op: 'split', x: 0, y: 0 };
          emit(split);
          split.x = prog.length;
          gen(item);
          const end: Jump = { op: 'jmp', x: 0 };
          emit(end);
          ends.push(end);
          split.y = prog.length;
        });
        for (const end of ends) end.x = prog.length;
        return;
      }
      case 'repeat': {
        for (let k = 0; k < n.min; k++) gen(n.node);
        const splits: Split[] = [];
        for (let k = n.min; k < n.max; k++) {
          const split: Split = { op: 'split', x: 0, y: 0 };
          const at = emit(split);
          split.x = prog.length;
          splits.push(split);
          gen(n.node);
          if (n.max === Infinity) {
            emit({ op: 'jmp', x: at });
            break;
          }
        }
        for (const split of splits) split.y = prog.length;
        return;
      }
    }
  };
  gen(node);
  emit({ op: 'match' });
  return prog;
}

const isWord = (cp: number): boolean =>
  (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) || cp === 95;

function holds(kind: AssertKind, prev: number, next: number): boolean {
  switch (kind) {
    case 'begin-text':
      return prev < 0;
    case 'end-text':
      return next < 0;
    case 'begin-line':
      return prev < 0 || prev === 10;
    case 'end-line':
      return next < 0 || next === 10;
    case 'word':
    case 'not-word': {
      const boundary = (prev >= 0 && isWord(prev)) !== (next >= 0 && isWord(next));
      return kind === 'word' ? boundary : !boundary;
    }
  }
}

/**
 * Whether the program matches anywhere in `text`: a Pike-VM simulation that keeps one set of
 * NFA states per position, so the time is O(text length × program size) whatever the pattern
 * (no backtracking, hence no catastrophic cases).
 */
export function matchesAnywhere(prog: Inst[], text: string): boolean {
  const cps = Array.from(text, (ch) => ch.codePointAt(0) as number);
  const mark = new Int32Array(prog.length).fill(-1);
  let current: number[] = [];
  let next: number[] = [];
  const stack: number[] = [];
  let generation = 0;
  /** Adds the epsilon closure of `pc` at position `pos`; true when it reaches `match`. */
  const add = (list: number[], pc: number, pos: number): boolean => {
    const prev = pos > 0 ? (cps[pos - 1] as number) : -1;
    const here = pos < cps.length ? (cps[pos] as number) : -1;
    stack.push(pc);
    while (stack.length > 0) {
      const at = stack.pop() as number;
      if (mark[at] === generation) continue;
      mark[at] = generation;
      const inst = prog[at] as Inst;
      if (inst.op === 'match') return true;
      if (inst.op === 'jmp') stack.push(inst.x);
      else if (inst.op === 'split') stack.push(inst.y, inst.x);
      else if (inst.op === 'assert') {
        if (holds(inst.kind, prev, here)) stack.push(at + 1);
      } else list.push(at);
    }
    return false;
  };
  for (let pos = 0; pos <= cps.length; pos++) {
    if (add(current, 0, pos)) return true; // unanchored: a new thread starts at every position
    if (pos === cps.length) break;
    const cp = cps[pos] as number;
    generation++;
    next.length = 0;
    for (const pc of current) {
      const inst = prog[pc] as Inst & { op: 'char' };
      if (inst.test(cp) && add(next, pc + 1, pos + 1)) {
        stack.length = 0;
        return true;
      }
    }
    [current, next] = [next, current];
  }
  return false;
}
