import { Lock, MousePointerClick, Settings2 } from 'lucide-react';
import type { KeyboardEvent } from 'react';
import { findState, stateRange, type StateEntry, type StatePath } from '../../core';
import { useStudioView } from '../editor-context/StudioContext';
import { TypeIcon } from '../shell/TypeIcon';
import { focusNode } from '../studio/useCanvasKeyboard';
import { ConfigureWorkflow } from './ConfigureWorkflow';
import { hasErrorHandling } from './scope';
import { BasicSection } from './sections/BasicSection';
import { InputSection } from './sections/InputSection';
import { OutputSection } from './sections/OutputSection';
import { TroubleshootingSection } from './sections/TroubleshootingSection';
import { useInspectorEdit } from './useInspectorEdit';
import './inspector.css';

/** Escape inside the inspector returns focus to the canvas (the selected node, or the pane). */
function backToCanvas(e: KeyboardEvent, path: StatePath | undefined) {
  if (e.key !== 'Escape' || e.defaultPrevented) return;
  e.preventDefault();
  if (path) focusNode(path);
  const active = document.activeElement;
  if (!active || active.closest('.inspector')) {
    document.querySelector<HTMLElement>('.react-flow__pane, .react-flow')?.focus();
  }
}

/**
 * The inspector (issue 5): the selected state's settings in the guide's four sections (Basic,
 * Input, Output, Troubleshooting), or Configure Workflow when nothing is selected. Every change
 * goes through the editor's commands; see docs/inspector.md.
 */
export function InspectorPanel() {
  const view = useStudioView();
  const paths = view.selection;
  if (paths.length === 0 || !view.model) {
    return (
      <div className="inspector" onKeyDown={(e) => backToCanvas(e, undefined)}>
        <div className="inspector__hint" data-testid="inspector.empty">
          <MousePointerClick size={16} aria-hidden="true" />
          <span>Select a state to see its settings.</span>
        </div>
        <ConfigureWorkflow />
      </div>
    );
  }
  if (paths.length > 1) {
    return (
      <div className="inspector inspector--empty">
        <p>{paths.length} states selected. Select one state to edit its settings.</p>
      </div>
    );
  }
  const path = paths[0] as string;
  const entry = findState(view.model, path);
  if (!entry) {
    return (
      <div className="inspector inspector--empty">
        <p>The selected state no longer exists.</p>
      </div>
    );
  }
  return <StateInspector key={path} path={path} entry={entry} />;
}

function StateInspector({ path, entry }: { path: StatePath; entry: StateEntry }) {
  const edit = useInspectorEdit(path);
  const view = edit.view;
  const sm = view.liveSourceMap;
  const range = sm ? stateRange(sm, path) : undefined;
  const lines = range ? lineSpan(view.source, range.start, range.end) : null;
  const s = entry.state;
  return (
    <div
      className="inspector"
      data-testid="inspector.panel"
      onKeyDown={(e) => backToCanvas(e, path)}
    >
      <div className="inspector__header">
        <span className={`inspector__icon palette__icon--${s.Type}`}>
          <TypeIcon name={s.Type} size={18} />
        </span>
        <div className="inspector__titles">
          <div className="inspector__name" data-testid="inspector.name">
            {s.Name}
          </div>
          <div className="inspector__type">
            {s.Type}
            {s.Type === 'Task' && typeof s.Action === 'string' ? ` · ${s.Action}` : ''}
            <span className="inspector__range" data-testid="inspector.range">
              {lines ? ` · lines ${lines[0]}–${lines[1]}` : ''}
            </span>
          </div>
        </div>
        <button
          type="button"
          className="icon-btn inspector__workflow-btn"
          title="Configure Workflow"
          aria-label="Configure Workflow"
          data-testid="inspector.workflow.open"
          onClick={() => edit.port.select([])}
        >
          <Settings2 size={16} aria-hidden="true" />
        </button>
      </div>
      {edit.readOnly && (
        <div className="inspector__readonly" role="status" data-testid="inspector.readonly">
          <Lock size={14} aria-hidden="true" />
          <span>{edit.readOnly}</span>
        </div>
      )}
      <fieldset className="inspector__form" disabled={edit.readOnly !== null}>
        <legend className="sr-only">Settings of {s.Name}</legend>
        <BasicSection edit={edit} entry={entry} />
        <InputSection edit={edit} state={s} />
        <OutputSection edit={edit} state={s} />
        {hasErrorHandling(s) && <TroubleshootingSection edit={edit} entry={entry} />}
      </fieldset>
    </div>
  );
}

function lineSpan(text: string, start: number, end: number): [number, number] {
  let line = 1;
  let first = 1;
  for (let i = 0; i < end && i < text.length; i++) {
    if (i === start) first = line;
    if (text.charCodeAt(i) === 10) line++;
  }
  return [first, line];
}
