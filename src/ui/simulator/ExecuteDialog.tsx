import { Play, X } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { isValidExecutionName, type StateMachine } from '../../core';
import { useWorkflowSettings } from '../inspector/workflowSettings';
import { lastInput, rememberInput } from './inputMemory';
import { JsonInputEditor } from './JsonInputEditor';
import { readJson } from './jsonErrorText';
import { MockTable } from './MockEditor';
import {
  mockRowsFor,
  mocksToRows,
  mocksToYaml,
  rowsToMocks,
  yamlToMocks,
  type MockTaskRow,
} from './mockTable';
import { runActions } from './runStore';

interface Props {
  workflow: string;
  model: StateMachine | null;
}

// Mocks typed for a workflow are kept for the page's next Execute of it.
const keptMocks = new Map<string, MockTaskRow[]>();

/** "Execute": execution name, input JSON, mocks per Task (table or YAML), then Start. */
export function ExecuteDialog({ workflow, model }: Props) {
  const settings = useWorkflowSettings();
  const [name, setName] = useState('');
  const [input, setInput] = useState(() => lastInput(workflow));
  const [rows, setRows] = useState(() => mockRowsFor(model, keptMocks.get(workflow)));
  const [mockView, setMockView] = useState<'table' | 'yaml'>('table');
  const [yamlText, setYamlText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [stepMode, setStepMode] = useState(false);
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Focus goes into the dialog, and back to where it was (the Execute button) on close.
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        runActions.closeDialog();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (before?.isConnected) before.focus();
    };
  }, []);

  // A modal: Tab and Shift+Tab cycle inside the dialog.
  const trapFocus = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      start();
      return;
    }
    if (e.key !== 'Tab' || !dialogRef.current) return;
    const items = [
      ...dialogRef.current.querySelectorAll<HTMLElement>(
        'button, input, select, textarea, [href], [tabindex]:not([tabindex="-1"])',
      ),
    ].filter((el) => !el.hasAttribute('disabled') && el.offsetParent !== null);
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const nameError =
    name === '' || isValidExecutionName(name)
      ? null
      : 'Use 1–128 letters, digits, _ or -, starting with a letter or _.';
  const inputCheck = readJson(input, 'The input');

  const switchMocks = (to: 'table' | 'yaml') => {
    if (to === mockView) return;
    if (to === 'yaml') {
      const r = rowsToMocks(rows);
      if (!r.ok) return setProblems(r.problems);
      setYamlText(mocksToYaml(r.mocks));
    } else {
      const r = yamlToMocks(yamlText);
      if (!r.ok) return setProblems(r.problems);
      setRows(mocksToRows(r.mocks, rows));
    }
    setProblems([]);
    setMockView(to);
  };

  const start = () => {
    if (!model || nameError) return;
    if (!inputCheck.ok) {
      const el = inputRef.current;
      el?.focus();
      el?.setSelectionRange(inputCheck.offset, inputCheck.offset + 1);
      return;
    }
    const mocks = mockView === 'table' ? rowsToMocks(rows) : yamlToMocks(yamlText);
    if (!mocks.ok) return setProblems(mocks.problems);
    setProblems([]);
    rememberInput(workflow, input);
    keptMocks.set(workflow, mockView === 'table' ? rows : mocksToRows(mocks.mocks, rows));
    runActions.start({
      workflow,
      model,
      input: inputCheck.value,
      mocks: mocks.mocks,
      mode: settings.mode,
      ...(name ? { executionName: name } : {}),
      roleArn: settings.roleArn,
      stepMode,
    });
  };

  return (
    <div
      className="sim-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && runActions.closeDialog()}
    >
      <div
        ref={dialogRef}
        className="sim-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="sim-dialog-title"
        data-testid="sim.dialog"
        onKeyDown={trapFocus}
      >
        <header className="sim-dialog__header">
          <h2 id="sim-dialog-title">Execute {workflow}</h2>
          <span className="sim-badge" title="Execution mode (Configure Workflow)">
            {settings.mode}
          </span>
          <button
            type="button"
            className="icon-btn"
            aria-label="Close"
            onClick={runActions.closeDialog}
          >
            <X size={16} aria-hidden="true" />
          </button>
        </header>
        <div className="sim-dialog__body">
          <label className="sim-field">
            <span>Execution name (optional)</span>
            <input
              data-testid="sim.name"
              value={name}
              placeholder="generated when empty"
              aria-invalid={nameError !== null}
              onChange={(e) => setName(e.target.value)}
            />
            {nameError && (
              <span className="sim-error" role="alert" data-testid="sim.name.error">
                {nameError}
              </span>
            )}
          </label>
          <JsonInputEditor
            ref={inputRef}
            value={input}
            onChange={setInput}
            what="The input"
            label="Input (JSON)"
            testId="sim.input"
          />
          <div className="sim-field">
            <div className="sim-row">
              <span>Mocks</span>
              <div className="segmented" role="group" aria-label="Edit mocks as">
                <button
                  type="button"
                  aria-pressed={mockView === 'table'}
                  onClick={() => switchMocks('table')}
                  data-testid="sim.mocks.asTable"
                >
                  Table
                </button>
                <button
                  type="button"
                  aria-pressed={mockView === 'yaml'}
                  onClick={() => switchMocks('yaml')}
                  data-testid="sim.mocks.asYaml"
                >
                  YAML
                </button>
              </div>
            </div>
            {mockView === 'table' ? (
              <MockTable rows={rows} onChange={setRows} />
            ) : (
              <textarea
                className="sim-mono"
                aria-label="Mocks (YAML)"
                data-testid="sim.mocks.yaml"
                rows={8}
                spellCheck={false}
                value={yamlText}
                onChange={(e) => setYamlText(e.target.value)}
              />
            )}
            {problems.length > 0 && (
              <ul className="sim-error" role="alert" data-testid="sim.mocks.problems">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
        <footer className="sim-dialog__footer">
          <label className="sim-check">
            <input
              type="checkbox"
              checked={stepMode}
              onChange={(e) => setStepMode(e.target.checked)}
              data-testid="sim.stepMode"
            />
            Step through (start paused before the first state)
          </label>
          <span className="topbar__spacer" />
          <button type="button" className="sim-btn" onClick={runActions.closeDialog}>
            Cancel
          </button>
          <button
            type="button"
            className="sim-btn sim-btn--primary"
            data-testid="sim.start"
            title="Start the execution (Ctrl+Enter)"
            disabled={!model || nameError !== null}
            onClick={start}
          >
            <Play size={14} aria-hidden="true" /> Start
          </button>
        </footer>
      </div>
    </div>
  );
}
