import { Search } from 'lucide-react';
import { useMemo, useRef, useEffect, type DragEvent, type KeyboardEvent } from 'react';
import { usePersistentState } from '../shell/usePersistentState';
import { TypeIcon } from '../shell/TypeIcon';
import { searchPalette, type PaletteEntry, type PaletteTab } from './paletteCatalog';
import { PALETTE_MIME } from './paletteDrag';

const TABS: PaletteTab[] = ['Actions', 'Flow', 'Patterns'];

interface Props {
  /** Inserts an entry after the selected state (or at the end): click, Enter. */
  onInsert: (entry: PaletteEntry) => void;
  /** Bumped by the "insert after selection" shortcut to focus the search box. */
  focusSearchSignal: number;
}

/** The palette: tabs Actions / Flow / Patterns, a search box, draggable rows. */
export function Palette({ onInsert, focusSearchSignal }: Props) {
  const [tab, setTab] = usePersistentState<PaletteTab>('palette.tab', 'Flow');
  const [query, setQuery] = usePersistentState<string>('palette.query', '');
  const search = useRef<HTMLInputElement>(null);
  const entries = useMemo(() => searchPalette(query ? null : tab, query), [tab, query]);

  useEffect(() => {
    if (focusSearchSignal > 0) search.current?.focus();
  }, [focusSearchSignal]);

  const onDragStart = (e: DragEvent<HTMLLIElement>, entry: PaletteEntry) => {
    // No text/plain: the YAML editor would take the drop as text and insert the label there.
    e.dataTransfer.setData(PALETTE_MIME, entry.id);
    e.dataTransfer.effectAllowed = 'copy';
  };
  const onSearchKey = (e: KeyboardEvent<HTMLInputElement>) => {
    const first = entries[0];
    if (e.key === 'Enter' && first) {
      e.preventDefault();
      onInsert(first);
    } else if (e.key === 'Escape') {
      setQuery('');
    }
  };

  return (
    <div className="palette">
      <div className="palette__search">
        <Search size={14} aria-hidden="true" />
        <input
          ref={search}
          type="search"
          placeholder="Search states and actions"
          aria-label="Search the palette (Enter inserts the first match after the selection)"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
        />
      </div>
      <div className="palette__tabs" role="tablist" aria-label="Palette">
        {TABS.map((t) => (
          <button
            key={t}
            role="tab"
            type="button"
            aria-selected={!query && tab === t}
            className="palette__tab"
            onClick={() => {
              setTab(t);
              setQuery('');
            }}
          >
            {t}
          </button>
        ))}
      </div>
      <ul className="palette__list" aria-label={query ? 'Search results' : `${tab} palette`}>
        {entries.map((entry) => (
          <li
            key={entry.id}
            className="palette__item"
            data-testid={`palette.item.${entry.id}`}
            draggable
            onDragStart={(e) => onDragStart(e, entry)}
          >
            <button
              type="button"
              className="palette__button"
              title={`${entry.description}. Drag onto the canvas, or click to insert after the selection.`}
              onClick={() => onInsert(entry)}
            >
              <span
                className={`palette__icon palette__icon--${entry.insert.kind === 'state' ? entry.insert.type : 'pattern'}`}
              >
                <TypeIcon name={entry.icon} />
              </span>
              <span className="palette__text">
                <span className="palette__label">{entry.label}</span>
                <span className="palette__desc">{entry.description}</span>
              </span>
            </button>
          </li>
        ))}
        {entries.length === 0 && <li className="palette__empty">Nothing matches “{query}”.</li>}
      </ul>
    </div>
  );
}
