import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StateMachine } from '../../core';
import { TypeIcon } from '../shell/TypeIcon';
import { createRowsSelector, type OutlineRow } from './outlineRows';

interface Props {
  model: StateMachine | null;
  selection: readonly string[];
  onSelect: (path: string) => void;
}

/**
 * Every state as a tree (indentation by depth), in document order: the fastest way around a
 * large workflow. A listbox: arrow keys move, Enter selects. Its list re-renders only when a
 * state's name, type or place or the selection changes (a value edit leaves it alone), and
 * then only the rows that changed.
 */
export function OutlinePanel({ model, selection, onSelect }: Props) {
  const [select] = useState(createRowsSelector);
  const rows = useMemo(() => select(model), [select, model]);
  // The selection as one string: a new array holding the same paths changes nothing.
  const selected = selection.join('\n');
  // The parent may pass a new callback on every render: rows call the latest one.
  const latest = useRef(onSelect);
  useEffect(() => {
    latest.current = onSelect;
  }, [onSelect]);
  const pick = useCallback((path: string) => latest.current(path), []);
  if (rows.length === 0) return <div className="outline__empty">No states yet.</div>;
  return <OutlineTree rows={rows} selected={selected} onPick={pick} />;
}

const OutlineTree = memo(function OutlineTree(props: {
  rows: readonly OutlineRow[];
  selected: string;
  onPick: (path: string) => void;
}) {
  const selected = useMemo(() => new Set(props.selected.split('\n')), [props.selected]);
  return (
    <ul className="outline" role="tree" aria-label="Outline of states">
      {props.rows.map((row) => (
        <OutlineItem
          key={row.path}
          row={row}
          selected={selected.has(row.path)}
          onPick={props.onPick}
        />
      ))}
    </ul>
  );
});

const OutlineItem = memo(function OutlineItem({
  row,
  selected,
  onPick,
}: {
  row: OutlineRow;
  selected: boolean;
  onPick: (path: string) => void;
}) {
  return (
    <li role="none">
      <button
        type="button"
        role="treeitem"
        aria-level={row.depth + 1}
        aria-selected={selected}
        className={`outline__item${selected ? ' outline__item--selected' : ''}`}
        style={{ paddingLeft: 10 + row.depth * 14 }}
        onClick={() => onPick(row.path)}
        data-testid={`outline.item.${row.path}`}
      >
        <span className={`outline__icon palette__icon--${row.type}`}>
          <TypeIcon name={row.type} size={13} />
        </span>
        <span className="outline__name">{row.name}</span>
        <span className="outline__type">{row.type}</span>
      </button>
    </li>
  );
});
