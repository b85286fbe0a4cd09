import { describe, expect, it } from 'vitest';
import type { CliIo } from '../io';
import { renameCommand } from './rename';

const FILE = `# comments stay
Type: StateMachine
SpecVersion: v1
StartAt: Check   # first
States:
  - Type: Pass
    Name: Check
    Description: a long plain scalar that goes on and on well past the eighty column mark, unchanged
    InputConstructor: {a: 1,  b: 2}
    Next: Fanout
  - Type: Parallel
    Name: Fanout
    Branches:
      - StartAt: Check
        States:
          - Type: Pass
            Name: Check
            End: true
    End: true
`;

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const fake: CliIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readText: (p) => {
      const t = files[p];
      if (t === undefined) throw new Error('no such file');
      return t;
    },
    writeText: (p, t) => (written[p] = t),
    cwd: '/',
  };
  return { fake, out, err, written };
}

describe('fdl rename', () => {
  it('given a path, when renamed, then the YAML with the new name and references is printed, the rest byte-identical', async () => {
    const t = io({ 'f.yaml': FILE });
    expect(await renameCommand.run(['f.yaml', 'Fanout/0/Check', 'Inner'], t.fake)).toBe(0);
    expect(t.out.join('')).toBe(
      FILE.replace('      - StartAt: Check', '      - StartAt: Inner').replace(
        '            Name: Check',
        '            Name: Inner',
      ),
    );
  });

  it('given a name that is an exact top-level path, then that state is meant', async () => {
    const t = io({ 'f.yaml': FILE });
    expect(await renameCommand.run(['f.yaml', 'Check', 'Start'], t.fake)).toBe(0);
    expect(t.out.join('')).toContain('StartAt: Start   # first\n');
    expect(t.out.join('')).toContain('      - StartAt: Check\n');
  });

  it('given an ambiguous nested name, when renamed, then exit 1 asks for a path', async () => {
    const twice = [
      'StartAt: P',
      'States:',
      '  - Type: Parallel',
      '    Name: P',
      '    Branches:',
      '      - StartAt: Leaf',
      '        States: [{Type: Succeed, Name: Leaf}]',
      '      - StartAt: Leaf',
      '        States: [{Type: Succeed, Name: Leaf}]',
      '    End: true',
      '',
    ].join('\n');
    const t = io({ 'f.yaml': twice });
    expect(await renameCommand.run(['f.yaml', 'Leaf', 'X'], t.fake)).toBe(1);
    expect(t.err.join('')).toMatch(
      /names 2 states \(P\/0\/Leaf, P\/1\/Leaf\): give the state path/,
    );
    expect(await renameCommand.run(['f.yaml', 'P/1/Leaf', 'X'], t.fake)).toBe(0);
    expect(t.out.join('')).toContain(
      '      - StartAt: X\n        States: [{Type: Succeed, Name: X}]\n    End: true',
    );
  });

  it('given --write, when renamed, then the file is rewritten in place', async () => {
    const t = io({ 'f.yaml': FILE });
    expect(await renameCommand.run(['f.yaml', 'Fanout', 'Split', '--write'], t.fake)).toBe(0);
    expect(t.written['f.yaml']).toBe(
      FILE.replace('    Next: Fanout', '    Next: Split').replace(
        '    Name: Fanout',
        '    Name: Split',
      ),
    );
    expect(t.out.join('')).toBe('renamed Fanout to Split (1 reference) in f.yaml\n');
  });

  it('given a missing state or a taken name, then exit 1 with a clear message', async () => {
    const t = io({ 'f.yaml': FILE });
    expect(await renameCommand.run(['f.yaml', 'Nope', 'X'], t.fake)).toBe(1);
    expect(t.err.join('')).toMatch(/There is no state “Nope”/);
    expect(await renameCommand.run(['f.yaml', 'Fanout', 'Check'], t.fake)).toBe(1);
    expect(t.err.join('')).toMatch(/A state named “Check” already exists in the top level/);
  });

  it('given bad usage, then exit 2', async () => {
    const t = io({ 'f.yaml': FILE });
    expect(await renameCommand.run(['f.yaml', 'Fanout'], t.fake)).toBe(2);
    expect(await renameCommand.run(['f.yaml', 'a', 'b', '--force'], t.fake)).toBe(2);
    expect(await renameCommand.run(['-', 'a', 'b', '--write'], t.fake)).toBe(2);
    expect(await renameCommand.run(['missing.yaml', 'a', 'b'], t.fake)).toBe(2);
  });

  it('given a file with a syntax error, then exit 1 says where', async () => {
    const t = io({ 'f.yaml': 'States: [\n' });
    expect(await renameCommand.run(['f.yaml', 'a', 'b'], t.fake)).toBe(1);
    expect(t.err.join('')).toMatch(/syntax error at line/);
  });
});
