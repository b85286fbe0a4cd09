import { describe, expect, it } from 'vitest';
import { deriveGraph, type FlowEdge } from '../../../core';
import { paletteEntry } from '../../palette/paletteDrag';
import { createEditorPort } from '../../studio/editorPort';
import { dropGesture, moveGesture } from '../../studio/intentCommands';
import { insertTargetOf } from '../dropZones';
import ROUTED from '../../../../fixtures/editing/choice-routed.yaml?raw';

// Inserting on a Choice branch, a Default or a Catch edge, end to end through the store: the
// edge's insert target, the palette's drop gesture, one transaction, one undo step.

// The Choice fixture shared with dropZones.test.ts and e2e/choice-insert.spec.ts: branch 3 and
// the Default of Route both lead to Reject, and so do Big's Catch rule and Next.
const TEXT = ROUTED;
/** A state to drag around, appended to the fixture. */
const WITH_MOVER = ROUTED.concat('  - Type: Pass\n    Name: Mover\n    End: true\n');

function insertOn(id: string, pick: (e: FlowEdge) => boolean) {
  const port = createEditorPort(TEXT);
  const graph = deriveGraph(port.getView().model ?? { States: [] });
  const edge = graph.edges.find(pick);
  if (!edge) throw new Error('no such edge');
  const target = insertTargetOf(edge);
  const entry = paletteEntry(id);
  if (!target || !entry) throw new Error('no target or entry');
  const g = dropGesture(port.getView(), entry, target);
  if ('reason' in g) throw new Error(`refused: ${g.reason}`);
  const r = port.transact(g.label, 'canvas', g.steps);
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return port;
}

const stateText = (text: string, name: string) => {
  const m = new RegExp(`- Type: \\w+\\n\\s+Name: ${name}\\n(?:\\s{4,}.*\\n)*`).exec(text);
  return m?.[0] ?? '';
};

describe('inserting on a Choice branch, Default or Catch edge', () => {
  it('given branch 3 (to Reject, also the Default), then only that branch is rewired', () => {
    // when a Pass is inserted on branch 3
    const port = insertOn('Pass', (e) => e.field === 'Branches/2/Next');
    const text = port.getView().source;
    // then branch 3 goes to the new state, which goes to the old target; Default is untouched
    expect(text).toContain('- Condition: $Input.amount > 10\n        Next: Pass\n');
    expect(text).toContain('    Default: Reject\n');
    expect(text).toContain('- Condition: $Input.amount > 1000 # big orders\n        Next: Big\n');
    expect(stateText(text, 'Pass')).toMatch(/Next: Reject/);
    expect(port.getView().diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // and one undo restores the text exactly
    port.undo();
    expect(port.getView().source).toBe(TEXT);
  });

  it('given the Default edge (same target as branch 3), then only Default is rewired', () => {
    const port = insertOn('Pass', (e) => e.kind === 'default');
    const text = port.getView().source;
    expect(text).toContain('    Default: Pass\n');
    expect(text).toContain('- Condition: $Input.amount > 10\n        Next: Reject\n');
    expect(stateText(text, 'Pass')).toMatch(/Next: Reject/);
    port.undo();
    expect(port.getView().source).toBe(TEXT);
  });

  it('given the Catch edge (same target as Next), then the handler sits between Big and Reject', () => {
    const port = insertOn('Pass', (e) => e.kind === 'catch');
    const text = port.getView().source;
    expect(text).toMatch(/- Errors: \[FnF\.ALL\]\n\s+Next: Pass\n\s+Next: Reject\n/);
    expect(stateText(text, 'Pass')).toMatch(/Next: Reject/);
    port.undo();
    expect(port.getView().source).toBe(TEXT);
  });

  it('given a pattern dropped on the Default, then the Default leads to its first state and branch 3 stays', () => {
    // Patterns are pasted fragments: the paste itself points the Default at the entry.
    const port = insertOn('pattern.retry-with-fallback', (e) => e.kind === 'default');
    const view = port.getView();
    const route = view.model?.States.find((s) => s.Name === 'Route');
    const entry = route?.Type === 'Choice' ? route.Default : undefined;
    expect(entry).toBeDefined();
    expect(entry).not.toBe('Reject');
    expect(route?.Type === 'Choice' ? route.Branches?.[2]?.Next : undefined).toBe('Reject');
    expect(view.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    port.undo();
    expect(port.getView().source).toBe(TEXT);
  });

  for (const [what, pick, written] of [
    [
      'branch 3',
      (e: FlowEdge) => e.field === 'Branches/2/Next',
      '$Input.amount > 10\n        Next: Mover\n    Default: Reject\n',
    ],
    [
      'the Default',
      (e: FlowEdge) => e.kind === 'default',
      '$Input.amount > 10\n        Next: Reject\n    Default: Mover\n',
    ],
    [
      'the Catch rule',
      (e: FlowEdge) => e.kind === 'catch',
      '        Next: Mover\n    Next: Reject\n',
    ],
  ] as const) {
    it(`given an existing state dragged onto ${what} (another field names the same target), then only that field leads to it, in one command`, () => {
      const port = createEditorPort(WITH_MOVER);
      const graph = deriveGraph(port.getView().model ?? { States: [] });
      const edge = graph.edges.find(pick);
      const target = edge && insertTargetOf(edge);
      if (!target) throw new Error(`no edge for ${what}`);
      // when the move gesture is built and run
      const g = moveGesture(port.getView(), 'Mover', target);
      if ('reason' in g) throw new Error(`refused: ${g.reason}`);
      expect(g.steps).toHaveLength(1);
      expect(port.transact(g.label, 'canvas', g.steps).ok).toBe(true);
      // then the field names the moved state, which goes on to Reject
      const out = port.getView().source;
      expect(out).toContain(written);
      expect(stateText(out, 'Mover')).toMatch(/Next: Reject/);
      // and one undo restores the text
      port.undo();
      expect(port.getView().source).toBe(WITH_MOVER);
    });
  }
});
