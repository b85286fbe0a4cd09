import type * as Monaco from 'monaco-editor';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MonacoApi } from './loadMonaco';
import {
  commitDelay,
  TYPING_DEBOUNCE_MAX_MS,
  TYPING_DEBOUNCE_MS,
  YamlBridge,
  type SourcePort,
} from './yamlBridge';

describe('commitDelay', () => {
  it('given a fast last commit, when typing, then the commit waits the shortest pause', () => {
    expect(commitDelay(0)).toBe(TYPING_DEBOUNCE_MS);
    expect(commitDelay(12)).toBe(TYPING_DEBOUNCE_MS);
  });

  it('given a slower last commit, when typing, then the pause is as long as that commit took', () => {
    expect(commitDelay(90.4)).toBe(90);
  });

  it('given a very slow last commit, when typing, then the pause is capped', () => {
    expect(commitDelay(5_000)).toBe(TYPING_DEBOUNCE_MAX_MS);
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
