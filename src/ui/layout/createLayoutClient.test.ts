import { describe, expect, it, vi } from 'vitest';
import {
  deriveGraph,
  isStaleLayoutError,
  layoutGraph,
  type ElkLike,
  type FlowGraph,
  type StateMachine,
} from '../../core';
import { createLayoutClient, ELK_MAX_NODES, type WorkerLike } from './createLayoutClient';
import { quickLayout } from './quickLayout';
import { createLayoutStore, type StorageLike } from './layoutStore';
import { serveLayoutRequest, type LayoutRequest, type LayoutResponse } from './layoutProtocol';

const elk: ElkLike = new (await import('elkjs/lib/elk.bundled.js')).default();

/** A Worker stand-in: messages are structured-cloned both ways and served asynchronously. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: { data: LayoutResponse }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  requests: LayoutRequest[] = [];
  terminated = false;
  constructor(private readonly engine: ElkLike = elk) {}
  postMessage(message: LayoutRequest): void {
    const request = structuredClone(message);
    this.requests.push(request);
    void serveLayoutRequest(request, this.engine).then((response) => {
      if (!this.terminated) this.onmessage?.({ data: structuredClone(response) });
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

const graph = (condition: string, target = 'B'): FlowGraph =>
  deriveGraph({
    StartAt: 'A',
    States: [
      {
        Name: 'A',
        Type: 'Choice',
        Branches: [{ Condition: condition, Next: target }],
        Default: 'C',
      },
      { Name: 'B', Type: 'Pass', End: true },
      { Name: 'C', Type: 'Succeed' },
    ],
  } as StateMachine);

describe('createLayoutClient', () => {
  it('given a graph, when laid out through the worker, then the result equals a direct layout', async () => {
    const fake = new FakeWorker();
    const client = createLayoutClient({ createWorker: () => fake });
    const viaWorker = await client.layout(graph('x'), { direction: 'RIGHT' });
    expect(viaWorker).toEqual(await layoutGraph(graph('x'), elk, { direction: 'RIGHT' }));
    expect(viaWorker.nodes).toBeInstanceOf(Map);
    client.dispose();
  });

  it('given a value-only change, when laid out again, then no message reaches the worker', async () => {
    const fake = new FakeWorker();
    const client = createLayoutClient({ createWorker: () => fake });
    const first = await client.layout(graph('$Input.a > 1'));
    const second = await client.layout(graph('$Input.a > 2 && $Input.b'));
    expect(second).toBe(first);
    expect(fake.requests).toHaveLength(1);
    expect(client.peek(graph('anything'))).toBe(first);
    await client.layout(graph('x', 'C'));
    expect(fake.requests).toHaveLength(2);
    client.dispose();
  });

  it('given two structural changes in a row, when both finish, then only the latest is delivered', async () => {
    const client = createLayoutClient({ createWorker: () => new FakeWorker() });
    const older = client.layout(graph('x', 'B'));
    const newer = client.layout(graph('x', 'C'));
    const [a, b] = await Promise.allSettled([older, newer]);
    expect(a.status === 'rejected' && isStaleLayoutError(a.reason)).toBe(true);
    expect(b.status).toBe('fulfilled');
    client.dispose();
  });

  it('given a pending request, when disposed, then it rejects and the worker is terminated', async () => {
    const fake = new FakeWorker();
    const client = createLayoutClient({ createWorker: () => fake });
    const pending = client.layout(graph('x'));
    client.dispose();
    await expect(pending).rejects.toThrow('disposed');
    expect(fake.terminated).toBe(true);
    await expect(client.layout(graph('y', 'C'))).rejects.toThrow('disposed');
  });

  it('given elk failing in the worker, when laid out, then the call rejects with the reason', async () => {
    const broken: ElkLike = { layout: () => Promise.reject(new Error('boom')) };
    const client = createLayoutClient({ createWorker: () => new FakeWorker(broken) });
    await expect(client.layout(graph('x'))).rejects.toThrow('layout failed: boom');
    client.dispose();
  });

  it('given the worker crashing, when laid out, then the call rejects and a new worker is made next time', async () => {
    const made: FakeWorker[] = [];
    const silent: ElkLike = { layout: () => new Promise(() => {}) };
    const client = createLayoutClient({
      createWorker: () => {
        const w = new FakeWorker(made.length === 0 ? silent : elk);
        made.push(w);
        return w;
      },
    });
    const pending = client.layout(graph('x'));
    made[0]?.onerror?.({ message: 'script failed' });
    await expect(pending).rejects.toThrow('layout worker error: script failed');
    await expect(client.layout(graph('x', 'C'))).resolves.toBeDefined();
    expect(made).toHaveLength(2);
    client.dispose();
  });
});

describe('createLayoutClient fallback and store', () => {
  it('given a worker that fails before answering, when laid out, then the fallback serves the same request', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = new FakeWorker({ layout: () => new Promise(() => {}) });
    const fallback = new FakeWorker();
    const client = createLayoutClient({ createWorker: () => broken, fallback: () => fallback });
    const pending = client.layout(graph('x'));
    broken.onerror?.({ message: 'cannot load module' });
    await expect(pending).resolves.toEqual(
      await layoutGraph(graph('x'), elk, { direction: 'DOWN' }),
    );
    expect(broken.terminated).toBe(true);
    expect(fallback.requests).toHaveLength(1);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    client.dispose();
  });

  it('given a worker that answered once, when it crashes later, then the call rejects (no fallback)', async () => {
    const silent: ElkLike = { layout: () => new Promise(() => {}) };
    let calls = 0;
    const first = new FakeWorker(
      // The first request is answered, the second never.
      { layout: (g) => (calls++ === 0 ? elk.layout(g) : silent.layout(g)) },
    );
    const fallback = new FakeWorker();
    const client = createLayoutClient({ createWorker: () => first, fallback: () => fallback });
    await client.layout(graph('x'));
    const pending = client.layout(graph('x', 'C'));
    first.onerror?.({ message: 'out of memory' });
    await expect(pending).rejects.toThrow('layout worker error: out of memory');
    expect(fallback.requests).toHaveLength(0);
    client.dispose();
  });

  it('given a stored layout, when laid out in a new client, then no message reaches the worker', async () => {
    const storage = new Map<string, string>();
    const backing: StorageLike = {
      getItem: (k) => storage.get(k) ?? null,
      setItem: (k, v) => void storage.set(k, v),
      removeItem: (k) => void storage.delete(k),
    };
    const one = createLayoutClient({
      createWorker: () => new FakeWorker(),
      store: createLayoutStore(backing),
    });
    const computed = await one.layout(graph('x'));
    one.dispose();
    const fake = new FakeWorker();
    const two = createLayoutClient({ createWorker: () => fake, store: createLayoutStore(backing) });
    expect(await two.layout(graph('y'))).toEqual(computed);
    expect(fake.requests).toHaveLength(0);
    two.dispose();
  });

  it('given warm, when called before any layout, then the worker is created once', () => {
    let made = 0;
    const client = createLayoutClient({
      createWorker: () => {
        made++;
        return new FakeWorker();
      },
    });
    client.warm();
    client.warm();
    expect(made).toBe(1);
    client.dispose();
  });
});

describe('createLayoutClient and large charts', () => {
  it('given a chart with more nodes than elk is given, then it gets the quick layout without the worker', async () => {
    const worker = new FakeWorker();
    const client = createLayoutClient({ createWorker: () => worker, elkMaxNodes: 3 });
    const g = graph('$.x > 1');
    expect(g.nodes.length).toBeGreaterThan(3);
    const result = await client.layout(g, { direction: 'RIGHT' });
    expect(worker.requests).toEqual([]);
    expect(result).toEqual(quickLayout(g, 'RIGHT', result.key));
    expect(result.key).not.toBe('');
    // and the same structure again: the very same result
    expect(await client.layout(graph('$.x > 2'), { direction: 'RIGHT' })).toBe(result);
  });

  it('given a chart within the limit, then elk lays it out in the worker', async () => {
    const worker = new FakeWorker();
    const client = createLayoutClient({ createWorker: () => worker, elkMaxNodes: ELK_MAX_NODES });
    await client.layout(graph('$.x > 1'));
    expect(worker.requests).toHaveLength(1);
  });
});
