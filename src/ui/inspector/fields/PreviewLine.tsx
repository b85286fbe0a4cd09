import { Eye } from 'lucide-react';
import { describePreview, previewFieldOf, type PreviewField } from '../../../core';
import { useRunView } from '../../simulator';
import type { InspectorEdit } from '../useInspectorEdit';

interface Props {
  edit: InspectorEdit;
  /** The inspector field path the expression belongs to (`Branches/0/Condition`, `Parameters`…). */
  field: string;
  /** The expression text, as typed. */
  source: string;
  /** Suffix of the test id `inspector.preview.<testName>`. */
  testName: string;
  /** Hide the "run the workflow" and "not reached" hints (rows show one hint per editor). */
  quietWhenIdle?: boolean;
  /** Overrides the field's preview kind (JSONPath output rows read `$Output`). */
  previewAs?: PreviewField;
}

/**
 * The expression preview (issue 6): the value of `source` against the input the state received
 * in the last simulator run, shown under the field. Muted when there is no run to read.
 */
export function PreviewLine({ edit, field, source, testName, quietWhenIdle, previewAs }: Props) {
  const kind = previewAs ?? previewFieldOf(field);
  const { snapshot, lastRun } = useRunView();
  if (!kind) return null;
  const p = describePreview(snapshot ?? lastRun, edit.path, source, kind);
  if (p.kind === 'idle' && (p.message === '' || quietWhenIdle)) return null;
  return (
    <div
      className={`ipreview ipreview--${p.kind}`}
      data-testid={`inspector.preview.${testName}`}
      title={p.kind === 'value' ? 'The value in the last run' : undefined}
    >
      {p.kind === 'value' ? (
        <>
          <Eye size={12} aria-hidden="true" />
          <span className="ipreview__label">Last run:</span>
          <code className="ipreview__value">{p.text}</code>
        </>
      ) : p.kind === 'error' ? (
        <>
          <Eye size={12} aria-hidden="true" />
          <span className="ipreview__label">Last run:</span>
          <span>{p.message}</span>
        </>
      ) : (
        <span>{p.message}</span>
      )}
    </div>
  );
}

/** Whether a run exists to preview against (editors with many rows show one idle hint). */
export function useHasRun(): boolean {
  const { snapshot, lastRun } = useRunView();
  return (snapshot ?? lastRun) !== null;
}
