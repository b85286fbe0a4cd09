// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { domRootPerTest } from '../testing/domRoot';
import { useStableHandler } from './useStableHandler';

const dom = domRootPerTest();

describe('useStableHandler', () => {
  it('given renders with different handlers, then the returned function is one and calls the latest', () => {
    const seen: ((n: number) => string)[] = [];
    function Probe({ prefix }: { prefix: string }) {
      seen.push(useStableHandler((n: number) => `${prefix}${n}`));
      return null;
    }
    act(() => dom.root.render(<Probe prefix="a" />));
    act(() => dom.root.render(<Probe prefix="b" />));
    expect(seen).toHaveLength(2);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[0]?.(1)).toBe('b1');
  });
});
