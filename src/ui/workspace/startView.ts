/**
 * What the start page (no hash) shows while and after the workspace opens. Opening IndexedDB
 * and listing the workflows takes a few hundred milliseconds on a first load; the sample Studio
 * should not wait for it, but a returning user with workflows still lands on their list.
 *
 * - `scratch`: the sample in the Studio (a first visit).
 * - `list`: the Workflows page.
 * - `opening`: "Opening the workspace…" (only when this browser is known to have workflows).
 */
export type StartView = 'scratch' | 'list' | 'opening';

/**
 * The view before the workspace has opened: the scratch Studio at once, unless this browser
 * last saw workflows (the hint), in which case the list is about to come and showing the
 * Studio for a moment would only flash.
 */
export function initialStartView(hintHasWorkflows: boolean): StartView {
  return hintHasWorkflows ? 'opening' : 'scratch';
}

/**
 * The view once the workspace has opened. Without workflows: the scratch Studio. With
 * workflows: the list, except when the scratch Studio is already shown and the user has
 * started using it (a click, a key, a scroll): the page never pulls the Studio away from under
 * the user; the session bar then points to the list instead.
 */
export function startViewWhenOpened(
  shown: StartView,
  hasWorkflows: boolean,
  interacted: boolean,
): StartView {
  if (!hasWorkflows) return 'scratch';
  return shown === 'scratch' && interacted ? 'scratch' : 'list';
}

const HINT_KEY = 'fdl-studio.hasWorkflows';

/** Storage that may be missing or refuse access (private modes, file:// pages). */
type HintStorage = Pick<Storage, 'getItem' | 'setItem'> | null;

function storage(): HintStorage {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether this browser had workflows when the workspace last opened (a synchronous guess kept
 * in localStorage; IndexedDB answers only asynchronously). False when unknown.
 */
export function readWorkflowsHint(store: HintStorage = storage()): boolean {
  try {
    return store?.getItem(HINT_KEY) === '1';
  } catch {
    return false;
  }
}

/** Records whether the workspace has workflows, for the next load's first view. */
export function writeWorkflowsHint(has: boolean, store: HintStorage = storage()): void {
  try {
    store?.setItem(HINT_KEY, has ? '1' : '0');
  } catch {
    // Best effort: a wrong or missing hint only costs a moment of "Opening the workspace…".
  }
}
