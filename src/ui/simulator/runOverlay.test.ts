import { describe, expect, it } from 'vitest';
import { parseSource, simulate, type FlowEdge, type StateMachine } from '../../core';
import { SAMPLE_WORKFLOW } from '../studio/sampleWorkflow';
import { edgeTaken, overlayOf } from './runOverlay';

const model = parseSource(SAMPLE_WORKFLOW).model as StateMachine;
const edge = (kind: FlowEdge['kind'], source: string, target: string): FlowEdge => ({
  id: `${source}->${target}#${kind}`,
  source,
  target,
  kind,
  field: kind === 'catch' ? 'Catch/0/Next' : 'Next',
  scope: '',
});

describe('run overlay', () => {
  it('given a caught FC.AccessDenied, when overlaid, then the Catch edge is taken and the Next edge is not', () => {
    const snap = simulate(model, {
      mocks: { InvokeFunction: { error: 'FC.AccessDenied', cause: 'no' } },
    });
    const o = overlayOf(snap, new Set());
    expect(o.statuses.get('InvokeFunction')).toBe('caught');
    expect(o.statuses.get('Hello World')).toBe('succeeded');
    expect(edgeTaken(edge('catch', 'InvokeFunction', 'Hello World'), o)).toBe(true);
    expect(edgeTaken(edge('next', 'InvokeFunction', 'Hello World'), o)).toBe(false);
  });

  it('given a successful task, when overlaid, then the Next edge is taken and the Catch edge is not', () => {
    const snap = simulate(model, { mocks: { InvokeFunction: { output: { ok: 1 } } } });
    const o = overlayOf(snap, new Set(['Hello World']));
    expect(edgeTaken(edge('next', 'InvokeFunction', 'Hello World'), o)).toBe(true);
    expect(edgeTaken(edge('catch', 'InvokeFunction', 'Hello World'), o)).toBe(false);
    expect(edgeTaken(edge('end', 'Hello World', 'end'), o)).toBe(true);
    expect(o.breakpoints.has('Hello World')).toBe(true);
  });

  it('given an uncaught error, when overlaid, then the task is failed and nothing after it is taken', () => {
    const snap = simulate(model, { mocks: { InvokeFunction: { error: 'FC.Other' } } });
    const o = overlayOf(snap, new Set());
    expect(o.statuses.get('InvokeFunction')).toBe('failed');
    expect(o.statuses.get('Hello World') ?? 'notRun').toBe('notRun');
    expect(edgeTaken(edge('catch', 'InvokeFunction', 'Hello World'), o)).toBe(false);
    expect(edgeTaken(edge('next', 'InvokeFunction', 'Hello World'), o)).toBe(false);
  });
});
