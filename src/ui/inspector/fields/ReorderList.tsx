import { GripVertical } from 'lucide-react';
import { useState, type ReactNode } from 'react';

interface Props {
  count: number;
  /** "rule", "branch": used in the handles' labels. */
  noun: string;
  render(index: number, handle: ReactNode): ReactNode;
  onMove(from: number, to: number): void;
  disabled?: boolean;
  testId?: string;
}

/**
 * A list reordered by dragging an item's grip, or from the keyboard: focus the grip and press
 * ↑/↓. Each move is one command (one undo entry).
 */
export function ReorderList({ count, noun, render, onMove, disabled, testId }: Props) {
  const [dragging, setDragging] = useState<number | null>(null);
  const [over, setOver] = useState<number | null>(null);
  const items = Array.from({ length: count }, (_, i) => i);
  return (
    <ol className="ireorder" data-testid={testId}>
      {items.map((i) => {
        const handle = (
          <button
            type="button"
            className="ireorder__grip"
            draggable={!disabled}
            disabled={disabled}
            aria-label={`Move ${noun} ${i + 1} of ${count} (arrow keys)`}
            title="Drag to reorder, or use ↑/↓"
            onDragStart={(e) => {
              setDragging(i);
              e.dataTransfer.effectAllowed = 'move';
              e.dataTransfer.setData('text/plain', String(i));
            }}
            onDragEnd={() => {
              setDragging(null);
              setOver(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'ArrowUp' && i > 0) {
                e.preventDefault();
                onMove(i, i - 1);
              } else if (e.key === 'ArrowDown' && i < count - 1) {
                e.preventDefault();
                onMove(i, i + 1);
              }
            }}
          >
            <GripVertical size={14} aria-hidden="true" />
          </button>
        );
        return (
          <li
            key={i}
            className={`ireorder__item${over === i && dragging !== null && dragging !== i ? ' ireorder__item--over' : ''}${dragging === i ? ' ireorder__item--dragging' : ''}`}
            onDragOver={(e) => {
              if (dragging === null) return;
              e.preventDefault();
              setOver(i);
            }}
            onDrop={(e) => {
              e.preventDefault();
              if (dragging !== null && dragging !== i) onMove(dragging, i);
              setDragging(null);
              setOver(null);
            }}
          >
            {render(i, handle)}
          </li>
        );
      })}
    </ol>
  );
}
