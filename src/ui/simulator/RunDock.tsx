import { useReactFlow } from '@xyflow/react';
import { Play } from 'lucide-react';
import { useEffect, useRef } from 'react';
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
  const flow = useReactFlow();
  const wasOpen = useRef(false);
  useEffect(() => {
    // The run panel takes the bottom of the window: fit the chart into what is left, once the
    // shell has laid out, so the whole path taken is in view (and drawn: off-screen nodes are not).
    if (view.panelOpen && !wasOpen.current) {
      requestAnimationFrame(() =>
        requestAnimationFrame(
          () => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 150 }),
        ),
      );
    }
    wasOpen.current = view.panelOpen;
  }, [view.panelOpen, flow]);
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
