import type { Connection } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { findState, outermostPaths, type FlowEdge } from '../../core';
import type { DragItem } from '../canvas/Canvas';
import { insertTargetOf, type DropTarget } from '../canvas/dropZones';
import type { PaletteEntry } from '../palette/paletteCatalog';
import { paletteEntry } from '../palette/paletteDrag';
import {
  connectionInvocation,
  dropGesture,
  insertGesture,
  moveGesture,
  moveInvocation,
  stateYaml,
  type Gesture,
  type Invocation,
} from './intentCommands';
import type { Origin, StudioPort } from './studioPort';

/** Feedback to the user: a refusal reason or an info message. */
export type Notify = (text: string, kind?: 'info' | 'error') => void;

type Refusal = { reason: string };

/**
 * User intents (drop, insert, connect, delete, copy, paste …) turned into the store's named
 * commands. Rules are asked through the commands (canExecute) so the UI refuses with the same
 * reasons; nothing here edits text itself.
 */
export function useEditing(port: StudioPort, notify: Notify, flush: () => void) {
  const blocked = useCallback((): string | null => {
    const v = port.getView();
    return v.ok
      ? null
      : `The YAML has a syntax error${v.firstError ? ` at line ${v.firstError.line}` : ''}: fix it to edit on the canvas.`;
  }, [port]);

  const run = useCallback(
    (inv: Invocation | Refusal, origin: Origin = 'canvas'): boolean => {
      flush();
      if ('reason' in inv) return (void notify(inv.reason, 'error'), false);
      const r = port.execute(inv.command, inv.args, origin);
      if (!r.ok) notify(r.reason, 'error');
      return r.ok;
    },
    [port, notify, flush],
  );
  const perform = useCallback(
    (g: Gesture | Refusal, origin: Origin): boolean => {
      flush();
      const b = blocked();
      if (b) return (void notify(b, 'error'), false);
      if ('reason' in g) return (void notify(g.reason, 'error'), false);
      const r = port.transact(g.label, origin, g.steps);
      if (!r.ok) return (void notify(r.reason, 'error'), false);
      const select = g.selectAfter?.();
      if (select && select.length > 0) port.select(select);
      return true;
    },
    [port, notify, blocked, flush],
  );

  const canDropAt = useCallback(
    (item: DragItem, target: DropTarget): true | string => {
      const b = blocked();
      if (b) return b;
      if (item.kind !== 'state') return true;
      // The move command's own rule (canMove): the same reason the drop would be refused with.
      const inv = moveInvocation(item.path, target);
      return port.canExecute(inv.command, inv.args);
    },
    [port, blocked],
  );

  const onDrop = useCallback(
    (item: DragItem, target: DropTarget) => {
      if (item.kind === 'state') {
        const b = blocked();
        if (b) return void notify(b, 'error');
        perform(moveGesture(port.getView(), item.path, target), 'canvas');
        return;
      }
      const entry = paletteEntry(item.id);
      if (entry) perform(dropGesture(port.getView(), entry, target), 'palette');
    },
    [port, perform, blocked, notify],
  );

  const insertEntry = useCallback(
    (entry: PaletteEntry) => perform(insertGesture(port.getView(), entry), 'palette'),
    [port, perform],
  );

  const onInsertOnEdge = useCallback(
    (edge: FlowEdge) => {
      const target = insertTargetOf(edge);
      const pass = paletteEntry('Pass');
      if (pass && target) perform(dropGesture(port.getView(), pass, target), 'canvas');
    },
    [port, perform],
  );

  const connection = useCallback(
    (c: Connection): Invocation | Refusal | null =>
      c.source && c.target
        ? connectionInvocation(port.getView(), c.source, c.target, c.sourceHandle ?? 'next')
        : null,
    [port],
  );
  const isValidConnection = useCallback(
    (c: Connection) => {
      const inv = connection(c);
      return !!inv && !('reason' in inv) && port.canExecute(inv.command, inv.args) === true;
    },
    [port, connection],
  );
  const onConnect = useCallback(
    (c: Connection) => {
      const inv = connection(c);
      if (inv) run(inv);
    },
    [connection, run],
  );

  const deleteSelection = useCallback(() => {
    // A container goes with what it holds: states inside a selected one are not removed one by
    // one (the last state of a branch cannot be, and the container's removal takes them).
    const paths = outermostPaths(port.getView().selection);
    // Deepest first so a container's removal does not invalidate the paths inside it.
    const steps = [...paths]
      .sort((a, b) => b.length - a.length)
      .map((path) => () => ({ command: 'state.remove', args: { path } }));
    if (steps.length)
      perform(
        { label: paths.length === 1 ? 'Delete' : `Delete ${paths.length} states`, steps },
        'canvas',
      );
  }, [port, perform]);

  const duplicateSelection = useCallback(() => {
    // A selected container's copy holds its states already: they are not duplicated again.
    const paths = outermostPaths(port.getView().selection);
    const steps = paths.map((path) => () => ({ command: 'state.duplicate', args: { path } }));
    if (steps.length) perform({ label: 'Duplicate', steps }, 'canvas');
  }, [port, perform]);

  const copySelection = useCallback(() => {
    const v = port.getView();
    const paths = outermostPaths(v.selection);
    const text = stateYaml(v, paths);
    if (!text) return;
    const n = paths.length;
    void navigator.clipboard?.writeText(text).then(
      () => notify(`Copied ${n} state${n === 1 ? '' : 's'} as YAML`, 'info'),
      () => notify('The clipboard is not available here.', 'error'),
    );
  }, [port, notify]);

  const pasteText = useCallback(
    (yaml: string) => {
      const v = port.getView();
      const sel = v.selection[v.selection.length - 1];
      const st = sel && v.model ? findState(v.model, sel) : undefined;
      // After the selected state, in its scope; else at the end of the workflow.
      const args = st ? { scope: st.scope, index: st.index + 1, yaml } : { scope: '', yaml };
      perform({ label: 'Paste', steps: [() => ({ command: 'state.paste', args })] }, 'canvas');
    },
    [port, perform],
  );

  const paste = useCallback(() => {
    const b = blocked();
    if (b) return void notify(b, 'error');
    if (!navigator.clipboard?.readText)
      return void notify('The clipboard is not available here.', 'error');
    navigator.clipboard
      .readText()
      .then(pasteText, () => notify('Reading the clipboard was not allowed.', 'error'));
  }, [notify, pasteText, blocked]);

  return useMemo(
    () => ({
      canDropAt,
      onDrop,
      insertEntry,
      onInsertOnEdge,
      onConnect,
      isValidConnection,
      deleteSelection,
      duplicateSelection,
      copySelection,
      paste,
      pasteText,
      blocked,
    }),
    [
      canDropAt,
      onDrop,
      insertEntry,
      onInsertOnEdge,
      onConnect,
      isValidConnection,
      deleteSelection,
      duplicateSelection,
      copySelection,
      paste,
      pasteText,
      blocked,
    ],
  );
}
