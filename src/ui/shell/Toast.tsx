import { X } from 'lucide-react';
import { useEffect } from 'react';

export interface ToastMessage {
  text: string;
  kind: 'info' | 'error';
  id: number;
  /** Stays until dismissed (e.g. a share link that could not be opened). */
  sticky?: boolean;
}

/** A short message at the bottom (copy link done, a refused edit, a damaged link). */
export function Toast({ message, onDone }: { message: ToastMessage | null; onDone: () => void }) {
  useEffect(() => {
    if (!message || message.sticky) return;
    const t = setTimeout(onDone, message.kind === 'error' ? 8000 : 2500);
    return () => clearTimeout(t);
  }, [message, onDone]);
  if (!message) return null;
  return (
    <div
      className={`toast toast--${message.kind}`}
      role={message.kind === 'error' ? 'alert' : 'status'}
      data-testid={`toast.${message.kind}`}
    >
      <span>{message.text}</span>
      <button type="button" className="toast__close" aria-label="Dismiss" onClick={onDone}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
