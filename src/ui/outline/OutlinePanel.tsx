import { walkStates, type StateMachine } from '../../core';
import { TypeIcon } from '../shell/TypeIcon';

interface Props {
  model: StateMachine | null;
  selection: readonly string[];
  onSelect: (path: string) => void;
}

/**
 * Every state as a tree (indentation by depth), in document order: the fastest way around a
 * large workflow. A listbox: arrow keys move, Enter selects.
 */
export function OutlinePanel({ model, selection, onSelect }: Props) {
  const entries = model ? walkStates(model) : [];
  const selected = new Set(selection);
  if (entries.length === 0) return <div className="outline__empty">No states yet.</div>;
  return (
    <ul className="outline" role="tree" aria-label="Outline of states">
      {entries.map((e) => (
        <li key={e.path} role="none">
          <button
            type="button"
            role="treeitem"
            aria-level={e.depth + 1}
            aria-selected={selected.has(e.path)}
            className={`outline__item${selected.has(e.path) ? ' outline__item--selected' : ''}`}
            style={{ paddingLeft: 10 + e.depth * 14 }}
            onClick={() => onSelect(e.path)}
            data-testid={`outline.item.${e.path}`}
          >
            <span className={`outline__icon palette__icon--${e.state.Type}`}>
              <TypeIcon name={e.state.Type} size={13} />
            </span>
            <span className="outline__name">{e.state.Name}</span>
            <span className="outline__type">{e.state.Type}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
