import { MousePointerClick } from 'lucide-react';
import { findState, stateRange } from '../../core';
import { useStudioView } from '../editor-context/StudioContext';
import { TypeIcon } from '../shell/TypeIcon';
import './inspector.css';

/**
 * Interim inspector (issue 4): the selected state's name, type and YAML range. Reads the store
 * from context; the inspector issue replaces this folder with the full form.
 */
export function InspectorPanel() {
  const view = useStudioView();
  const paths = view.selection;
  if (paths.length === 0 || !view.model) {
    return (
      <div className="inspector inspector--empty" data-testid="inspector.empty">
        <MousePointerClick size={28} aria-hidden="true" />
        <p>Select a state on the canvas, in the outline or in the YAML to see its settings.</p>
      </div>
    );
  }
  if (paths.length > 1) {
    return (
      <div className="inspector inspector--empty">
        <p>{paths.length} states selected.</p>
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
  const sm = view.liveSourceMap ?? view.sourceMap;
  const range = sm ? stateRange(sm, path) : undefined;
  const lines = range && view.ok ? lineSpan(view.source, range.start, range.end) : null;
  return (
    <div className="inspector" data-testid="inspector.panel">
      <div className="inspector__header">
        <span className={`inspector__icon palette__icon--${entry.state.Type}`}>
          <TypeIcon name={entry.state.Type} size={18} />
        </span>
        <div>
          <div className="inspector__name" data-testid="inspector.name">
            {entry.state.Name}
          </div>
          <div className="inspector__type">{entry.state.Type}</div>
        </div>
      </div>
      <section className="inspector__section">
        <h3 className="inspector__section-title">Basic Settings</h3>
        <dl className="inspector__facts">
          <dt>Name</dt>
          <dd>{entry.state.Name}</dd>
          <dt>Type</dt>
          <dd>{entry.state.Type}</dd>
          <dt>Path</dt>
          <dd>{path}</dd>
          <dt>YAML</dt>
          <dd data-testid="inspector.range">
            {lines ? `lines ${lines[0]}–${lines[1]}` : 'not available while the YAML is invalid'}
          </dd>
        </dl>
      </section>
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
