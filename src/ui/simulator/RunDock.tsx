import { useReactFlow } from '@xyflow/react';
import { Play } from 'lucide-react';
import { lazy, Suspense, useEffect } from 'react';
import { createPortal } from 'react-dom';
import type { StateMachine } from '../../core';
import { useWorkflowSettings } from '../inspector/workflowSettings';
import { runActions, useRunView } from './runStore';
// The dock row and the run marks on the canvas are styled from here even before a run.
import './simulator.css';

// The dialog and the run panel are not needed for the first canvas: loaded when first opened
// (the dialog asks for the panel's code too, so a run's panel does not wait for it).
const loadDialog = () => import('./ExecuteDialog');
const loadPanel = () => import('./RunPanel');
const ExecuteDialog = lazy(() => loadDialog().then((m) => ({ default: m.ExecuteDialog })));
const RunPanel = lazy(() => loadPanel().then((m) => ({ default: m.RunPanel })));
/** Fetches the dialog's code as the pointer comes near the button (hides its load). */
const prefetchDialog = () => void loadDialog().catch(() => undefined);

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
      onPointerEnter={prefetchDialog}
    >
      <Play size={16} aria-hidden="true" />
      <span>Execute</span>
    </button>
  );
}

/**
 * The run panel takes the bottom of the window: once it is shown (its code loaded, the shell
 * laid out), fit the chart into what is left, so the whole path taken is in view (and drawn:
 * off-screen nodes are not). Mounted with the panel, inside its Suspense boundary, so it runs
 * when the panel appears, not when the panel's code is still loading.
 */
function FitWhenShown() {
  const flow = useReactFlow();
  useEffect(() => {
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(
        () => void flow.fitView({ padding: 0.15, maxZoom: 1, duration: 150 }),
      );
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [flow]);
  return null;
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
  useEffect(() => {
    // A run panel follows the dialog: fetch its code while the user fills the dialog in.
    if (view.dialogOpen) void loadPanel().catch(() => undefined);
  }, [view.dialogOpen]);
  return (
    <>
      <Suspense fallback={null}>
        {view.panelOpen && (
          <>
            <RunPanel model={model} selected={selected} />
            <FitWhenShown />
          </>
        )}
      </Suspense>
      {/* In body: above every pane of the shell, whatever stacking contexts they create. */}
      {view.dialogOpen &&
        createPortal(
          <Suspense fallback={null}>
            <ExecuteDialog key={workflow} workflow={workflow} model={model} />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
