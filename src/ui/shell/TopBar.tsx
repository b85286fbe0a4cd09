import { ArrowDown, ArrowRight, Monitor, Moon, Sun, Workflow } from 'lucide-react';
import type { ReactNode } from 'react';
import type { LayoutDirection } from '../../core';
import { kbdLabel, type StudioAction } from '../actions/actionTypes';
import type { ThemeChoice } from './useTheme';

export type ViewMode = 'design' | 'yaml' | 'split';

interface Props {
  name: string;
  mode: string;
  actions: ReadonlyMap<string, StudioAction>;
  view: ViewMode;
  onView: (v: ViewMode) => void;
  direction: LayoutDirection;
  onDirection: (d: LayoutDirection) => void;
  theme: ThemeChoice;
  onTheme: (t: ThemeChoice) => void;
  /** Buttons of other features (Execute, …), before Copy link. */
  extra?: ReactNode;
}

/** A toolbar button driven by an action of the registry (label, shortcut, enabled rule). */
function ActionButton({
  action,
  testId,
  showLabel,
}: {
  action: StudioAction | undefined;
  testId?: string;
  showLabel?: boolean;
}) {
  if (!action) return null;
  const enabled = action.enabled();
  const Icon = action.icon;
  const shortcut = action.kbd?.[0];
  const title =
    enabled === true
      ? `${action.label}${shortcut ? ` (${kbdLabel(shortcut)})` : ''}`
      : `${action.label}: ${enabled}`;
  return (
    <button
      type="button"
      className={`icon-btn${showLabel ? ' icon-btn--label' : ''}`}
      title={title}
      aria-label={showLabel ? undefined : action.label}
      disabled={enabled !== true}
      data-testid={testId}
      onClick={action.run}
    >
      {Icon && <Icon size={16} aria-hidden="true" />}
      {showLabel && <span>{action.label}</span>}
    </button>
  );
}

const THEMES: { id: ThemeChoice; label: string; icon: typeof Sun }[] = [
  { id: 'light', label: 'Light theme', icon: Sun },
  { id: 'dark', label: 'Dark theme', icon: Moon },
  { id: 'system', label: 'Follow the system theme', icon: Monitor },
];

/** The 44 px top bar (ui.md): name, mode, history, view switch, layout, zoom, share, theme. */
export function TopBar({
  name,
  mode,
  actions,
  view,
  onView,
  direction,
  onDirection,
  theme,
  onTheme,
  extra,
}: Props) {
  const nextTheme =
    THEMES[(THEMES.findIndex((t) => t.id === theme) + 1) % THEMES.length] ?? THEMES[0];
  const current = THEMES.find((t) => t.id === theme) ?? THEMES[2];
  const ThemeIcon = current?.icon ?? Monitor;
  return (
    <header className="topbar">
      <span className="topbar__brand" role="img" aria-label="FDL Studio">
        <Workflow size={18} aria-hidden="true" />
      </span>
      <span className="topbar__name" title={name} data-testid="toolbar.name">
        {name}
      </span>
      <span className="topbar__badge" title="Execution mode">
        {mode}
      </span>
      <span className="topbar__sep" />
      <ActionButton action={actions.get('history.undo')} testId="toolbar.undo" />
      <ActionButton action={actions.get('history.redo')} testId="toolbar.redo" />
      <span className="topbar__sep" />
      <div className="segmented" role="group" aria-label="View">
        {(['design', 'split', 'yaml'] as const).map((v) => (
          <button
            key={v}
            type="button"
            aria-pressed={view === v}
            onClick={() => onView(v)}
            data-testid={`toolbar.view.${v}`}
          >
            {v === 'design' ? 'Design' : v === 'yaml' ? 'YAML' : 'Split'}
          </button>
        ))}
      </div>
      <div className="segmented" role="group" aria-label="Layout direction">
        <button
          type="button"
          aria-pressed={direction === 'DOWN'}
          title="Top to bottom"
          aria-label="Layout top to bottom"
          onClick={() => onDirection('DOWN')}
        >
          <ArrowDown size={14} aria-hidden="true" />
        </button>
        <button
          type="button"
          aria-pressed={direction === 'RIGHT'}
          title="Left to right"
          aria-label="Layout left to right"
          onClick={() => onDirection('RIGHT')}
        >
          <ArrowRight size={14} aria-hidden="true" />
        </button>
      </div>
      <span className="topbar__sep" />
      <ActionButton action={actions.get('view.zoomOut')} />
      <ActionButton action={actions.get('view.zoomIn')} />
      <ActionButton action={actions.get('view.fit')} />
      <ActionButton action={actions.get('view.centreSelection')} />
      <span className="topbar__spacer" />
      {extra}
      <ActionButton action={actions.get('share.copyLink')} testId="toolbar.copyLink" showLabel />
      <button
        type="button"
        className="icon-btn"
        title={`${current?.label ?? ''} (click: ${nextTheme?.label ?? ''})`}
        aria-label={`Theme: ${current?.label ?? ''}. Switch to ${nextTheme?.label ?? ''}`}
        onClick={() => nextTheme && onTheme(nextTheme.id)}
        data-testid="toolbar.theme"
      >
        <ThemeIcon size={16} aria-hidden="true" />
      </button>
    </header>
  );
}
