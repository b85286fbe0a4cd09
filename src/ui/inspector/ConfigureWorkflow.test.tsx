// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { StudioProvider } from '../editor-context/StudioContext';
import { createEditorPort, type EditorPort } from '../studio/editorPort';
import { ConfigureWorkflow } from './ConfigureWorkflow';
import { DEFAULT_WORKFLOW_SETTINGS, workflowSettings } from './workflowSettings';
import { domRootPerTest } from '../testing/domRoot';

const WITH_NAME = `Type: StateMachine
Name: my-wkfl # the console's name
SpecVersion: v1
StartAt: P
States:
  - Type: Pass
    Name: P
    End: true
`;
const WITHOUT_NAME = WITH_NAME.replace("Name: my-wkfl # the console's name\n", '');

const dom = domRootPerTest();
beforeEach(() => {
  workflowSettings.load({ ...DEFAULT_WORKFLOW_SETTINGS, name: 'my-wkfl' });
});

function show(port: EditorPort) {
  act(() =>
    dom.root.render(
      <StudioProvider port={port}>
        <ConfigureWorkflow />
      </StudioProvider>,
    ),
  );
  return dom.host.querySelector(
    '[data-testid="inspector.field.workflow.name"]',
  ) as HTMLInputElement;
}

/** Types `text` after the current value, one input event per character, then leaves the field. */
function typeAfter(el: HTMLInputElement, text: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => el.dispatchEvent(new FocusEvent('focus')));
  for (const ch of text) {
    act(() => {
      setter?.call(el, el.value + ch);
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
  }
  act(() => el.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
}

describe('ConfigureWorkflow and the YAML Name', () => {
  it('given a document with Name, when the workflow is renamed, then Name follows and one undo restores it', () => {
    const port = createEditorPort(WITH_NAME);
    typeAfter(show(port), '-v2');
    expect(workflowSettings.get().name).toBe('my-wkfl-v2');
    expect(port.getView().source).toBe(WITH_NAME.replace('my-wkfl #', 'my-wkfl-v2 #'));
    act(() => port.undo());
    expect(port.getView().source).toBe(WITH_NAME);
  });

  it('given a document without Name, when the workflow is renamed, then the YAML is unchanged', () => {
    const port = createEditorPort(WITHOUT_NAME);
    typeAfter(show(port), '-v2');
    expect(workflowSettings.get().name).toBe('my-wkfl-v2');
    expect(port.getView().source).toBe(WITHOUT_NAME);
  });

  it('given a document with Name, when the name is cleared, then the YAML keeps its Name', () => {
    const port = createEditorPort(WITH_NAME);
    const input = show(port);
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    act(() => {
      setter?.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(workflowSettings.get().name).toBe('');
    expect(port.getView().source).toBe(WITH_NAME);
  });
});
