import { useEffect, useState } from 'react';
import { historyToStore, summarizeValidation, type WorkspaceStore } from '../../core';
import type { EditorPort } from '../studio/editorPort';
import { storageErrorMessage } from './workspaceService';

/** How long after the last change the draft is written. */
export const AUTOSAVE_DELAY_MS = 500;

export type DraftState = 'saved' | 'pending' | 'error';

/**
 * Autosaves the raw text of the open workflow as its draft ~500 ms after each change (and at
 * once when the page is hidden or closed), with the undo history that leads to it
 * and its validation counts for the list. Stops while
 * `paused` (another tab took the workflow over). Returns the current text and draft state.
 */
export function useAutosave(
  store: WorkspaceStore,
  id: string,
  port: EditorPort | null,
  paused: boolean,
  onError: (message: string) => void,
): { source: string | null; draft: DraftState } {
  const [source, setSource] = useState<string | null>(null);
  const [draft, setDraft] = useState<DraftState>('saved');
  useEffect(() => {
    if (!port || paused) return;
    let written = port.getView().source;
    let seen = written;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setSource(seen);
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      const view = port.getView();
      if (view.source === written) return;
      written = view.source;
      store
        .saveDraft(id, view.source, historyToStore(port.store.getState().history))
        .then(() => store.update(id, { validation: summarizeValidation(view.diagnostics) }))
        .then(() => setDraft(written === port.getView().source ? 'saved' : 'pending'))
        .catch((e: unknown) => {
          setDraft('error');
          onError(storageErrorMessage(e));
        });
    };
    const unsubscribe = port.subscribe(() => {
      const s = port.getView().source;
      if (s === seen) return;
      seen = s;
      setSource(s);
      setDraft('pending');
      clearTimeout(timer);
      timer = setTimeout(flush, AUTOSAVE_DELAY_MS);
    });
    // Leaving: text typed but not committed yet (its parse still in the worker) is saved too.
    const flushAll = () => {
      port.flushTypedText();
      flush();
    };
    const onHide = () => {
      if (document.visibilityState === 'hidden') flushAll();
    };
    window.addEventListener('pagehide', flushAll);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      flushAll();
      unsubscribe();
      window.removeEventListener('pagehide', flushAll);
      document.removeEventListener('visibilitychange', onHide);
    };
  }, [store, id, port, paused, onError]);
  return { source, draft };
}
