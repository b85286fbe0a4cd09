import { Plus } from 'lucide-react';

/**
 * The one drop zone of an empty workflow, over the whole canvas: "Drop a state here to start",
 * highlighted while a palette item is dragged over the canvas, with a button that adds a Pass
 * state for those who do not drag (the palette search, "/", inserts any type).
 */
export function EmptyDropZone(props: { active: boolean; disabled: boolean; onAdd: () => void }) {
  return (
    <div className="canvas__empty">
      <div
        className={`canvas__empty-card${props.active ? ' canvas__empty-card--active' : ''}`}
        data-testid="canvas.emptyDrop"
      >
        <strong>Drop a state here to start</strong>
        <span>
          Drag a state from the palette, press <kbd>/</kbd> to search it, or paste YAML into the
          editor.
        </span>
        <button
          type="button"
          className="canvas__empty-add"
          onClick={props.onAdd}
          disabled={props.disabled}
        >
          <Plus size={14} aria-hidden="true" /> Add a Pass state
        </button>
        {props.active && (
          <span className="canvas__empty-line" data-testid="canvas.dropline">
            Add the first state
          </span>
        )}
      </div>
    </div>
  );
}
