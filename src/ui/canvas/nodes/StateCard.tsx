import {
  AlertTriangle,
  ChevronDown,
  ChevronRight,
  CircleAlert,
  RotateCw,
  ShieldAlert,
} from 'lucide-react';
import { iconKeyForAction, TypeIcon } from '../../shell/TypeIcon';
import type { NodeProblems } from '../flowTypes';
import type { StateFlowNode } from '../../../core';
import { RunMarks, useRunOverlay } from '../../simulator';

interface Props {
  node: StateFlowNode;
  problems: NodeProblems;
  selected: boolean;
  onToggleCollapse?: (path: string) => void;
}

/** The visible card of a state: colour strip, icon, name, subtitle, badges. */
export function StateCard({ node, problems, selected, onToggleCollapse }: Props) {
  const icon = node.kind === 'Task' ? iconKeyForAction(node.subtitle) : node.kind;
  const { flags } = node;
  // Only while a run is shown (the simulator's run view): its status colours the card.
  const run = useRunOverlay();
  const runStatus = run ? (run.statuses.get(node.path) ?? 'notRun') : undefined;
  return (
    <div
      className={`state-card state-card--${node.kind}${selected ? ' state-card--selected' : ''}${
        problems.errors ? ' state-card--error' : ''
      }`}
      title={problems.first ? `${node.label}: ${problems.first}` : node.label}
      data-run-status={runStatus}
    >
      {run && <RunMarks path={node.path} overlay={run} />}
      <span className="state-card__icon">
        <TypeIcon name={icon} size={16} />
      </span>
      <span className="state-card__text">
        <span className="state-card__name">{node.label}</span>
        <span className="state-card__subtitle">{node.subtitle ?? node.kind}</span>
      </span>
      <span className="state-card__badges">
        {flags.hasRetry && (
          <span className="badge badge--retry" title={`${flags.retryCount} retry rule(s)`}>
            <RotateCw size={11} aria-hidden="true" />
            {flags.retryCount}
          </span>
        )}
        {flags.hasCatch && (
          <span className="badge badge--catch" title={`${flags.catchCount} catch rule(s)`}>
            <ShieldAlert size={11} aria-hidden="true" />
            {flags.catchCount}
          </span>
        )}
        {problems.warnings > 0 && (
          <span className="badge badge--warning" title={`${problems.warnings} warning(s)`}>
            <AlertTriangle size={11} aria-hidden="true" />
            {problems.warnings}
          </span>
        )}
        {problems.errors > 0 && (
          <span className="badge badge--error" title={`${problems.errors} error(s)`}>
            <CircleAlert size={11} aria-hidden="true" />
            {problems.errors}
          </span>
        )}
      </span>
      {node.container && onToggleCollapse && (
        <button
          type="button"
          className="state-card__collapse nodrag"
          aria-label={node.collapsed ? `Expand ${node.label}` : `Collapse ${node.label}`}
          aria-expanded={!node.collapsed}
          onClick={(e) => {
            e.stopPropagation();
            onToggleCollapse(node.path);
          }}
        >
          {node.collapsed ? <ChevronRight size={14} /> : <ChevronDown size={14} />}
        </button>
      )}
    </div>
  );
}
