import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import type { StateMachine } from '../../core';
import { TypeIcon } from '../shell/TypeIcon';
import { nextActive } from './outlineKeys';
import { createRowsSelector, type OutlineRow } from './outlineRows';
import { treePositions } from './treePositions';
import { useVirtualRows } from './useVirtualRows';
import { revealScrollTop, rowsPerPage } from './visibleRange';

interface Props {
  model: StateMachine | null;
  selection: readonly string[];
  onSelect: (path: string) => void;
}

/** Every row is this tall (`.outline__item`): the virtual list places rows by it. */
const ROW_HEIGHT = 26;
/** The list's top padding (`.outline`), in px: where the first row starts. */
const PAD = 4;

/**
 * Every state as a tree (indentation by depth), in document order: the fastest way around a
 * large workflow. Only the rows in view are rendered, so 5,000 states cost the page a few dozen
 * rows. One tab stop: the tree holds focus and points at its active row
 * (`aria-activedescendant`), since a virtualised row that scrolls out cannot keep focus.
 * Arrows, Home/End and PageUp/PageDown move the active row; Enter or Space selects it. The list
 * re-renders only when a state's name, type or place or the selection changes (a value edit
 * leaves it alone), and then only the rows that changed.
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
  const { rows, onPick } = props;
  const selected = useMemo(() => props.selected.split('\n'), [props.selected]);
  const selectedSet = useMemo(() => new Set(selected), [selected]);
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.path, i])), [rows]);
  const positions = useMemo(() => treePositions(rows.map((row) => row.depth)), [rows]);
  const firstSelected = useMemo(() => {
    for (const path of selected) {
      const i = indexOf.get(path);
      if (i !== undefined) return i;
    }
    return -1;
  }, [selected, indexOf]);

  // The active row is kept by path, so inserting or deleting states above it keeps it.
  const [activePath, setActivePath] = useState<string | null>(
    () => rows[firstSelected]?.path ?? null,
  );
  // A selection made elsewhere (the canvas, the editor) moves the active row to it; adjusted
  // during render, so the rows render once with both changes.
  const [followed, setFollowed] = useState(props.selected);
  if (followed !== props.selected) {
    setFollowed(props.selected);
    const path = rows[firstSelected]?.path;
    if (path !== undefined) setActivePath(path);
  }
  const active = activePath === null ? -1 : (indexOf.get(activePath) ?? -1);

  const { ref, range, viewport, scrollTo } = useVirtualRows<HTMLUListElement>(
    rows.length,
    ROW_HEIGHT,
    PAD,
  );

  // When the selection changes, its first row scrolls into view if it is out of view (without
  // taking focus). Keyed on the selection only: an edit elsewhere must not pull the list back.
  const firstSelectedRef = useRef(firstSelected);
  useLayoutEffect(() => {
    firstSelectedRef.current = firstSelected;
  }, [firstSelected]);
  useLayoutEffect(() => {
    const top = revealScrollTop(viewport(), firstSelectedRef.current, 'center');
    if (top !== null) scrollTo(top);
  }, [props.selected, viewport, scrollTo]);

  const moveTo = (index: number) => {
    const row = rows[index];
    if (!row) return;
    setActivePath(row.path);
    const top = revealScrollTop(viewport(), index);
    if (top !== null) scrollTo(top);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      const row = rows[active];
      if (!row) return;
      e.preventDefault();
      onPick(row.path);
      return;
    }
    const next = nextActive(
      e.key,
      active,
      rows.length,
      rowsPerPage(viewport()),
      Math.max(0, firstSelected),
    );
    if (next === null) return;
    e.preventDefault();
    moveTo(next);
  };

  // Focus arriving with no active row (Tab into the tree) activates the selected row if it is in
  // view, else the first row in view. It never scrolls: focus also comes from a click on a row,
  // and moving the list under the pointer between press and release would lose the click.
  const onFocus = () => {
    if (active >= 0) return;
    const v = viewport();
    const inView = firstSelected >= 0 && revealScrollTop(v, firstSelected) === null;
    const first = Math.ceil((v.scrollTop - PAD) / ROW_HEIGHT);
    const row = rows[inView ? firstSelected : Math.min(rows.length - 1, Math.max(0, first))];
    if (row) setActivePath(row.path);
  };

  const clickRow = useCallback(
    (path: string) => {
      setActivePath(path);
      onPick(path);
    },
    [onPick],
  );

  const baseId = useId();
  const rowId = (index: number) => `${baseId}row${index}`;
  const activeShown = active >= range.start && active < range.end;
  return (
    <ul
      ref={ref}
      className="outline"
      role="tree"
      aria-label="Outline of states"
      tabIndex={0}
      aria-activedescendant={activeShown ? rowId(active) : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <Spacer rows={range.start} />
      {rows.slice(range.start, range.end).map((row, k) => {
        const i = range.start + k;
        return (
          <OutlineItem
            key={row.path}
            id={rowId(i)}
            row={row}
            setSize={positions.setSize[i] ?? 1}
            posInSet={positions.posInSet[i] ?? 1}
            selected={selectedSet.has(row.path)}
            active={i === active}
            onPick={clickRow}
          />
        );
      })}
      <Spacer rows={rows.length - range.end} />
    </ul>
  );
});

/**
 * Stands in for rows out of view, so the scroll height stays that of every row. A child, not
 * padding of the list: the list is a flex item, and padding would stretch it, not its content.
 */
function Spacer({ rows }: { rows: number }) {
  if (rows <= 0) return null;
  return (
    <li
      role="none"
      aria-hidden="true"
      className="outline__spacer"
      style={{ height: rows * ROW_HEIGHT }}
    />
  );
}

const OutlineItem = memo(function OutlineItem({
  id,
  row,
  setSize,
  posInSet,
  selected,
  active,
  onPick,
}: {
  id: string;
  row: OutlineRow;
  setSize: number;
  posInSet: number;
  selected: boolean;
  active: boolean;
  onPick: (path: string) => void;
}) {
  const className = `outline__item${selected ? ' outline__item--selected' : ''}${
    active ? ' outline__item--active' : ''
  }`;
  return (
    <li
      id={id}
      role="treeitem"
      aria-level={row.depth + 1}
      aria-setsize={setSize}
      aria-posinset={posInSet}
      aria-selected={selected}
      className={className}
      style={{ paddingLeft: 10 + row.depth * 14 }}
      onClick={() => onPick(row.path)}
      data-testid={`outline.item.${row.path}`}
    >
      <span className={`outline__icon palette__icon--${row.type}`}>
        <TypeIcon name={row.type} size={13} />
      </span>
      <span className="outline__name">{row.name}</span>
      <span className="outline__type">{row.type}</span>
    </li>
  );
});
