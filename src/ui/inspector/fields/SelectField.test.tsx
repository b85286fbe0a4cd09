// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { domRootPerTest } from '../../testing/domRoot';
import type { InspectorEdit } from '../useInspectorEdit';
import { SelectField, type SelectOption } from './SelectField';

const dom = domRootPerTest();
const edit = { readOnly: null } as InspectorEdit;

const show = (options: SelectOption[], value = 'B') =>
  act(() =>
    dom.root.render(
      <SelectField
        edit={edit}
        testName="Next"
        label="Next State"
        value={value}
        options={options}
        onChange={() => {}}
      />,
    ),
  );

const labels = () => [...dom.host.querySelectorAll('option')].map((o) => o.textContent);

describe('SelectField options', () => {
  it('given equal options rebuilt as new objects, then the option elements stay and show the same', () => {
    show([
      { value: 'A', label: 'A (Pass)' },
      { value: 'B', label: 'B (Wait)' },
    ]);
    const before = [...dom.host.querySelectorAll('option')];
    show([
      { value: 'A', label: 'A (Pass)' },
      { value: 'B', label: 'B (Wait)' },
    ]);
    const after = [...dom.host.querySelectorAll('option')];
    expect(after).toHaveLength(2);
    after.forEach((o, i) => expect(o).toBe(before[i]));
    expect(dom.host.querySelector('select')?.value).toBe('B');
  });

  it('given a changed label, a new option or a disabled one, then the select shows the change', () => {
    show([
      { value: 'A', label: 'A (Pass)' },
      { value: 'B', label: 'B (Wait)' },
    ]);
    show([
      { value: 'A', label: 'A (Task)' },
      { value: 'B', label: 'B (Wait)' },
    ]);
    expect(labels()).toEqual(['A (Task)', 'B (Wait)']);
    show([
      { value: 'A', label: 'A (Task)' },
      { value: 'B', label: 'B (Wait)' },
      { value: 'C', label: 'C (Succeed)', disabled: true },
    ]);
    expect(labels()).toEqual(['A (Task)', 'B (Wait)', 'C (Succeed)']);
    expect(dom.host.querySelector<HTMLOptionElement>('option[value="C"]')?.disabled).toBe(true);
  });
});
