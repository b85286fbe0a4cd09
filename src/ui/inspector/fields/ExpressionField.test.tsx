// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import type { InspectorEdit } from '../useInspectorEdit';
import { ExpressionField } from './ExpressionField';
import { domRootPerTest } from '../../testing/domRoot';

const dom = domRootPerTest();

/** An edit handle that only opens and closes sessions (the field writes through `write`). */
const edit = {
  path: 'Route',
  readOnly: null,
  begin: () => 'session',
  end: () => {},
  diagnosticsAt: () => [],
} as unknown as InspectorEdit;

describe('ExpressionField completion', () => {
  it('places the caret after the accepted item before the next key can arrive', () => {
    // given a condition with the caret after "$Context.Cur", text after it
    const written: string[] = [];
    const text = '$Context.Cur && $Input.x';
    act(() =>
      dom.root.render(
        <ExpressionField
          edit={edit}
          field="Condition"
          label="Condition"
          value={text}
          write={(t) => (written.push(t), null)}
        />,
      ),
    );
    const input = dom.host.querySelector('input') as HTMLInputElement;
    act(() => {
      input.setSelectionRange(12, 12);
      input.focus();
    });
    const option = [...dom.host.querySelectorAll('[role="option"]')].find((o) =>
      o.textContent?.includes('Current.Input'),
    );
    expect(option).toBeDefined();
    // when the item is accepted with the mouse
    act(() => {
      option?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    });
    // then, with no frame in between, the caret sits right after the inserted item
    const at = input.value.indexOf(' && $Input.x');
    expect(input.value.slice(0, at)).toMatch(/^\$Context\.Current\.Input/);
    expect(input.selectionStart).toBe(at);
    expect(input.selectionEnd).toBe(at);
    expect(written.at(-1)).toBe(input.value);
  });
});
