import type { LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';

interface WsButtonProps {
  /** The `data-testid` (a public contract: docs/testing.md). */
  testId?: string;
  onClick: () => void;
  /** The visible label; with `icon`, the accessible name stays the label alone. */
  children: ReactNode;
  /** A lucide icon drawn before the label, hidden from assistive technology. */
  icon?: LucideIcon;
  variant?: 'primary' | 'danger';
  /** The compact size of the workspace bar and the table rows (default); false in dialogs. */
  small?: boolean;
  disabled?: boolean;
  /** For a button that opens a menu: `aria-expanded`. */
  expanded?: boolean;
}

/**
 * A workspace button (`ws-btn`): the one place that spells its classes, icon size and
 * `type="button"`, so that the rows, the bar and the dialogs cannot drift apart.
 */
export function WsButton({
  testId,
  onClick,
  children,
  icon: Icon,
  variant,
  small = true,
  disabled,
  expanded,
}: WsButtonProps) {
  const className = `ws-btn${small ? ' ws-btn--small' : ''}${variant ? ` ws-btn--${variant}` : ''}`;
  return (
    <button
      type="button"
      className={className}
      onClick={onClick}
      disabled={disabled}
      aria-expanded={expanded}
      data-testid={testId}
    >
      {Icon ? (
        <>
          <Icon size={14} aria-hidden="true" /> {children}
        </>
      ) : (
        children
      )}
    </button>
  );
}
