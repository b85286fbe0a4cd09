import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  wide?: boolean;
}

/** A modal dialog on the native <dialog> (focus trap, Escape, backdrop from the browser). */
export function Modal({ title, onClose, children, testId, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`ws-modal${wide ? ' ws-modal--wide' : ''}`}
      aria-label={title}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 className="ws-modal__title">{title}</h2>
      {children}
    </dialog>
  );
}
