import type * as Monaco from 'monaco-editor';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MonacoApi } from './loadMonaco';
import {
  commitPlan,
  EARLY_SEND_MAX_ROUND_TRIP_MS,
  TYPING_DEBOUNCE_MAX_MS,
  TYPING_DEBOUNCE_MS,
  YamlBridge,
  type SourcePort,
} from './yamlBridge';

describe('commitPlan', () => {
  const here = { worker: false, lastRoundTripMs: 0, sinceLastKeyMs: 1_000, inFlight: false };
  const worker = { ...here, worker: true, lastCommitMs: 0 };
  const pause = (ms: number) => ({ at: 'pause', ms });

  it('given a fast last commit on this thread, when typing, then the commit waits the shortest pause', () => {
    expect(commitPlan({ ...here, lastCommitMs: 0 })).toEqual(pause(TYPING_DEBOUNCE_MS));
    expect(commitPlan({ ...here, lastCommitMs: 12 })).toEqual(pause(TYPING_DEBOUNCE_MS));
  });

  it('given a slower last commit on this thread, when typing, then the pause is as long as that commit took', () => {
    expect(commitPlan({ ...here, lastCommitMs: 90.4 })).toEqual(pause(90));
  });

  it('given a very slow last commit on this thread, when typing, then the pause is capped', () => {
    expect(commitPlan({ ...here, lastCommitMs: 5_000 })).toEqual(pause(TYPING_DEBOUNCE_MAX_MS));
  });

  it('given a parse worker with quick derivations and a key after a pause, then the text is sent at the key', () => {
    expect(commitPlan(worker)).toEqual({ at: 'key' });
    expect(commitPlan({ ...worker, lastRoundTripMs: EARLY_SEND_MAX_ROUND_TRIP_MS })).toEqual({
      at: 'key',
    });
  });

  it('given a parse worker with slower derivations and a key after a pause, then no pause is added (the next frame decides), however slow the last commit', () => {
    const slower = { ...worker, lastRoundTripMs: EARLY_SEND_MAX_ROUND_TRIP_MS + 20 };
    expect(commitPlan(slower)).toEqual(pause(0));
    expect(commitPlan({ ...slower, lastCommitMs: 120 })).toEqual(pause(0));
  });

  it('given a parse worker and keys sooner after each other than a derivation comes back and is committed, then the longest pause', () => {
    const pace = { ...worker, lastRoundTripMs: 60, lastCommitMs: 80 };
    expect(commitPlan({ ...pace, sinceLastKeyMs: 130 })).toEqual(pause(TYPING_DEBOUNCE_MAX_MS));
    expect(commitPlan({ ...pace, sinceLastKeyMs: 150 })).toEqual(pause(0));
  });

  it('given a parse worker with typed text not committed yet, then the longest pause', () => {
    expect(commitPlan({ ...worker, inFlight: true })).toEqual(pause(TYPING_DEBOUNCE_MAX_MS));
  });

  it('given derivations slower than the longest pause, then every key gets that pause', () => {
    expect(commitPlan({ ...worker, lastRoundTripMs: 400, sinceLastKeyMs: 10_000 })).toEqual(
      pause(TYPING_DEBOUNCE_MAX_MS),
    );
  });
});

/** A Monaco model and editor reduced to what the bridge uses, and a recording store port. */
function harness() {
  let text = 'a: 1\n';
  const changed: (() => void)[] = [];
  const model = {
    getValue: () => text,
    onDidChangeContent: (f: () => void) => {
      changed.push(f);
      return { dispose: () => undefined };
    },
  };
  const editor = { getModel: () => model };
  const commits: string[] = [];
  const port: SourcePort = {
    getSource: () => text,
    subscribe: () => () => undefined,
    commitText: (t) => commits.push(t),
    diff: () => [],
  };
  const bridge = new YamlBridge(
    {} as MonacoApi,
    editor as unknown as Monaco.editor.IStandaloneCodeEditor,
    port,
  );
  const type = (next: string) => {
    text = next;
    for (const f of changed) f();
  };
  return { bridge, commits, type };
}

describe('YamlBridge commit pacing', () => {
  let frames: (() => void)[] = [];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    vi.stubGlobal('navigator', {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const nextFrame = () => {
    const due = frames;
    frames = [];
    for (const f of due) f();
  };

  it('given typed text, when the pause is over, then it commits only after the next frame', () => {
    const { bridge, commits, type } = harness();
    type('a: 12\n');
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MS);
    expect(commits).toEqual([]);
    expect(bridge.pending).toBe(true);
    nextFrame();
    expect(commits).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(commits).toEqual(['a: 12\n']);
    expect(bridge.pending).toBe(false);
  });

  it('given a key typed while waiting for the frame, when that frame comes, then only the newer text commits, after its own pause', () => {
    const { commits, type } = harness();
    type('a: 12\n');
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MS);
    type('a: 123\n');
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(commits).toEqual([]);
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MS);
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(commits).toEqual(['a: 123\n']);
  });

  it('given input waiting to be handled, when the frame comes, then the commit waits for it', () => {
    const { commits, type } = harness();
    let pendingInput = true;
    vi.stubGlobal('navigator', { scheduling: { isInputPending: () => pendingInput } });
    type('a: 12\n');
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MS);
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(commits).toEqual([]);
    pendingInput = false;
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MS);
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(commits).toEqual(['a: 12\n']);
  });

  it('given a flush while waiting for the frame, then it commits once, at once', () => {
    const { bridge, commits, type } = harness();
    type('a: 12\n');
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MS);
    bridge.flush();
    expect(commits).toEqual(['a: 12\n']);
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(commits).toEqual(['a: 12\n']);
  });
});

/**
 * A bridge over a fake store (source, subscribers, selection-only changes) and, optionally, a
 * derive worker whose answers the test releases.
 */
function storeHarness(withWorker: boolean) {
  let text = 'a: 1\n';
  let source = text;
  const changed: (() => void)[] = [];
  const listeners: ((s: string) => void)[] = [];
  const model = {
    getValue: () => text,
    onDidChangeContent: (f: () => void) => {
      changed.push(f);
      return { dispose: () => undefined };
    },
    getPositionAt: (offset: number) => ({ lineNumber: 1, column: offset + 1 }),
    // The port's diff is one whole-text splice: applying it sets the text.
    pushEditOperations: (_: unknown, edits: { text: string }[]) => {
      text = edits.map((e) => e.text).join('');
    },
  };
  const editor = { getModel: () => model, getSelections: () => [] };
  const notify = () => listeners.forEach((l) => l(source));
  const syncCommits: string[] = [];
  const port: SourcePort = {
    getSource: () => source,
    subscribe: (l) => {
      listeners.push(l);
      return () => undefined;
    },
    commitText: (t) => {
      syncCommits.push(t);
      if (t === source) return;
      source = t;
      notify();
    },
    diff: (a, b) => [{ start: 0, end: a.length, text: b }],
  };
  const requests: { text: string; answer(ok?: boolean): Promise<void> }[] = [];
  const derive = {
    derive: (t: string) =>
      new Promise<{ commit(): boolean } | null>((resolve, reject) => {
        requests.push({
          text: t,
          answer: async (ok = true) => {
            if (ok)
              resolve({
                commit: () => (t === source ? false : ((source = t), notify(), true)),
              });
            else reject(new Error('worker failed'));
            await Promise.resolve();
            await Promise.resolve();
          },
        });
      }),
  };
  const monaco = { Range: class {} } as unknown as MonacoApi;
  const bridge = new YamlBridge(
    monaco,
    editor as unknown as Monaco.editor.IStandaloneCodeEditor,
    port,
    withWorker ? derive : null,
  );
  const type = (next: string) => {
    text = next;
    for (const f of changed) f();
  };
  return {
    bridge,
    type,
    syncCommits,
    requests,
    editorText: () => text,
    storeText: () => source,
    /** A selection change: the store notifies with the same source. */
    select: notify,
    /** A canvas edit or undo: the store's source changes from outside the editor. */
    external: (t: string) => ((source = t), notify()),
  };
}

describe('YamlBridge and the store', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
    vi.stubGlobal('navigator', {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  /** The debounce, the frame and the task after it. */
  const pause = () => vi.advanceTimersByTime(TYPING_DEBOUNCE_MS + 20);

  it('given typed text waiting for its commit, when only the selection changes, then the typed text stays', () => {
    const h = storeHarness(false);
    h.type('a: 12\n');
    h.select();
    expect(h.editorText()).toBe('a: 12\n');
    pause();
    expect(h.storeText()).toBe('a: 12\n');
  });

  it('given a derive worker, when typing pauses, then the text is derived there and committed when it answers', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    pause();
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n']);
    expect(h.storeText()).toBe('a: 1\n');
    expect(h.bridge.pending).toBe(true);
    await h.requests[0]?.answer();
    expect(h.storeText()).toBe('a: 12\n');
    expect(h.syncCommits).toEqual([]);
    expect(h.bridge.pending).toBe(false);
  });

  it('given keys typed while the worker derives, when it answers, then that stale text is not committed and the newer keys stay', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    pause();
    h.type('a: 123\n');
    await h.requests[0]?.answer();
    expect(h.storeText()).toBe('a: 1\n');
    expect(h.editorText()).toBe('a: 123\n');
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MAX_MS + 20); // typed while one was out: the long pause
    await h.requests[1]?.answer();
    expect(h.storeText()).toBe('a: 123\n');
    expect(h.editorText()).toBe('a: 123\n');
  });

  it('given a derivation in flight, when flushed (undo, a canvas gesture), then the text commits here at once and the late answer is ignored', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    pause();
    h.bridge.flush();
    expect(h.syncCommits).toEqual(['a: 12\n']);
    h.external('a: 1\n'); // the undo the flush came before
    await h.requests[0]?.answer();
    expect(h.storeText()).toBe('a: 1\n');
    expect(h.editorText()).toBe('a: 1\n');
  });

  it('given a worker that fails, then the typed text commits here instead', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    pause();
    await h.requests[0]?.answer(false);
    expect(h.syncCommits).toEqual(['a: 12\n']);
    expect(h.storeText()).toBe('a: 12\n');
  });

  it('given an external change while a derivation is in flight, then the editor shows the store and the derivation is dropped', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    pause();
    h.external('b: 2\n');
    expect(h.editorText()).toBe('b: 2\n');
    await h.requests[0]?.answer();
    expect(h.storeText()).toBe('b: 2\n');
    expect(h.bridge.pending).toBe(false);
  });
});

describe('YamlBridge pacing with a derive worker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 16));
    vi.stubGlobal('navigator', {});
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  /** The frame and the task after it. */
  const frame = () => vi.advanceTimersByTime(20);

  it('given derivations that come back within the longest pause, when typing, then the next text is sent at the next frame', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    frame();
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MAX_MS - 30);
    await h.requests[0]?.answer();
    h.type('a: 123\n');
    frame();
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n', 'a: 123\n']);
  });

  it('given a derivation slower than the longest pause (a large document), when typing again, then the text waits for that pause before it is sent', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    frame();
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MAX_MS + 50); // the worker is slow
    h.type('a: 123\n'); // a key while it derives: its answer is stale
    await h.requests[0]?.answer();
    h.type('a: 1234\n');
    frame();
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MAX_MS - 60);
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n']);
    vi.advanceTimersByTime(60);
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n', 'a: 1234\n']);
  });

  it('given a key after a pause, then its text goes to the worker at once, and the answer is committed only after the frame that shows the key', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n']);
    await h.requests[0]?.answer(); // sooner than the frame
    expect(h.storeText()).toBe('a: 1\n');
    frame();
    await Promise.resolve();
    expect(h.storeText()).toBe('a: 12\n');
  });

  it('given a derivation slower than an early send allows, when a key comes after a pause, then its text is sent after the next frame', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    vi.advanceTimersByTime(EARLY_SEND_MAX_ROUND_TRIP_MS + 30);
    await h.requests[0]?.answer();
    vi.advanceTimersByTime(1_000);
    h.type('a: 123\n');
    expect(h.requests).toHaveLength(1);
    frame();
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n', 'a: 123\n']);
  });

  it('given an answer waiting for the frame, when another key comes first, then that answer is not committed', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    await h.requests[0]?.answer();
    h.type('a: 123\n');
    frame();
    await Promise.resolve();
    expect(h.storeText()).toBe('a: 1\n');
    expect(h.editorText()).toBe('a: 123\n');
  });

  it('given a derivation still out (its first one), when a key comes, then the newer text waits for the longest pause', () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    frame();
    vi.advanceTimersByTime(150); // no answer yet
    h.type('a: 123\n');
    frame();
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MAX_MS - 40);
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n']);
    vi.advanceTimersByTime(40);
    frame();
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n', 'a: 123\n']);
  });

  it('given a key after a pause longer than the last derivation, then its text is sent at the next frame', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    frame();
    vi.advanceTimersByTime(100);
    await h.requests[0]?.answer();
    vi.advanceTimersByTime(500); // the typist paused
    h.type('a: 123\n');
    frame();
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n', 'a: 123\n']);
  });

  it('given a derivation much slower than the longest pause, then the pause is still capped', async () => {
    const h = storeHarness(true);
    h.type('a: 12\n');
    frame();
    vi.advanceTimersByTime(3_000);
    await h.requests[0]?.answer();
    h.type('a: 123\n');
    vi.advanceTimersByTime(TYPING_DEBOUNCE_MAX_MS);
    frame();
    expect(h.requests.map((r) => r.text)).toEqual(['a: 12\n', 'a: 123\n']);
  });
});
