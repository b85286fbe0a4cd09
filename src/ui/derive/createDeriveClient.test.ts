import { describe, expect, it, vi } from 'vitest';
import {
  derivedBody,
  deriveScalarEdit,
  deriveText,
  packDerived,
  type DerivedBody,
  type DerivedText,
} from '../../core';
import { createDeriveClient, type DeriveWorkerLike } from './createDeriveClient';
import type { DeriveRequest, DeriveResponse } from './deriveProtocol';

/**
 * A worker that answers when told to, deriving on this thread like the real one: the quick path
 * after a value edit, and a patch when it still has the base the request names (it keeps its last
 * `keep` answers).
 */
function fakeWorker(keep = 8) {
  const received: DeriveRequest[] = [];
  const answered = new Map<number, DerivedBody>();
  const patched: boolean[] = [];
  let last: DerivedText | null = null;
  const w: DeriveWorkerLike & { answer(): void; crash(): void } = {
    onmessage: null,
    onerror: null,
    postMessage: (m) => void received.push(m),
    terminate: () => {},
    answer() {
      const r = received.shift();
      if (!r) throw new Error('nothing to answer');
      const d = (last && deriveScalarEdit(last, r.text, r.mode)) ?? deriveText(r.text, r.mode);
      last = d;
      const { packed } = packDerived(d, r.base !== null ? answered.get(r.base) : undefined);
      answered.set(r.id, derivedBody(d));
      for (const id of answered.keys()) if (answered.size > keep) answered.delete(id);
      patched.push(packed.patched);
      // Through a structured clone, as postMessage does.
      const data: DeriveResponse = structuredClone({ id: r.id, ok: true, derived: packed });
      w.onmessage?.({ data } as MessageEvent<DeriveResponse>);
    },
    crash() {
      w.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    },
  };
  return { w, received, patched };
}

describe('createDeriveClient', () => {
  it('given one request, then the worker derives it and the derivation comes back', async () => {
    const { w } = fakeWorker();
    const client = createDeriveClient(() => w);
    const p = client.derive('Type: StateMachine\n', 'Standard');
    w.answer();
    const d = (await p)?.read();
    expect(d?.text).toBe('Type: StateMachine\n');
    expect(d?.mode).toBe('Standard');
  });

  it('given a burst while the worker is busy, then only the newest waiting text is derived next', async () => {
    const { w, received } = fakeWorker();
    const client = createDeriveClient(() => w);
    const first = client.derive('a: 1\n', 'Standard');
    const second = client.derive('a: 12\n', 'Standard');
    const third = client.derive('a: 123\n', 'Standard');

    expect(received.map((r) => r.text)).toEqual(['a: 1\n']);
    expect(await second).toBeNull();
    w.answer();
    expect((await first)?.read().text).toBe('a: 1\n');
    expect(received.map((r) => r.text)).toEqual(['a: 123\n']);
    w.answer();
    expect((await third)?.read().text).toBe('a: 123\n');
  });

  it('given a warm-up, then the worker derives the opened text, and a warm-up never replaces a waiting request', async () => {
    const { w, received } = fakeWorker();
    const client = createDeriveClient(() => w);
    client.warm('a: 1\n', 'Standard');
    expect(received.map((r) => r.text)).toEqual(['a: 1\n']);
    const typed = client.derive('a: 12\n', 'Standard');
    client.warm('a: 1\n', 'Standard');
    w.answer();
    expect(received.map((r) => r.text)).toEqual(['a: 12\n']);
    w.answer();
    expect((await typed)?.read().text).toBe('a: 12\n');
  });

  it('given a worker that fails, then pending and later requests reject with the reason', async () => {
    const { w } = fakeWorker();
    const client = createDeriveClient(() => w);
    const pending = client.derive('a: 1\n', 'Standard');
    w.crash();
    await expect(pending).rejects.toThrow(/parse worker failed: boom/);
    await expect(client.derive('a: 2\n', 'Standard')).rejects.toThrow(/boom/);
  });

  it('given a worker that cannot be created, then requests reject instead of hanging', async () => {
    const client = createDeriveClient(() => {
      throw new Error('no workers here');
    });
    await expect(client.derive('a: 1\n', 'Standard')).rejects.toThrow('no workers here');
  });

  it('given an error answer, then that request rejects and the next one still runs', async () => {
    const { w, received } = fakeWorker();
    const client = createDeriveClient(() => w);
    const bad = client.derive('a: 1\n', 'Standard');
    const good = client.derive('a: 2\n', 'Standard');
    const r = received.shift() as DeriveRequest;
    w.onmessage?.({
      data: { id: r.id, ok: false, error: 'too big' },
    } as MessageEvent<DeriveResponse>);
    await expect(bad).rejects.toThrow('too big');
    w.answer();
    expect((await good)?.read().text).toBe('a: 2\n');
  });

  it('given a worker that never answers, then the request rejects after the watchdog and later ones reject at once', async () => {
    vi.useFakeTimers();
    try {
      const { w, received } = fakeWorker();
      let terminated = false;
      w.terminate = () => void (terminated = true);
      const client = createDeriveClient(() => w, { answerWithinMs: 5_000 });
      const hung = client.derive('a: 1\n', 'Standard');
      const waiting = client.derive('a: 12\n', 'Standard');
      const outcome = Promise.allSettled([hung, waiting]);
      expect(received).toHaveLength(1);
      // when the worker stays silent past the limit
      vi.advanceTimersByTime(4_999);
      expect(terminated).toBe(false);
      vi.advanceTimersByTime(1);
      // then both reject with the reason and the worker is stopped
      const [a, b] = await outcome;
      expect(a.status).toBe('rejected');
      expect(b.status).toBe('rejected');
      expect(String((a as PromiseRejectedResult).reason)).toContain('did not answer within 5 s');
      expect(terminated).toBe(true);
      await expect(client.derive('a: 123\n', 'Standard')).rejects.toThrow('did not answer');
    } finally {
      vi.useRealTimers();
    }
  });

  it('given answers within the limit, then the watchdog never fires', async () => {
    vi.useFakeTimers();
    try {
      const { w } = fakeWorker();
      const client = createDeriveClient(() => w, { answerWithinMs: 5_000 });
      for (const text of ['a: 1\n', 'a: 2\n', 'a: 3\n']) {
        const p = client.derive(text, 'Standard');
        vi.advanceTimersByTime(4_000);
        w.answer();
        expect((await p)?.read().text).toBe(text);
      }
      vi.advanceTimersByTime(60_000);
      expect(
        (
          await (() => {
            const p = client.derive('a: 4\n', 'Standard');
            w.answer();
            return p;
          })()
        )?.read().text,
      ).toBe('a: 4\n');
    } finally {
      vi.useRealTimers();
    }
  });

  it('given an answer, then it is unpacked only when read, once (a dropped result costs nothing)', async () => {
    const { w, received } = fakeWorker();
    const client = createDeriveClient(() => w);
    const p = client.derive('a: 1\n', 'Standard');
    const r = received.shift();
    if (!r) throw new Error('nothing sent');
    // a malformed body: reading it would throw, receiving it must not
    const data: DeriveResponse = {
      id: r.id,
      ok: true,
      derived: { ...packDerived(deriveText(r.text, r.mode)).packed, json: '{not json' },
    };
    w.onmessage?.({ data } as MessageEvent<DeriveResponse>);
    const result = await p;
    expect(result).not.toBeNull();
    expect(() => result?.read()).toThrow();
  });

  it('given an answer read twice, then both reads give the same derivation', async () => {
    const { w } = fakeWorker();
    const client = createDeriveClient(() => w);
    const p = client.derive('a: 1\n', 'Standard');
    w.answer();
    const result = await p;
    expect(result?.read()).toBe(result?.read());
  });
});

function chain(seconds: number[]): string {
  const lines = ['Type: StateMachine', 'SpecVersion: v1', 'StartAt: S0', 'States:'];
  seconds.forEach((s, i) =>
    lines.push(
      '  - Type: Wait',
      `    Name: S${i}`,
      `    Seconds: ${s}`,
      i === seconds.length - 1 ? '    End: true' : `    Next: S${i + 1}`,
    ),
  );
  return lines.join('\n') + '\n';
}

describe('createDeriveClient with patches', () => {
  it('given a derivation read, when the next text is derived, then a patch against it comes back and the result shares what did not change', async () => {
    const { w, patched, received } = fakeWorker();
    const client = createDeriveClient(() => w);
    const p1 = client.derive(chain([10, 20, 30]), 'Standard');
    w.answer();
    const first = (await p1)?.read();
    const p2 = client.derive(chain([107, 20, 30]), 'Standard');
    expect(received[0]?.base).not.toBeNull();
    w.answer();
    const second = (await p2)?.read();

    expect(patched).toEqual([false, true]);
    expect(second).toEqual(deriveText(chain([107, 20, 30]), 'Standard'));
    expect(second?.model?.States[1]).toBe(first?.model?.States[1]);
    expect(second?.model?.States[0]).not.toBe(first?.model?.States[0]);
    expect(first).toEqual(deriveText(chain([10, 20, 30]), 'Standard')); // not modified
  });

  it('given a warm-up, then it resolves with the derivation, and the first text typed comes back as a patch against it', async () => {
    const { w, patched } = fakeWorker();
    const client = createDeriveClient(() => w);
    const warmed = client.warm(chain([10, 20]), 'Standard');
    w.answer();
    expect((await warmed)?.read()).toEqual(deriveText(chain([10, 20]), 'Standard'));
    const p = client.derive(chain([11, 20]), 'Standard');
    w.answer();
    expect((await p)?.read()).toEqual(deriveText(chain([11, 20]), 'Standard'));
    expect(patched).toEqual([false, true]);
  });

  it('given answers dropped unread in between, then later texts still come back right (a patch against the last one read, or whole)', async () => {
    for (const keep of [8, 1]) {
      const { w, patched } = fakeWorker(keep);
      const client = createDeriveClient(() => w);
      const p0 = client.derive(chain([1, 2]), 'Standard');
      w.answer();
      (await p0)?.read();
      for (const s of [3, 4, 5]) {
        const p = client.derive(chain([s, 2]), 'Standard');
        w.answer();
        await p; // dropped: never read
      }
      const p = client.derive(chain([6, 2]), 'Standard');
      w.answer();
      expect((await p)?.read()).toEqual(deriveText(chain([6, 2]), 'Standard'));
      expect(patched.at(-1)).toBe(keep > 1);
    }
  });
});
