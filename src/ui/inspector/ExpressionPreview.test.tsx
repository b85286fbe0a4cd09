// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatePath } from '../../core';
import { StudioProvider } from '../editor-context/StudioContext';
import { runActions } from '../simulator';
import type { StudioPort } from '../studio/studioPort';
import { InspectorPanel } from './InspectorPanel';
import { studioViewOf } from './testView';
import { domRootPerTest } from '../testing/domRoot';

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

const dom = domRootPerTest();
afterEach(() => {
  act(() => runActions.closePanel());
});

const preview = () =>
  dom.host.querySelector('[data-testid="inspector.preview.Branches.0.Condition"]')?.textContent;

describe('expression preview in the inspector', () => {
  it('given no run, when a Choice is shown, then its condition says to run the workflow', () => {
    act(() =>
      dom.root.render(
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
      dom.root.render(
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
