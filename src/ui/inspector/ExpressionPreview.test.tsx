// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StatePath } from '../../core';
import { StudioProvider } from '../editor-context/StudioContext';
import { runActions } from '../simulator';
import type { StudioPort } from '../studio/studioPort';
import { InspectorPanel } from './InspectorPanel';
import { studioViewOf } from './testView';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const YAML = `Type: StateMachine
Name: t
SpecVersion: v1
StartAt: Route
States:
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.amount > 10
        Next: Big
    Default: Big
  - Type: Pass
    Name: Big
    End: true
`;

/** A read-only port over fixed text (the preview reads the run store, not the editor). */
function port(text: string, selection: StatePath[]): StudioPort {
  const view = studioViewOf(text, selection);
  return {
    getView: () => view,
    subscribe: () => () => {},
    execute: () => ({ ok: true }),
    canExecute: () => true,
    select: () => {},
  } as unknown as StudioPort;
}

let host: HTMLElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  act(() => runActions.closePanel());
  host.remove();
});

const preview = () =>
  host.querySelector('[data-testid="inspector.preview.Branches.0.Condition"]')?.textContent;

describe('expression preview in the inspector', () => {
  it('given no run, when a Choice is shown, then its condition says to run the workflow', () => {
    act(() =>
      root.render(
        <StudioProvider port={port(YAML, ['Route'])}>
          <InspectorPanel />
        </StudioProvider>,
      ),
    );
    expect(preview()).toBe('Run the workflow to preview');
  });

  it('given a finished run, when a Choice is shown, then its condition shows its value in that run', () => {
    const p = port(YAML, ['Route']);
    act(() =>
      root.render(
        <StudioProvider port={p}>
          <InspectorPanel />
        </StudioProvider>,
      ),
    );
    const model = p.getView().model;
    if (!model) throw new Error('fixture does not parse');
    act(() =>
      runActions.start({
        workflow: 't',
        model,
        input: { amount: 3 },
        mocks: {},
        mode: 'Standard',
        stepMode: false,
      }),
    );
    expect(preview()).toBe('Last run:false');
  });
});
