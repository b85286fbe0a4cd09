import { describe, expect, it } from 'vitest';
import { PALETTE } from '../palette/paletteCatalog';
import { paletteEntry } from '../palette/paletteDrag';
import type { DropTarget } from '../canvas/dropZones';
import { createEditorPort } from './editorPort';
import { dropGesture, insertGesture, moveGesture, type Gesture } from './intentCommands';

const EMPTY_FLOW = `Type: StateMachine
SpecVersion: v1
Name: "blank"
States: []
`;

const NO_STATES = `Type: StateMachine
SpecVersion: v1
Name: blank
`;

const CHAIN = `Type: StateMachine
SpecVersion: v1
Name: chain
StartAt: A
States:
  - Type: Pass
    Name: A
    Next: Par
  - Type: Parallel
    Name: Par
    Branches:
      - StartAt: C
        States:
          - Type: Pass
            Name: C
            End: true
    Next: D
  - Type: Pass
    Name: D
    End: true
`;

/** Runs a gesture on a fresh port; fails the test with the refusal reason. */
function apply(text: string, make: (port: ReturnType<typeof createEditorPort>) => unknown) {
  const port = createEditorPort(text);
  const g = make(port) as Gesture | { reason: string };
  if ('reason' in g) throw new Error(`refused: ${g.reason}`);
  const r = port.transact(g.label, 'canvas', g.steps);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return port.getView();
}

const errors = (v: { diagnostics: readonly { severity: string; code: string }[] }) =>
  v.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code);

const entry = (id: string) => {
  const e = paletteEntry(id);
  if (!e) throw new Error(`no palette entry ${id}`);
  return e;
};

describe('dropping onto an empty workflow', () => {
  for (const [what, text] of [
    ['States: []', EMPTY_FLOW],
    ['no States key', NO_STATES],
  ] as const) {
    it(`creates the first state with StartAt (${what})`, () => {
      // given an empty workflow and the single "first" zone of an empty canvas
      const target: DropTarget = { kind: 'first', scope: '' };
      // when a Wait is dropped there
      const v = apply(text, (p) => dropGesture(p.getView(), entry('Wait'), target));
      // then the workflow has one Wait, StartAt names it, it ends the flow and it is selected
      expect(v.model?.StartAt).toBe('Wait');
      expect(v.model?.States.map((s) => s.Name)).toEqual(['Wait']);
      expect(v.source).toMatch(/End: true/);
      expect(v.selection).toEqual(['Wait']);
      expect(errors(v)).toEqual([]);
    });
  }

  it('inserts an action with its parameters into an empty workflow', () => {
    const v = apply(EMPTY_FLOW, (p) =>
      dropGesture(p.getView(), entry('FC:InvokeFunction'), { kind: 'first', scope: '' }),
    );
    expect(v.model?.StartAt).toBe('InvokeFunction');
    expect(v.source).toContain('Action: FC:InvokeFunction');
    expect(v.source).toContain('resourceArn:');
  });

  it('inserts from the palette (keyboard "/" or a click) into an empty workflow', () => {
    const v = apply(EMPTY_FLOW, (p) => insertGesture(p.getView(), entry('Pass')));
    expect(v.model?.StartAt).toBe('Pass');
    expect(v.model?.States).toHaveLength(1);
  });

  for (const pattern of PALETTE.filter((e) => e.insert.kind === 'pattern')) {
    it(`drops the pattern ${pattern.id} into an empty workflow with no errors`, () => {
      const v = apply(EMPTY_FLOW, (p) =>
        dropGesture(p.getView(), pattern, { kind: 'first', scope: '' }),
      );
      expect(v.model?.States.length).toBeGreaterThan(0);
      expect(v.model?.StartAt).toBe(v.model?.States[0]?.Name);
      expect(errors(v)).toEqual([]);
    });
  }
});

describe('patterns between and after states', () => {
  for (const pattern of PALETTE.filter((e) => e.insert.kind === 'pattern')) {
    it(`wires ${pattern.id} between two states and at the end with no errors`, () => {
      const between = apply(CHAIN, (p) =>
        dropGesture(p.getView(), pattern, {
          kind: 'between',
          scope: '',
          after: 'A',
          before: 'Par',
        }),
      );
      expect(errors(between)).toEqual([]);
      expect(between.model?.States.map((s) => s.Name)).toContain('Par');
      const after = apply(CHAIN, (p) =>
        dropGesture(p.getView(), pattern, { kind: 'after', scope: '', after: 'D' }),
      );
      expect(errors(after)).toEqual([]);
    });
  }
});

describe('moving a state', () => {
  it('moves a state between two others in one gesture', () => {
    const v = apply(CHAIN, (p) =>
      moveGesture(p.getView(), 'A', { kind: 'after', scope: '', after: 'D' }),
    );
    expect(v.model?.StartAt).toBe('Par');
    expect(v.source).toMatch(/Name: D\n\s+Next: A/);
    expect(errors(v)).toEqual([]);
  });

  it('moves a state onto the "new branch" zone of a Parallel as one command', () => {
    // given A before a Parallel; when A is dropped on the Parallel's new-branch zone
    const g = moveGesture(createEditorPort(CHAIN).getView(), 'A', {
      kind: 'newBranch',
      parallel: 'Par',
    });
    if ('reason' in g) throw new Error(g.reason);
    expect(g.steps).toHaveLength(1);
    const v = apply(CHAIN, (p) =>
      moveGesture(p.getView(), 'A', { kind: 'newBranch', parallel: 'Par' }),
    );
    // then the Parallel has a second branch holding only A, and the workflow starts at Par
    const par = v.model?.States.find((s) => s.Name === 'Par');
    const branch = par?.Type === 'Parallel' ? par.Branches?.[1] : undefined;
    expect(branch?.StartAt).toBe('A');
    expect(branch?.States.map((s) => s.Name)).toEqual(['A']);
    expect(v.model?.StartAt).toBe('Par');
    expect(v.selection).toEqual(['Par/1/A']);
    expect(errors(v)).toEqual([]);
  });

  it('moves a state from a branch to the top level, and undo restores the text in one step', () => {
    const port = createEditorPort(CHAIN);
    const g = moveGesture(port.getView(), 'D', {
      kind: 'first',
      scope: 'Par/0',
      before: 'Par/0/C',
    });
    if ('reason' in g) throw new Error(g.reason);
    expect(port.transact(g.label, 'canvas', g.steps)).toEqual({ ok: true });
    const v = port.getView();
    const par = v.model?.States.find((s) => s.Name === 'Par');
    const branch = par?.Type === 'Parallel' ? par.Branches?.[0] : undefined;
    expect(branch?.StartAt).toBe('D');
    expect(v.source).toMatch(/Name: D\n\s+Next: C/);
    expect(errors(v)).toEqual([]);
    port.undo();
    expect(port.getView().source).toBe(CHAIN);
  });
});

describe('a new Parallel branch', () => {
  it('holds a dropped state, named after its type', () => {
    const v = apply(CHAIN, (p) =>
      dropGesture(p.getView(), entry('Wait'), { kind: 'newBranch', parallel: 'Par' }),
    );
    expect(v.selection).toEqual(['Par/1/Wait']);
    expect(v.source).toMatch(/- StartAt: Wait\n\s+States:\n\s+- Type: Wait\n\s+Name: Wait/);
    expect(errors(v)).toEqual([]);
  });

  for (const pattern of PALETTE.filter((e) => e.insert.kind === 'pattern')) {
    it(`holds the pattern ${pattern.id} as its flow`, () => {
      // given a Parallel with one branch; when a pattern is dropped on its "new branch" zone
      const port = createEditorPort(CHAIN);
      const g = dropGesture(port.getView(), pattern, { kind: 'newBranch', parallel: 'Par' });
      if ('reason' in g) throw new Error(g.reason);
      expect(port.transact(g.label, 'canvas', g.steps)).toEqual({ ok: true });
      const pasted = g.selectAfter?.() ?? [];
      const v = port.getView();
      // then branch 1 holds exactly the fragment's states, StartAt names its first, no errors
      const par = v.model?.States.find((s) => s.Name === 'Par');
      const branch = par?.Type === 'Parallel' ? par.Branches?.[1] : undefined;
      expect(branch?.StartAt).toBe(branch?.States[0]?.Name);
      expect(branch?.States.map((s) => `Par/1/${s.Name}`)).toEqual([...pasted]);
      expect(errors(v)).toEqual([]);
    });
  }
});
