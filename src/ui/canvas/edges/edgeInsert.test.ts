import { describe, expect, it } from 'vitest';
import { deriveGraph, type FlowEdge } from '../../../core';
import { paletteEntry } from '../../palette/paletteDrag';
import { createEditorPort } from '../../studio/editorPort';
import { dropGesture, moveGesture } from '../../studio/intentCommands';
import { insertTargetOf } from '../dropZones';

// Inserting on a Choice branch, a Default or a Catch edge, end to end through the store: the
// edge's insert target, the palette's drop gesture, one transaction, one undo step.

const TEXT = `Type: StateMachine
SpecVersion: v1
StartAt: Route
States:
  # routes by amount
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.amount > 1000 # big ones
        Next: Big
      - Condition: $Input.amount > 10
        Next: Reject
    Default: Reject
  - Type: Task
    Name: Big
    Action: HTTP:Request
    Catch:
      - Errors: [FnF.ALL]
        Next: Reject
    Next: Reject
  - Type: Fail
    Name: Reject
`;

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
  it('given the second branch (to Reject, also the Default), then only that branch is rewired', () => {
    // when a Pass is inserted on branch 1
    const port = insertOn('Pass', (e) => e.field === 'Branches/1/Next');
    const text = port.getView().source;
    // then branch 1 goes to the new state, which goes to the old target; Default is untouched
    expect(text).toContain('- Condition: $Input.amount > 10\n        Next: Pass\n');
    expect(text).toContain('    Default: Reject\n');
    expect(text).toContain('- Condition: $Input.amount > 1000 # big ones\n        Next: Big\n');
    expect(stateText(text, 'Pass')).toMatch(/Next: Reject/);
    expect(port.getView().diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // and one undo restores the text exactly
    port.undo();
    expect(port.getView().source).toBe(TEXT);
  });

  it('given the Default edge (same target as branch 1), then only Default is rewired', () => {
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

  it('given a pattern dropped on a branch, then the branch leads to its first state', () => {
    // Patterns are pasted fragments: the branch must be pointed at the fragment's entry.
    const port = insertOn('pattern.retry-with-fallback', (e) => e.field === 'Branches/0/Next');
    const view = port.getView();
    const route = view.model?.States.find((s) => s.Name === 'Route');
    const first = route?.Type === 'Choice' ? route.Branches?.[0]?.Next : undefined;
    expect(first).toBeDefined();
    expect(first).not.toBe('Big');
    expect(view.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    port.undo();
    expect(port.getView().source).toBe(TEXT);
  });

  it('given an existing state dragged onto a branch to a target no other field names, then it moves there', () => {
    // Moves are one state.move (core's InsertionPoint has no field: see the report of this change).
    const text = TEXT.replace(
      'Next: Big\n',
      'Next: Big\n      - Condition: $Input.vip\n        Next: Extra\n',
    ).concat(
      '  - Type: Pass\n    Name: Extra\n    End: true\n  - Type: Pass\n    Name: Mover\n    End: true\n',
    );
    const port = createEditorPort(text);
    const graph = deriveGraph(port.getView().model ?? { States: [] });
    const edge = graph.edges.find((e) => e.field === 'Branches/1/Next');
    const target = edge && insertTargetOf(edge);
    if (!target) throw new Error('no branch edge to Extra');
    const g = moveGesture(port.getView(), 'Mover', target);
    if ('reason' in g) throw new Error(`refused: ${g.reason}`);
    expect(port.transact(g.label, 'canvas', g.steps).ok).toBe(true);
    const out = port.getView().source;
    expect(out).toContain('- Condition: $Input.vip\n        Next: Mover\n');
    expect(stateText(out, 'Mover')).toMatch(/Next: Extra/);
  });

  it('given an existing state dragged onto the Default (a branch names the same target), then only the Default leads to it', () => {
    const text = TEXT.concat('  - Type: Pass\n    Name: Mover\n    End: true\n');
    const port = createEditorPort(text);
    const graph = deriveGraph(port.getView().model ?? { States: [] });
    const edge = graph.edges.find((e) => e.kind === 'default');
    const target = edge && insertTargetOf(edge);
    if (!target) throw new Error('no Default edge');
    const g = moveGesture(port.getView(), 'Mover', target);
    if ('reason' in g) throw new Error(`refused: ${g.reason}`);
    expect(port.transact(g.label, 'canvas', g.steps).ok).toBe(true);
    const out = port.getView().source;
    expect(out).toContain('    Default: Mover\n');
    expect(out).toContain('- Condition: $Input.amount > 10\n        Next: Reject\n');
    expect(stateText(out, 'Mover')).toMatch(/Next: Reject/);
    // one history entry
    port.undo();
    expect(port.getView().source).toBe(text);
  });
});
