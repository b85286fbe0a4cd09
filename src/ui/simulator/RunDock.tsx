import { Play } from 'lucide-react';
import { createPortal } from 'react-dom';
import type { StateMachine } from '../../core';
import { useWorkflowSettings } from '../inspector/workflowSettings';
import { ExecuteDialog } from './ExecuteDialog';
import { RunPanel } from './RunPanel';
import { runActions, useRunView } from './runStore';

/** The workflow's name for the run view: the saved name, else the YAML Name. */
function useWorkflowName(model: StateMachine | null): string {
  const settings = useWorkflowSettings();
  const yamlName = typeof model?.Name === 'string' ? model.Name : '';
  return settings.name || yamlName || 'Untitled workflow';
}

/** The top bar's Execute button (disabled while there is no chart to run). */
export function ExecuteButton({ model }: { model: StateMachine | null }) {
  return (
    <button
      type="button"
      className="icon-btn icon-btn--label"
      title={model ? 'Execute the workflow in the simulator' : 'Execute: the YAML has errors'}
      disabled={!model}
      data-testid="toolbar.execute"
      onClick={runActions.openDialog}
    >
      <Play size={16} aria-hidden="true" />
      <span>Execute</span>
    </button>
  );
}

/** The Execute dialog (when open) and the run panel (while a run is shown). */
export function RunDock({
  model,
  selected,
}: {
  model: StateMachine | null;
  selected: string | null;
}) {
  const view = useRunView();
  const workflow = useWorkflowName(model);
  return (
    <>
      <RunPanel model={model} selected={selected} />
      {/* In body: above every pane of the shell, whatever stacking contexts they create. */}
      {view.dialogOpen &&
        createPortal(
          <ExecuteDialog key={workflow} workflow={workflow} model={model} />,
          document.body,
        )}
    </>
  );
}
