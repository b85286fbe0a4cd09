import type { Connection } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { isStateNode, type FlowEdge } from '../../core';
import type { DragItem } from '../canvas/Canvas';
import type { DropTarget } from '../canvas/dropZones';
import { paletteEntry } from '../palette/paletteDrag';
import type { PaletteEntry } from '../palette/paletteCatalog';
import {
  connectionInvocation,
  dropInvocation,
  insertInvocation,
  moveInvocation,
  stateYaml,
  type Invocation,
} from './intentCommands';
import type { StudioPort } from './studioPort';

/** Feedback to the user: a refusal reason (shown on the canvas) or an info message. */
export type Notify = (text: string, kind?: 'info' | 'error') => void;

/**
 * User intents (drop, insert, connect, delete, copy, paste …) turned into the store's named
 * commands. Rules are asked first so the UI can refuse with the reason; nothing here edits
 * text itself.
 */
export function useEditing(port: StudioPort, notify: Notify) {
  const run = useCallback(
    (inv: Invocation | { reason: string }, origin: 'canvas' | 'palette' = 'canvas'): boolean => {
      if ('reason' in inv) {
        notify(inv.reason, 'error');
        return false;
      }
      const r = port.execute(inv.command, inv.args, origin);
      if (!r.ok) notify(r.reason, 'error');
      return r.ok;
    },
    [port, notify],
  );

  const blocked = (): string | null => {
    const v = port.getView();
    return v.ok
      ? null
      : `The YAML has an error${v.firstError ? ` at line ${v.firstError.line}` : ''}: fix it to edit on the canvas.`;
  };

  const canDropAt = useCallback(
    (item: DragItem, target: DropTarget): true | string => {
      const v = port.getView();
      const b = blocked();
      if (b) return b;
      if (!v.model) return 'Nothing to drop into.';
      if (item.kind !== 'state') return true;
      const inv = moveInvocation(v, item.path, target);
      return 'reason' in inv ? inv.reason : port.canExecute(inv.command, inv.args);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [port],
  );

  const onDrop = useCallback(
    (item: DragItem, target: DropTarget) => {
      const b = blocked();
      if (b) return void notify(b, 'error');
      if (item.kind === 'state') {
        const verdict = canDropAt(item, target);
        if (verdict !== true) return void notify(verdict, 'error');
        run(moveInvocation(port.getView(), item.path, target));
        return;
      }
      const entry = paletteEntry(item.id);
      if (entry) run(dropInvocation(port.getView(), entry, target), 'palette');
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [port, run, canDropAt, notify],
  );

  /** Inserts a palette entry after the selected state (or at the end of the workflow). */
  const insertEntry = useCallback(
    (entry: PaletteEntry) => {
      const b = blocked();
      if (b) return void notify(b, 'error');
      run(insertInvocation(port.getView(), entry), 'palette');
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [port, run, notify],
  );

  const onInsertOnEdge = useCallback(
    (edge: FlowEdge) => {
      const target: DropTarget =
        edge.kind === 'start'
          ? { kind: 'first', scope: edge.scope, before: edge.target }
          : { kind: 'between', scope: edge.scope, after: edge.source, before: edge.target };
      const pass = paletteEntry('Pass');
      if (pass) run(dropInvocation(port.getView(), pass, target), 'canvas');
    },
    [port, run],
  );

  /** The command a connection gesture stands for (rules are asked through it). */
  const connection = useCallback(
    (c: Connection): Invocation | null => {
      if (!c.source || !c.target) return null;
      const src = port.getView().graph?.nodes.find((n) => n.id === c.source);
      const isChoice = !!src && isStateNode(src) && src.kind === 'Choice';
      return connectionInvocation(c.source, c.target, c.sourceHandle ?? 'next', isChoice);
    },
    [port],
  );

  const isValidConnection = useCallback(
    (c: Connection) => {
      const inv = connection(c);
      return !!inv && port.getView().ok && port.canExecute(inv.command, inv.args) === true;
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
    const paths = port.getView().selection;
    if (paths.length > 0) run({ command: 'state.remove', args: { paths: [...paths] } });
  }, [port, run]);

  const duplicateSelection = useCallback(() => {
    const paths = port.getView().selection;
    if (paths.length > 0) run({ command: 'state.duplicate', args: { paths: [...paths] } });
  }, [port, run]);

  const copySelection = useCallback(() => {
    const v = port.getView();
    const text = stateYaml(v, v.selection);
    if (!text) return;
    void navigator.clipboard?.writeText(text).then(
      () =>
        notify(
          `Copied ${v.selection.length} state${v.selection.length === 1 ? '' : 's'} as YAML`,
          'info',
        ),
      () => notify('The clipboard is not available here.', 'error'),
    );
  }, [port, notify]);

  const pasteText = useCallback(
    (text: string) => {
      const v = port.getView();
      const after = v.selection[v.selection.length - 1];
      run({ command: 'document.paste', args: { text, ...(after ? { after } : { scope: '' }) } });
    },
    [port, run],
  );

  const paste = useCallback(() => {
    const b = blocked();
    if (b) return void notify(b, 'error');
    if (!navigator.clipboard?.readText)
      return void notify('The clipboard is not available here.', 'error');
    navigator.clipboard
      .readText()
      .then(pasteText, () => notify('Reading the clipboard was not allowed.', 'error'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notify, pasteText]);

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
    // eslint-disable-next-line react-hooks/exhaustive-deps
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
    ],
  );
}
