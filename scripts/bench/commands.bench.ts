/**
 * Commands: `state.rename` of a state with 20 references on a 1,000-state definition, against
 * one bare `yaml.parseDocument` of the same text (the floor: a command must parse the text once
 * and splice, never re-print it), measured in the same run and interleaved. Also shown: the same
 * rename when the store hands over the document it already parsed (no parse at all), and
 * `state.add`/`state.remove` on the same text. Target: rename ≤ 2× the bare parse.
 */
import { loadavg } from 'node:os';
import { parseDocument } from 'yaml';
import {
  createCommandContext,
  executeCommand,
  isCommandContext,
  refsCount,
  walkStates,
  parseSource,
  createEditorStore,
  type CommandContext,
} from './commandsBenchSupport';
import { generateDefinition } from './generateDefinition';
import { fmt, table } from './measure';

/** The floor parses as commands do: without the quadratic duplicate-key check. */
const BARE = { uniqueKeys: false } as const;

export const title = 'Commands (lossless text edits) vs bare yaml.parseDocument';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** A 1,000-state definition where one top-level state is named by exactly 20 references. */
export function definitionWithReferences(
  states: number,
  refs: number,
): { text: string; target: string } {
  let text = generateDefinition(states);
  const model = parseSource(text).model;
  if (!model) throw new Error('generated definition does not parse');
  const top = walkStates(model).filter((e) => e.scope === '');
  const target = top[top.length - 1]?.path as string;
  const ctx0 = createCommandContext(text);
  if (!isCommandContext(ctx0)) throw new Error(ctx0.reason);
  let have = refsCount(ctx0, target);
  for (const e of top) {
    if (have >= refs) break;
    if (e.path === target || !['Task', 'Pass', 'Wait', 'Parallel', 'Map'].includes(e.state.Type))
      continue;
    if ('Next' in e.state && e.state.Next === e.state.Name) continue;
    const r = executeCommand(text, 'transition.setNext', { path: e.path, target });
    if (r.ok && r.text !== text) {
      text = r.text;
      const ctx = createCommandContext(text) as CommandContext;
      have = refsCount(ctx, target);
    }
  }
  if (have !== refs) throw new Error(`could not build ${refs} references (have ${have})`);
  return { text, target };
}

export async function run(): Promise<string> {
  const loadBefore = loadavg()[0] ?? 0;
  const { text, target } = definitionWithReferences(1_000, 20);
  const lines = text.split('\n').length;
  const runs = 9;
  const bare: number[] = [];
  const rename: number[] = [];
  const renameParsed: number[] = [];
  const add: number[] = [];
  const remove: number[] = [];
  const store: number[] = [];
  const parsed = parseDocument(text, BARE);
  const check = executeCommand(text, 'state.rename', { path: target, newName: 'Renamed target' });
  if (!check.ok) throw new Error(check.reason);
  const changedLines = check.edits.length;
  for (let i = 0; i < 3; i++) {
    parseDocument(text, BARE);
    executeCommand(text, 'state.rename', { path: target, newName: 'Renamed target' });
  }
  for (let i = 0; i < runs; i++) {
    bare.push(time(() => parseDocument(text, BARE)));
    rename.push(
      time(() => executeCommand(text, 'state.rename', { path: target, newName: 'Renamed target' })),
    );
    renameParsed.push(
      time(() =>
        executeCommand(text, 'state.rename', { path: target, newName: 'Renamed target' }, parsed),
      ),
    );
    add.push(time(() => executeCommand(text, 'state.add', { type: 'Task', scope: '', index: 3 })));
    remove.push(time(() => executeCommand(text, 'state.remove', { path: target })));
    const editor = createEditorStore(text);
    store.push(
      time(() =>
        editor.getState().execute('state.rename', { path: target, newName: 'Renamed target' }),
      ),
    );
  }
  const b = median(bare);
  const row = (name: string, xs: number[]) => [
    name,
    fmt(median(xs)),
    `${(median(xs) / b).toFixed(2)}×`,
  ];
  const load = `Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end.`;
  return [
    load,
    '',
    `1,000 states, ${lines} lines; the renamed state has 20 references (${changedLines} splices: the name and its references).`,
    '',
    table(
      ['operation', 'median ms', 'ratio to bare parse'],
      [
        ['bare yaml.parseDocument, uniqueKeys: false (floor)', fmt(b), '1.00×'],
        row('state.rename from text (parse once + splice)', rename),
        row('state.rename on the store’s parsed document', renameParsed),
        row('state.add (Task) from text', add),
        row('state.remove (with repairs) from text', remove),
        row(
          'store.execute(state.rename): command + parseSource + validate + graph of the result',
          store,
        ),
      ],
    ),
    '',
    'Target: state.rename from text ≤ 2× the bare parse. Commands parse once, read the model with',
    '`doc.toJS()` for their rules, and splice text; nothing is re-printed. In the app the store hands',
    'its parsed document to the command (second row); the last row is the whole edit as the UI sees',
    'it, including re-deriving everything from the new text.',
  ].join('\n');
}
