import { useCallback, useMemo, useRef } from 'react';
import { parseSource, validate, type Diagnostic, type JsonValue, type StatePath } from '../../core';
import { useStudioPort, useStudioView } from '../editor-context/StudioContext';
import type { StudioView } from '../studio/studioPort';
import { runInspectorCommand, type InspectorPort } from './inspectorPort';
import { useWorkflowSettings } from './workflowSettings';

/** Writes for one state, in field sessions; every write goes through a named command. */
export interface InspectorEdit {
  port: InspectorPort;
  view: StudioView;
  path: StatePath;
  /** Why editing is impossible now (the YAML has syntax errors), or null. */
  readOnly: string | null;
  /** Runs a command; returns the refusal reason or null. */
  run(command: string, args: unknown, session?: string | null): string | null;
  set(field: string, value: JsonValue, session?: string | null): string | null;
  unset(field: string, session?: string | null): string | null;
  /** Starts a field session (focus, or one click): its writes are one undo entry. */
  begin(field: string): string;
  /** Ends a field session (blur). */
  end(): void;
  /** Diagnostics of this state at `field` (exactly, or under it with `nested`). */
  diagnosticsAt(field: string, nested?: boolean): Diagnostic[];
}

let sessionCounter = 0;

/** The inspector's write path for the state at `path`. */
export function useInspectorEdit(path: StatePath): InspectorEdit {
  const port = useStudioPort() as InspectorPort;
  const view = useStudioView();
  const latest = useRef(path);
  latest.current = path;
  const readOnly = view.ok
    ? null
    : `The YAML has errors${view.firstError ? ` (line ${view.firstError.line}: ${view.firstError.message})` : ''}. Fix them in the editor to change settings here.`;

  const run = useCallback(
    (command: string, args: unknown, session: string | null = null) => {
      const r = runInspectorCommand(port, command, args, session);
      return r.ok ? null : r.reason;
    },
    [port],
  );
  const set = useCallback(
    (field: string, value: JsonValue, session: string | null = null) =>
      run('state.setField', { path: latest.current, field, value }, session),
    [run],
  );
  const unset = useCallback(
    (field: string, session: string | null = null) => {
      const state = port.getView();
      // Removing what is not there is not an error for a form: nothing to do.
      if (!state.ok) return null;
      const r = runInspectorCommand(
        port,
        'state.unsetField',
        { path: latest.current, field },
        session,
      );
      return r.ok || /has no /.test(r.reason) ? null : r.reason;
    },
    [port],
  );
  const begin = useCallback(
    (field: string) => `inspector:${latest.current}:${field}:${++sessionCounter}`,
    [],
  );
  const end = useCallback(() => port.sealHistory?.(), [port]);

  const { mode } = useWorkflowSettings();
  const diagnostics = useModeDiagnostics(port, view, mode);
  const diagnosticsAt = useCallback(
    (field: string, nested = false) =>
      diagnostics.filter(
        (d) =>
          d.path === path &&
          d.field !== undefined &&
          (d.field === field || (nested && d.field.startsWith(field + '/'))),
      ),
    [diagnostics, path],
  );

  return useMemo(
    () => ({ port, view, path, readOnly, run, set, unset, begin, end, diagnosticsAt }),
    [port, view, path, readOnly, run, set, unset, begin, end, diagnosticsAt],
  );
}

/**
 * The diagnostics to show at fields. A port that validates by workflow mode (`setMode`) already
 * has them; otherwise the inspector validates the current text for the configured mode itself,
 * so fields still show the validator's messages.
 */
export function useModeDiagnostics(
  port: InspectorPort,
  view: StudioView,
  mode: 'Standard' | 'Express',
): readonly Diagnostic[] {
  const own = !port.setMode;
  return useMemo(() => {
    if (!own || !view.ok) return view.diagnostics;
    try {
      return validate(parseSource(view.source), { mode });
    } catch {
      return view.diagnostics;
    }
  }, [own, view.ok, view.source, view.diagnostics, mode]);
}
