import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface Props {
  /** 'x' resizes widths (a vertical bar), 'y' heights (a horizontal bar). */
  axis: 'x' | 'y';
  value: number;
  min: number;
  max: number;
  /** +1 when moving right/down grows the pane, -1 when it shrinks it. */
  direction: 1 | -1;
  label: string;
  onChange: (value: number) => void;
}

/** A draggable, keyboard-operable splitter (role=separator) between two panes. */
export function ResizeHandle({ axis, value, min, max, direction, label, onChange }: Props) {
  const start = useRef<{ pos: number; value: number } | null>(null);
  const clamp = (v: number) => Math.round(Math.max(min, Math.min(max, v)));
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { pos: axis === 'x' ? e.clientX : e.clientY, value };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!start.current) return;
    const delta = (axis === 'x' ? e.clientX : e.clientY) - start.current.pos;
    onChange(clamp(start.current.value + direction * delta));
  };
  const onPointerUp = () => {
    start.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const grow = axis === 'x' ? ['ArrowRight'] : ['ArrowDown'];
    const shrink = axis === 'x' ? ['ArrowLeft'] : ['ArrowUp'];
    if (grow.includes(e.key)) onChange(clamp(value + direction * 16));
    else if (shrink.includes(e.key)) onChange(clamp(value - direction * 16));
    else return;
    e.preventDefault();
  };
  return (
    <div
      className={`resize-handle resize-handle--${axis}`}
      role="separator"
      aria-orientation={axis === 'x' ? 'vertical' : 'horizontal'}
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  );
}
