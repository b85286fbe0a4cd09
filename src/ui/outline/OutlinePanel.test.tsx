// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSource, type StateMachine } from '../../core';
import { OutlinePanel } from './OutlinePanel';
import { createRowsSelector, keepRows, outlineRows } from './outlineRows';
import { domRootPerTest } from '../testing/domRoot';

// Each row draws one TypeIcon: counting its renders counts the rows that re-rendered.
const rendered = vi.hoisted(() => [] as string[]);
vi.mock('../shell/TypeIcon', () => ({
  TypeIcon: ({ name }: { name: string }) => {
    rendered.push(name);
    return null;
  },
}));

const yaml = (waitSeconds: number, second = 'B') => `Type: StateMachine
SpecVersion: v1
StartAt: A
States:
  - Type: Pass
    Name: A
    Next: ${second}
  - Type: Wait
    Name: ${second}
    Seconds: ${waitSeconds}
    Next: C
  - Type: Succeed
    Name: C
`;

function model(text: string): StateMachine {
  const m = parseSource(text).model;
  if (!m) throw new Error('sample does not parse');
  return m;
}

const dom = domRootPerTest();
beforeEach(() => {
  rendered.length = 0;
});

const show = (m: StateMachine, selection: string[] = []) =>
  act(() => dom.root.render(<OutlinePanel model={m} selection={selection} onSelect={() => {}} />));

describe('OutlinePanel re-rendering', () => {
  it('given a value edit (new model, same states), then no row re-renders', () => {
    show(model(yaml(5)));
    expect(rendered).toHaveLength(3);
    // when the parent re-renders with a re-parsed model, a new selection array and callback
    show(model(yaml(10)), []);
    // then nothing in the list rendered again
    expect(rendered).toHaveLength(3);
  });

  it('given a rename, then only the renamed row re-renders', () => {
    show(model(yaml(5)));
    rendered.length = 0;
    show(model(yaml(5, 'Hold')));
    expect(rendered).toEqual(['Wait']);
    expect(dom.host.textContent).toContain('Hold');
  });

  it('given a new selection, then only the rows whose selection changed re-render', () => {
    show(model(yaml(5)), ['A']);
    rendered.length = 0;
    show(model(yaml(5)), ['C']);
    expect(rendered.sort()).toEqual(['Pass', 'Succeed']);
    expect(dom.host.querySelector('[aria-selected="true"]')?.textContent).toContain('C');
  });

  it('given an arrow key in the tree, then only the rows whose active state changed re-render', () => {
    show(model(yaml(5)));
    const tree = dom.host.querySelector<HTMLElement>('[role="tree"]');
    act(() => tree?.focus());
    // the three rows, then the first again: focus made it the active row
    expect(rendered).toEqual(['Pass', 'Wait', 'Succeed', 'Pass']);
    rendered.length = 0;
    act(() => {
      tree?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(rendered.sort()).toEqual(['Pass', 'Wait']);
  });

  it('calls the latest onSelect the parent passed', () => {
    const first = vi.fn();
    const second = vi.fn();
    const m = model(yaml(5));
    act(() => dom.root.render(<OutlinePanel model={m} selection={[]} onSelect={first} />));
    act(() => dom.root.render(<OutlinePanel model={m} selection={[]} onSelect={second} />));
    act(() => dom.host.querySelector<HTMLButtonElement>('[data-testid="outline.item.B"]')?.click());
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('B');
  });
});

describe('outline rows selector', () => {
  it('returns the same array for an equal outline and reuses unchanged rows', () => {
    const select = createRowsSelector();
    const a = select(model(yaml(5)));
    expect(select(model(yaml(7)))).toBe(a);
    const b = keepRows(a, outlineRows(model(yaml(5, 'Hold'))));
    expect(b).not.toBe(a);
    expect(b[0]).toBe(a[0]);
    expect(b[1]).not.toBe(a[1]);
    expect(b[2]).toBe(a[2]);
  });
});
