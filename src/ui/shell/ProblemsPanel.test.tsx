// @vitest-environment happy-dom
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../core';
import { createProblemsSelector, ProblemsPanel } from './ProblemsPanel';
import { domRootPerTest } from '../testing/domRoot';

// Each row draws one severity icon: counting their renders counts the rows that re-rendered.
const rendered = vi.hoisted(() => [] as string[]);
vi.mock('lucide-react', async (importOriginal) => {
  const orig = await importOriginal<Record<string, unknown>>();
  const counted = (name: string) => () => {
    rendered.push(name);
    return null;
  };
  return {
    ...orig,
    CircleAlert: counted('error'),
    AlertTriangle: counted('warning'),
    Info: counted('info'),
  };
});

/** A diagnostic at `line`, at `offset` in the text (offsets move with edits above it). */
function diag(code: string, line: number, offset: number, message = `${code} here`): Diagnostic {
  return {
    severity: code.startsWith('w') ? 'warning' : 'error',
    code,
    message,
    range: { start: offset, end: offset + 3 },
    line,
    column: 5,
    endLine: line,
    endColumn: 8,
    path: 'A',
  };
}

const dom = domRootPerTest();
beforeEach(() => {
  rendered.length = 0;
});

const show = (ds: Diagnostic[], onPick: (d: Diagnostic) => void = () => {}) =>
  act(() => dom.root.render(<ProblemsPanel diagnostics={ds} onPick={onPick} />));

describe('ProblemsPanel re-rendering', () => {
  it('given a commit that re-validates to the same problems, then no row re-renders', () => {
    show([diag('e-one', 3, 40), diag('w-two', 9, 120)]);
    expect(rendered).toEqual(['error', 'warning']);
    // new objects, same rows (an edit on the same line moved the offsets only)
    show([diag('e-one', 3, 44), diag('w-two', 9, 124)]);
    expect(rendered).toEqual(['error', 'warning']);
  });

  it('given one problem that changed, then only its row re-renders', () => {
    show([diag('e-one', 3, 40), diag('w-two', 9, 120)]);
    rendered.length = 0;
    show([diag('e-one', 3, 40), diag('w-two', 10, 150)]);
    expect(rendered).toEqual(['warning']);
    expect(dom.host.textContent).toContain('Ln 10, Col 5');
  });

  it('reveals the diagnostic as it is now, with its current offsets', () => {
    const onPick = vi.fn();
    show([diag('e-one', 3, 40)], onPick);
    show([diag('e-one', 3, 47)], onPick);
    act(() => dom.host.querySelector<HTMLButtonElement>('[data-testid="problems.item"]')?.click());
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick.mock.calls[0]?.[0]?.range.start).toBe(47);
  });

  it('shows the count and the empty state', () => {
    show([]);
    expect(dom.host.textContent).toContain('Problems (0)');
    expect(dom.host.textContent).toContain('No problems');
  });
});

describe('problems selector', () => {
  it('returns the same rows while they show the same, new ones otherwise', () => {
    const select = createProblemsSelector();
    const a = select([diag('e-one', 3, 40)]);
    expect(select([diag('e-one', 3, 41)])).toBe(a);
    const b = select([diag('e-one', 3, 41, 'another message')]);
    expect(b).not.toBe(a);
    expect(b[0]?.message).toBe('another message');
  });
});
