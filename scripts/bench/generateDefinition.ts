/**
 * Generates a valid FDL definition with exactly `states` states (counting states inside
 * containers), deterministic for a given size. It mixes Task chains with Retry and Catch, Choice
 * fan-outs with a loop back, Wait states, Parallel branches and Map processors nested up to three
 * levels (Parallel ⊃ Map ⊃ Parallel), so that layout, parsing and commands are measured on a
 * realistic shape. Names contain spaces. Reusable by any benchmark or test.
 */
import { stringify } from 'yaml';

type Obj = Record<string, unknown>;
const NEXT = '\u0000next';

/** YAML text of a generated definition with exactly `states` states (at least 1). */
export function generateDefinition(states: number): string {
  const counter = { n: 0 };
  const machine = {
    Type: 'StateMachine',
    SpecVersion: 'v1',
    Name: `generated-${states}`,
    ...scope(Math.max(1, Math.floor(states)), 0, counter),
  };
  return stringify(machine, { lineWidth: 0 });
}

function scope(budget: number, depth: number, counter: { n: number }): Obj {
  const blocks: Obj[][] = [];
  let left = budget;
  while (left > 0) {
    const block = makeBlock(left, depth, counter, blocks.length);
    left -= countStates(block);
    blocks.push(block);
  }
  // Resolve each block's exits: to the next block's first state, or End at the scope's end.
  blocks.forEach((block, i) => {
    const next = blocks[i + 1]?.[0]?.Name as string | undefined;
    for (const s of block) {
      if (s.Next === NEXT) {
        if (next === undefined) {
          delete s.Next;
          s.End = true;
        } else s.Next = next;
      }
      const branches = s.Branches as Obj[] | undefined;
      if (s.Type === 'Choice' && branches) {
        for (const b of branches) if (b.Next === NEXT) b.Next = next ?? (block[1]?.Name as string);
      }
    }
  });
  const flat = blocks.flat();
  return { StartAt: flat[0]?.Name, States: flat };
}

function countStates(block: Obj[]): number {
  let n = 0;
  for (const s of block) {
    n++;
    if (s.Type === 'Parallel')
      for (const b of s.Branches as Obj[]) n += countStates(b.States as Obj[]);
    if (s.Type === 'Map') n += countStates((s.Processor as Obj).States as Obj[]);
  }
  return n;
}

function makeBlock(left: number, depth: number, counter: { n: number }, index: number): Obj[] {
  const name = (kind: string) => `${kind} ${++counter.n}`;
  const task = (): Obj => ({
    Type: 'Task',
    Name: name('Call'),
    Action: 'FC:InvokeFunction',
    Parameters: {
      resourceArn: 'acs:fc:cn-hangzhou:123456789012:functions/work/LATEST',
      invocationType: 'Sync',
      body: { 'id.$': '$Input.id' },
    },
    Next: NEXT,
  });
  // Nested scopes open with a container (a Map at depth 1, a Parallel at depth 2), so that
  // Parallel ⊃ Map ⊃ Parallel nesting occurs even in small branches.
  const kind = (index + [0, 5, 4, 0][depth]!) % 6;
  if (kind === 2 && left >= 4) {
    // Choice: two branches and a Default, rejoining after; one branch loops back.
    const c: Obj = { Type: 'Choice', Name: name('Route') };
    const a = task();
    const b: Obj = { Type: 'Wait', Name: name('Pause'), Seconds: 5, Next: NEXT };
    c.Branches = [
      { Condition: `$Input.n > ${index}`, Next: a.Name },
      { Condition: '$Input.retry == true', Next: c.Name },
    ];
    c.Default = b.Name;
    return [c, a, b];
  }
  if (kind === 4 && left >= 8 && depth < 3) {
    const inner = Math.min(left - 1, 3 * (12 - 3 * depth));
    const per = Math.floor(inner / 3);
    const sizes = [per, per, inner - 2 * per];
    return [
      {
        Type: 'Parallel',
        Name: name('Fan out'),
        Branches: sizes.map((s) => scope(s, depth + 1, counter)),
        Retry: [{ Errors: ['FnF.ALL'], MaxAttempts: 1, IntervalSeconds: 1 }],
        Next: NEXT,
      },
    ];
  }
  if (kind === 5 && left >= 5 && depth < 3) {
    const inner = Math.min(left - 1, 10 - 2 * depth);
    return [
      {
        Type: 'Map',
        Name: name('Each item'),
        ItemsPath: '$Input.items',
        MaxConcurrency: 5,
        Processor: scope(inner, depth + 1, counter),
        Next: NEXT,
      },
    ];
  }
  const t = task();
  if (index % 3 === 0 && left >= 2) {
    // A Task with Retry and a Catch to a fallback Pass that rejoins.
    const fallback: Obj = { Type: 'Pass', Name: name('Fallback'), Next: NEXT };
    t.Retry = [
      { Errors: ['FC.ResourceThrottled'], MaxAttempts: 3, IntervalSeconds: 1, BackoffRate: 2 },
    ];
    t.Catch = [{ Errors: ['FnF.ALL'], Next: fallback.Name }];
    return [t, fallback];
  }
  return [t];
}
