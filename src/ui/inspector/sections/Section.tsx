import { ChevronDown, ChevronRight } from 'lucide-react';
import { useState, type ReactNode } from 'react';

interface Props {
  id: 'basic' | 'input' | 'output' | 'troubleshooting' | 'workflow';
  title: string;
  children: ReactNode;
  /** Shown at the right of the header (a count). */
  badge?: ReactNode;
}

/** One of the guide's sections: a sticky, collapsible header and its fields. */
export function Section({ id, title, children, badge }: Props) {
  const [open, setOpen] = useState(true);
  const bodyId = `inspector-section-${id}`;
  return (
    <section className="isection" data-testid={`inspector.section.${id}`} aria-label={title}>
      <h3 className="isection__header">
        <button
          type="button"
          className="isection__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? (
            <ChevronDown size={14} aria-hidden="true" />
          ) : (
            <ChevronRight size={14} aria-hidden="true" />
          )}
          <span>{title}</span>
          {badge}
        </button>
      </h3>
      {open && (
        <div className="isection__body" id={bodyId}>
          {children}
        </div>
      )}
    </section>
  );
}
