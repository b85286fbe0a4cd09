// @vitest-environment happy-dom
import { Profiler, act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { parseSource, type StateMachine } from '../../core';
import { OutlinePanel } from './OutlinePanel';
import { FALLBACK_ROWS } from './visibleRange';
import { domRootPerTest } from '../testing/domRoot';

function chain(n: number): StateMachine {
  const lines = ['Type: StateMachine', 'SpecVersion: v1', 'StartAt: S0', 'States:'];
  for (let i = 0; i < n; i++) {
    lines.push(
      '  - Type: Pass',
      `    Name: S${i}`,
      i === n - 1 ? '    End: true' : `    Next: S${i + 1}`,
    );
  }
  const m = parseSource(lines.join('\n') + '\n').model;
  if (!m) throw new Error('chain does not parse');
  return m;
}

// Parsed once: 5,000 states take a moment to parse.
let big: StateMachine | null = null;
const bigChain = () => (big ??= chain(5000));

const dom = domRootPerTest();

const show = (m: StateMachine, selection: string[] = [], onSelect = vi.fn()) => {
  act(() => dom.root.render(<OutlinePanel model={m} selection={selection} onSelect={onSelect} />));
  return onSelect;
};
const tree = () => {
  const el = dom.host.querySelector<HTMLElement>('[role="tree"]');
  if (!el) throw new Error('no tree');
  return el;
};
const rows = () => [...dom.host.querySelectorAll<HTMLElement>('[role="treeitem"]')];
const row = (path: string) =>
  dom.host.querySelector<HTMLElement>(`[data-testid="outline.item.${path}"]`);
const press = (key: string, init: KeyboardEventInit = {}) => {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  act(() => {
    tree().dispatchEvent(e);
  });
  return e;
};
/** The row aria-activedescendant points at, by its test id. */
const activeRow = () => {
  const id = tree().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id)?.dataset.testid : undefined;
};
const focusTree = () => act(() => tree().focus());

describe('OutlinePanel virtualisation', () => {
  it('given 5,000 states, then only a window of rows is rendered but the list keeps their height', () => {
    show(bigChain());
    expect(rows()).toHaveLength(FALLBACK_ROWS);
    expect(row('S0')?.textContent).toBe('S0Pass');
    expect(row('S4999')).toBeNull();
    // spacers stand in for the rows not rendered: scroll height = every row
    const spacers = [...tree().querySelectorAll<HTMLElement>('.outline__spacer')];
    const spaced = spacers.reduce((sum, el) => sum + parseFloat(el.style.height), 0);
    expect(spaced + rows().length * 26).toBe(5000 * 26);
    expect(spacers.every((el) => el.getAttribute('aria-hidden') === 'true')).toBe(true);
  });
});

describe('OutlinePanel scrolling', () => {
  /** Gives the tree a 260 px viewport (happy-dom has no layout) and scrolls it to `top`. */
  const scrollTree = (top: number) => {
    const el = tree();
    Object.defineProperty(el, 'clientHeight', { configurable: true, value: 260 });
    act(() => {
      el.scrollTop = top;
      el.dispatchEvent(new Event('scroll'));
    });
  };

  it('given a 260 px view, then its 10 rows and 10 beyond each edge are rendered', () => {
    show(bigChain());
    scrollTree(0);
    expect(rows()).toHaveLength(20);
    // row 100 at the top: rows 90 to 119
    scrollTree(4 + 100 * 26);
    expect(rows()[0]?.dataset.testid).toBe('outline.item.S90');
    expect(rows()).toHaveLength(30);
    // scrolled to the end
    scrollTree(4 + 5000 * 26 + 4 - 260);
    expect(rows().at(-1)?.dataset.testid).toBe('outline.item.S4999');
    expect(rows()).toHaveLength(20);
  });

  it('given a scroll that shows the same rows, then nothing renders again', () => {
    const commits = vi.fn();
    const m = bigChain();
    act(() =>
      dom.root.render(
        <Profiler id="outline" onRender={commits}>
          <OutlinePanel model={m} selection={[]} onSelect={() => {}} />
        </Profiler>,
      ),
    );
    // rows 100 to 110 in view (the bottom one in part), whether 2 or 20 px further down
    scrollTree(4 + 100 * 26 + 2);
    commits.mockClear();
    scrollTree(4 + 100 * 26 + 20);
    expect(commits).not.toHaveBeenCalled();
    // a row further, and the window moves
    scrollTree(4 + 101 * 26 + 2);
    expect(commits).toHaveBeenCalled();
    expect(rows()[0]?.dataset.testid).toBe('outline.item.S91');
  });

  it('given End in a 260 px view, then the last row is revealed at the bottom edge', () => {
    show(bigChain());
    scrollTree(0);
    focusTree();
    press('End');
    expect(tree().scrollTop).toBe(4 + 5000 * 26 - 260);
    expect(activeRow()).toBe('outline.item.S4999');
  });
});

describe('OutlinePanel keyboard', () => {
  it('is one tab stop: the tree is focusable, its rows are not', () => {
    show(chain(5));
    expect(tree().tabIndex).toBe(0);
    expect(
      dom.host.querySelectorAll('[role="treeitem"][tabindex], [role="tree"] button'),
    ).toHaveLength(0);
  });

  it('given focus, then the first row in view is active; arrows move it', () => {
    show(chain(5));
    expect(tree().hasAttribute('aria-activedescendant')).toBe(false);
    focusTree();
    expect(activeRow()).toBe('outline.item.S0');
    expect(press('ArrowDown').defaultPrevented).toBe(true);
    press('ArrowDown');
    expect(activeRow()).toBe('outline.item.S2');
    press('ArrowUp');
    expect(activeRow()).toBe('outline.item.S1');
    expect(row('S1')?.className).toContain('outline__item--active');
    expect(row('S2')?.className).not.toContain('outline__item--active');
  });

  it('given focus on a selected row in view, then it starts there', () => {
    show(chain(5), ['S3']);
    focusTree();
    expect(activeRow()).toBe('outline.item.S3');
  });

  it('given 5,000 states, then End renders and activates the last row and Enter selects it', () => {
    const onSelect = show(bigChain());
    focusTree();
    press('End');
    expect(activeRow()).toBe('outline.item.S4999');
    expect(rows().length).toBeLessThanOrEqual(FALLBACK_ROWS);
    expect(onSelect).not.toHaveBeenCalled();
    expect(press('Enter').defaultPrevented).toBe(true);
    expect(onSelect).toHaveBeenCalledWith('S4999');
    press('Home');
    expect(activeRow()).toBe('outline.item.S0');
    press(' ');
    expect(onSelect).toHaveBeenLastCalledWith('S0');
  });

  it('given PageDown and PageUp, then the active row moves by a page', () => {
    show(bigChain());
    focusTree();
    press('PageDown');
    // without layout a page is the fallback window
    expect(activeRow()).toBe(`outline.item.S${FALLBACK_ROWS}`);
    press('PageDown');
    expect(activeRow()).toBe(`outline.item.S${2 * FALLBACK_ROWS}`);
    press('PageUp');
    expect(activeRow()).toBe(`outline.item.S${FALLBACK_ROWS}`);
  });

  it('leaves other keys and shortcuts with modifiers alone', () => {
    const onSelect = show(chain(5));
    focusTree();
    expect(press('End', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press('z', { ctrlKey: true }).defaultPrevented).toBe(false);
    expect(press('Delete').defaultPrevented).toBe(false);
    expect(activeRow()).toBe('outline.item.S0');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('given a click on a row, then it is active and selected', () => {
    const onSelect = show(chain(5));
    act(() => row('S2')?.click());
    expect(onSelect).toHaveBeenCalledWith('S2');
    expect(activeRow()).toBe('outline.item.S2');
    press('ArrowDown');
    expect(activeRow()).toBe('outline.item.S3');
  });
});

describe('OutlinePanel following the selection', () => {
  it('given a selection made elsewhere out of view, then it scrolls there and activates it, keeping focus', () => {
    const m = bigChain();
    show(m);
    const before = document.activeElement;
    show(m, ['S3000']);
    expect(row('S3000')).not.toBeNull();
    expect(row('S0')).toBeNull();
    expect(tree().scrollTop).toBeGreaterThan(0);
    expect(activeRow()).toBe('outline.item.S3000');
    expect(row('S3000')?.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(before);
  });

  it('given a selection already in view, then it does not scroll', () => {
    const m = chain(20);
    show(m);
    show(m, ['S5']);
    expect(tree().scrollTop).toBe(0);
    expect(activeRow()).toBe('outline.item.S5');
  });
});

describe('OutlinePanel tree semantics', () => {
  it('gives each row its level and its place among the siblings of its parent', () => {
    const m = parseSource(`Type: StateMachine
SpecVersion: v1
StartAt: P
States:
  - Type: Parallel
    Name: P
    Next: Z
    Branches:
      - StartAt: A
        States:
          - Type: Pass
            Name: A
            End: true
      - StartAt: B
        States:
          - Type: Succeed
            Name: B
  - Type: Succeed
    Name: Z
`).model;
    if (!m) throw new Error('does not parse');
    show(m);
    const aria = rows().map((r) =>
      ['aria-level', 'aria-posinset', 'aria-setsize'].map((a) => r.getAttribute(a)).join(' '),
    );
    // P and Z at the top (2 of them); A and B, one per branch, both children of P
    expect(aria).toEqual(['1 1 2', '2 1 2', '2 2 2', '1 2 2']);
    const ids = rows().map((r) => r.id);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => id.length > 0 && !/\s/.test(id))).toBe(true);
  });
});
