import { useState } from 'react';
import type { ExecutionMode } from '../../core';
import { Modal } from './Modal';
import { blankWorkflowText, TEMPLATES } from './templates';

export interface CreateRequest {
  name: string;
  description: string;
  mode: ExecutionMode;
  text: string;
}

interface Props {
  onCreate: (req: CreateRequest) => void;
  onClose: () => void;
}

/**
 * The guide's Create Workflow dialog: "Use Blank Canvas" (name, description, Standard or
 * Express) or "From template" (the gallery). Any name is accepted (it is always rendered as
 * text); exports derive safe file names from it.
 */
export function CreateDialog({ onCreate, onClose }: Props) {
  const [tab, setTab] = useState<'blank' | 'template'>('blank');
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [mode, setMode] = useState<ExecutionMode>('Standard');
  const [templateId, setTemplateId] = useState(TEMPLATES[0]?.id ?? '');
  const [touched, setTouched] = useState(false);
  const nameError =
    name.trim() === '' ? 'Enter a name.' : name.length > 128 ? 'Use at most 128 characters.' : null;
  const template = TEMPLATES.find((t) => t.id === templateId);

  const submit = () => {
    setTouched(true);
    if (nameError) return;
    const text = tab === 'blank' || !template ? blankWorkflowText(name) : template.text;
    onCreate({ name, description, mode, text });
  };

  return (
    <Modal title="Create workflow" onClose={onClose} testId="ws.create" wide>
      <div className="ws-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'blank'}
          onClick={() => setTab('blank')}
        >
          Use Blank Canvas
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'template'}
          onClick={() => setTab('template')}
          data-testid="ws.create.fromTemplate"
        >
          From template
        </button>
      </div>
      <form
        className="ws-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label className="ws-field">
          <span>Name</span>
          <input
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={touched && nameError !== null}
            data-testid="ws.create.name"
          />
          {touched && nameError && <span className="ws-field__error">{nameError}</span>}
        </label>
        <label className="ws-field">
          <span>Description</span>
          <textarea
            rows={2}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
            data-testid="ws.create.description"
          />
        </label>
        <fieldset className="ws-field ws-radio">
          <legend>Type</legend>
          {(['Standard', 'Express'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="mode"
                checked={mode === m}
                onChange={() => setMode(m)}
                data-testid={`ws.create.mode.${m}`}
              />
              {m}
              <small>
                {m === 'Standard'
                  ? 'Long-running, exactly-once, full execution history.'
                  : 'High-volume, short (up to 5 minutes), at-least-once.'}
              </small>
            </label>
          ))}
        </fieldset>
        {tab === 'template' && (
          <ul className="ws-gallery" aria-label="Templates">
            {TEMPLATES.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  className="ws-card"
                  aria-pressed={t.id === templateId}
                  onClick={() => setTemplateId(t.id)}
                  data-testid={`ws.template.${t.id}`}
                >
                  <strong>{t.title}</strong>
                  <span>{t.description}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="ws-actions">
          <button type="button" className="ws-btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="ws-btn ws-btn--primary" data-testid="ws.create.submit">
            Create
          </button>
        </div>
      </form>
    </Modal>
  );
}
