import { useReactFlow } from '@xyflow/react';
import {
  ClipboardPaste,
  Copy,
  CopyPlus,
  Crosshair,
  Link,
  Maximize,
  Redo2,
  SquareDashedMousePointer,
  Trash2,
  Undo2,
  ZoomIn,
  ZoomOut,
} from 'lucide-react';
import { useMemo } from 'react';
import type { StudioAction } from '../actions/actionTypes';
import type { StudioView } from './studioPort';

/** What the actions act on: the store (through intents) and the canvas viewport. */
export interface ActionDeps {
  view: StudioView;
  undo: () => void;
  redo: () => void;
  deleteSelection: () => void;
  duplicateSelection: () => void;
  copySelection: () => void;
  paste: () => void;
  selectAll: () => void;
  copyLink: () => void;
  insertAfterSelection: () => void;
  /** Why structural edits are refused now (invalid YAML), or null. */
  editBlocked: string | null;
}

/**
 * The action registry (architecture §7): one list feeding the toolbar, the context menus and
 * the shortcuts. Returned as a map by id.
 */
export function useStudioActions(deps: ActionDeps): Map<string, StudioAction> {
  const flow = useReactFlow();
  return useMemo(() => {
    const { view, editBlocked } = deps;
    const hasSelection = view.selection.length > 0;
    const canEdit = (): true | string => editBlocked ?? true;
    const needsSelection = (): true | string =>
      editBlocked ?? (hasSelection ? true : 'Select a state first');
    const list: StudioAction[] = [
      {
        id: 'history.undo',
        label: 'Undo',
        icon: Undo2,
        kbd: ['Mod+Z'],
        enabled: () => (view.canUndo ? true : 'Nothing to undo'),
        run: deps.undo,
      },
      {
        id: 'history.redo',
        label: 'Redo',
        icon: Redo2,
        kbd: ['Shift+Mod+Z', 'Mod+Y'],
        enabled: () => (view.canRedo ? true : 'Nothing to redo'),
        run: deps.redo,
      },
      {
        id: 'edit.delete',
        label: 'Delete',
        icon: Trash2,
        kbd: ['Delete', 'Backspace'],
        enabled: needsSelection,
        run: deps.deleteSelection,
      },
      {
        id: 'edit.duplicate',
        label: 'Duplicate',
        icon: CopyPlus,
        kbd: ['Mod+D'],
        enabled: needsSelection,
        run: deps.duplicateSelection,
      },
      {
        id: 'edit.copy',
        label: 'Copy as YAML',
        icon: Copy,
        kbd: ['Mod+C'],
        enabled: () => (hasSelection ? true : 'Select a state first'),
        run: deps.copySelection,
      },
      {
        id: 'edit.paste',
        label: 'Paste',
        icon: ClipboardPaste,
        kbd: ['Mod+V'],
        enabled: canEdit,
        run: deps.paste,
      },
      {
        id: 'edit.selectAll',
        label: 'Select all',
        icon: SquareDashedMousePointer,
        kbd: ['Mod+A'],
        enabled: () => true,
        run: deps.selectAll,
      },
      {
        id: 'edit.insertAfter',
        label: 'Insert after selection…',
        kbd: ['/'],
        enabled: canEdit,
        run: deps.insertAfterSelection,
      },
      {
        id: 'view.zoomIn',
        label: 'Zoom in',
        icon: ZoomIn,
        kbd: ['='],
        enabled: () => true,
        run: () => void flow.zoomIn({ duration: 150 }),
      },
      {
        id: 'view.zoomOut',
        label: 'Zoom out',
        icon: ZoomOut,
        kbd: ['-'],
        enabled: () => true,
        run: () => void flow.zoomOut({ duration: 150 }),
      },
      {
        id: 'view.fit',
        label: 'Fit to screen',
        icon: Maximize,
        kbd: ['F'],
        enabled: () => true,
        run: () => void flow.fitView({ padding: 0.2, duration: 150, maxZoom: 1 }),
      },
      {
        id: 'view.centreSelection',
        label: 'Centre on selection',
        icon: Crosshair,
        kbd: ['Shift+F'],
        enabled: () => (hasSelection ? true : 'Select a state first'),
        run: () =>
          void flow.fitView({
            nodes: view.selection.map((id) => ({ id })),
            padding: 0.6,
            duration: 150,
            maxZoom: 1.2,
          }),
      },
      {
        id: 'share.copyLink',
        label: 'Copy link',
        icon: Link,
        enabled: () => true,
        run: deps.copyLink,
      },
    ];
    return new Map(list.map((a) => [a.id, a]));
  }, [deps, flow]);
}
