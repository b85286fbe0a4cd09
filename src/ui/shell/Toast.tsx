import { useEffect } from 'react';

export interface ToastMessage {
  text: string;
  kind: 'info' | 'error';
  id: number;
}

/** A short message at the bottom (copy link done, a link that could not be opened). */
export function Toast({ message, onDone }: { message: ToastMessage | null; onDone: () => void }) {
  useEffect(() => {
    if (!message) return;
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
      {message.text}
    </div>
  );
}
