import { describe, expect, it, vi } from 'vitest';
import { deriveGraph } from '../graph/deriveGraph';
import type { FlowGraph } from '../graph/types';
import type { StateMachine } from '../model/types';
import type { ElkLike } from './elkTypes';
import { isStaleLayoutError, LayoutCache, type LayoutCompute } from './layoutCache';
import { layoutGraph } from './layoutGraph';
import type { LayoutResult } from './layoutTypes';

const elk: ElkLike = new (await import('elkjs/lib/elk.bundled.js')).default();

const chain = (condition: string, target = 'B'): FlowGraph =>
  deriveGraph({
    StartAt: 'A',
    States: [
      {
        Name: 'A',
        Type: 'Choice',
        Branches: [{ Condition: condition, Next: target }],
        Default: 'C',
      },
      { Name: 'B', Type: 'Task', Action: 'FC:InvokeFunction', End: true },
      { Name: 'C', Type: 'Succeed' },
    ],
  } as StateMachine);

const fakeResult = (key: string): LayoutResult => ({
  key,
  direction: 'DOWN',
  width: 0,
  height: 0,
  nodes: new Map(),
  edges: new Map(),
});

/** A compute whose calls resolve only when the test says so. */
function manualCompute() {
  const calls: { key: string; resolve: () => void }[] = [];
  const compute: LayoutCompute = (_g, _o, key) =>
    new Promise((resolve) => calls.push({ key, resolve: () => resolve(fakeResult(key)) }));
  return { compute, calls };
}

describe('LayoutCache', () => {
  it('given a value-only change, when laid out again, then elk is not run and the same result returns', async () => {
    const compute = vi.fn<LayoutCompute>((g, o, key) => layoutGraph(g, elk, o, key));
    const cache = new LayoutCache(compute);
    const first = await cache.layout(chain('$Input.x > 1'), { direction: 'DOWN' });
    const second = await cache.layout(chain('$Input.x > 99999 && $Input.y'), { direction: 'DOWN' });
    expect(second).toBe(first);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(cache.stats).toMatchObject({ hits: 1, misses: 1 });
  });

  it('given a structure or direction change, when laid out again, then it is a miss', async () => {
    const compute = vi.fn<LayoutCompute>((g, o, key) => layoutGraph(g, elk, o, key));
    const cache = new LayoutCache(compute);
    const first = await cache.layout(chain('x'), { direction: 'DOWN' });
    const moved = await cache.layout(chain('x', 'C'), { direction: 'DOWN' });
    const turned = await cache.layout(chain('x'), { direction: 'RIGHT' });
    expect(moved).not.toBe(first);
    expect(turned.direction).toBe('RIGHT');
    expect(compute).toHaveBeenCalledTimes(3);
    expect(cache.peek(chain('other text'), { direction: 'DOWN' })).toBe(first);
  });

  it('given a newer request before an older one finishes, when both settle, then the older is dropped as stale', async () => {
    const { compute, calls } = manualCompute();
    const cache = new LayoutCache(compute);
    const older = cache.layout(chain('x'), { direction: 'DOWN' });
    const newer = cache.layout(chain('x', 'C'), { direction: 'DOWN' });
    calls[1]?.resolve();
    calls[0]?.resolve();
    await expect(newer).resolves.toMatchObject({ direction: 'DOWN' });
    const err: unknown = await older.catch((e: unknown) => e);
    expect(isStaleLayoutError(err)).toBe(true);
    expect(cache.stats.stale).toBe(1);
    // the stale result is still correct for its own structure, so it is cached
    expect(cache.peek(chain('x'), { direction: 'DOWN' })?.key).toBe(calls[0]?.key);
  });

  it('given the same structure requested twice while in flight, when computed, then once', async () => {
    const { compute, calls } = manualCompute();
    const cache = new LayoutCache(compute);
    const a = cache.layout(chain('x'), { direction: 'DOWN' });
    const b = cache.layout(chain('y'), { direction: 'DOWN' });
    expect(calls).toHaveLength(1);
    calls[0]?.resolve();
    await expect(b).resolves.toBeDefined();
    await expect(a).rejects.toThrow('superseded');
  });

  it('given more layouts than its capacity, when filled, then the least recently used is evicted', async () => {
    const compute = vi.fn<LayoutCompute>(async (_g, _o, key) => fakeResult(key));
    const cache = new LayoutCache(compute, 2);
    await cache.layout(chain('x', 'B'), { direction: 'DOWN' });
    await cache.layout(chain('x', 'C'), { direction: 'DOWN' });
    await cache.layout(chain('x', 'B'), { direction: 'DOWN' });
    await cache.layout(chain('x', 'A'), { direction: 'DOWN' });
    expect(cache.peek(chain('x', 'B'), { direction: 'DOWN' })).toBeDefined();
    expect(cache.peek(chain('x', 'C'), { direction: 'DOWN' })).toBeUndefined();
    expect(compute).toHaveBeenCalledTimes(3);
  });
});
