// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { domRootPerTest } from '../testing/domRoot';
import { useAfterFirstPaint } from './useAfterFirstPaint';

const dom = domRootPerTest();
let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  frames = [];
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  vi.spyOn(window, 'cancelAnimationFrame').mockImplementation(() => undefined);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function Probe() {
  return <span>{useAfterFirstPaint() ? 'after' : 'before'}</span>;
}

describe('useAfterFirstPaint', () => {
  it('is false on mount and until the task after the next frame, then true', () => {
    // given a mounted component
    act(() => dom.root.render(<Probe />));
    expect(dom.host.textContent).toBe('before');
    // when the next frame runs (before its paint) nothing changes yet
    act(() => frames.splice(0).forEach((f) => f(0)));
    expect(dom.host.textContent).toBe('before');
    // then the task queued after that frame flips it
    act(() => vi.runAllTimers());
    expect(dom.host.textContent).toBe('after');
  });

  it('stays false while no frame has run', () => {
    act(() => dom.root.render(<Probe />));
    act(() => vi.runAllTimers());
    expect(dom.host.textContent).toBe('before');
  });
});
