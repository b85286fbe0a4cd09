// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { StatePath } from '../../core';
import { StudioProvider } from '../editor-context/StudioContext';
import type { ExecuteResult, StudioPort, StudioView } from '../studio/studioPort';
import { InspectorPanel } from './InspectorPanel';
import { studioViewOf } from './testView';
import { domRootPerTest } from '../testing/domRoot';

const YAML = `Type: StateMachine
Name: t
SpecVersion: v1
StartAt: P
States:
  - Type: Pass
    Name: P
    End: true
`;

/** A port that records commands and never changes the text (the commands are the contract). */
function fakePort(text: string, selection: StatePath[]) {
  const view = studioViewOf(text, selection);
  const calls: { command: string; args: unknown }[] = [];
  const ok: ExecuteResult = { ok: true };
  const port: StudioPort = {
    getView: () => view,
    subscribe: () => () => {},
    commitText: () => {},
    execute: (command: string, args: unknown) => (calls.push({ command, args }), ok),
    canExecute: () => true,
    select: () => {},
    undo: () => {},
    redo: () => {},
    diff: () => [],
  } as unknown as StudioPort;
  return { port, calls };
}

const dom = domRootPerTest();

/** Sets an input's value the way React listens for it, then fires `input`. */
function typeInto(el: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('InspectorPanel', () => {
  it('given a Pass, when a filter row is typed and switched to expression, then the key gains .$', () => {
    const { port, calls } = fakePort(YAML, ['P']);
    act(() =>
      dom.root.render(
        <StudioProvider port={port}>
          <InspectorPanel />
        </StudioProvider>,
      ),
    );
    const mode = dom.host.querySelector<HTMLSelectElement>('[data-testid="inspector.input.mode"]');
    expect(mode?.value).toBe('original');
    act(() => {
      if (!mode) return;
      mode.value = 'filters';
      mode.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const add = [...dom.host.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Add row'),
    );
    act(() => add?.click());
    act(() =>
      typeInto(dom.host.querySelector('[aria-label="Row 1 key"]') as HTMLInputElement, 'FieldC'),
    );
    act(() =>
      typeInto(dom.host.querySelector('[aria-label="Row 1 value"]') as HTMLInputElement, '$Input'),
    );
    act(() => (dom.host.querySelector('.irow__kind') as HTMLButtonElement).click());
    const last = calls[calls.length - 1];
    expect(last).toEqual({
      command: 'state.setField',
      args: { path: 'P', field: 'InputConstructor', value: { 'FieldC.$': '$Input' } },
    });
  });

  it('given text with a syntax error, when shown, then the inspector is read-only and says why', () => {
    const { port } = fakePort(YAML, ['P']);
    const view = port.getView();
    const broken = {
      ...view,
      ok: false,
      firstError: { ...(view.diagnostics[0] ?? {}), line: 3, message: 'bad' },
    } as StudioView;
    const readOnlyPort = { ...port, getView: () => broken } as StudioPort;
    act(() =>
      dom.root.render(
        <StudioProvider port={readOnlyPort}>
          <InspectorPanel />
        </StudioProvider>,
      ),
    );
    expect(dom.host.querySelector('[data-testid="inspector.readonly"]')?.textContent).toContain(
      'line 3',
    );
    expect((dom.host.querySelector('fieldset') as HTMLFieldSetElement).disabled).toBe(true);
  });
});
