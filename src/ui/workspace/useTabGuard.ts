import { useCallback, useEffect, useRef, useState } from 'react';

/** This tab's claim on a workflow: it edits it, another tab does, or it lost it to another. */
export type TabGuardState = 'owner' | 'conflict' | 'taken';

type Message =
  | { type: 'hello'; id: string; tab: string }
  | { type: 'here'; id: string; tab: string }
  | { type: 'takeover'; id: string; tab: string };

const tabId = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const TAKEOVER_KEY = 'fdl-studio.takeover';

/**
 * Detects a second tab on the same workflow with a BroadcastChannel: a tab opening a workflow
 * says hello; a tab already editing it answers, and the newcomer does not save (conflict) until
 * the user chooses to edit there, which tells the first tab to stop saving (taken). The choice
 * survives the reload that follows through sessionStorage.
 */
export function useTabGuard(workflowId: string): { state: TabGuardState; takeOver: () => void } {
  const [state, setState] = useState<TabGuardState>('owner');
  const channel = useRef<BroadcastChannel | null>(null);
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel('fdl-studio.workspace');
    channel.current = ch;
    let mine = 'owner' as TabGuardState;
    const set = (s: TabGuardState) => {
      mine = s;
      setState(s);
    };
    const tookOver = sessionStorage.getItem(TAKEOVER_KEY) === workflowId;
    sessionStorage.removeItem(TAKEOVER_KEY);
    ch.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m.id !== workflowId || m.tab === tabId) return;
      if (m.type === 'hello' && mine === 'owner')
        ch.postMessage({ type: 'here', id: workflowId, tab: tabId });
      else if (m.type === 'here' && mine === 'owner') set('conflict');
      else if (m.type === 'takeover') set('taken');
    };
    ch.postMessage({ type: tookOver ? 'takeover' : 'hello', id: workflowId, tab: tabId });
    return () => {
      ch.close();
      channel.current = null;
    };
  }, [workflowId]);
  const takeOver = useCallback(() => {
    sessionStorage.setItem(TAKEOVER_KEY, workflowId);
  }, [workflowId]);
  return { state, takeOver };
}
