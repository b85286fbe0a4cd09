import { Plus, Trash2 } from 'lucide-react';
import type { ChoiceState, StateEntry } from '../../../core';
import { ExpressionField } from '../fields/ExpressionField';
import { ReorderList } from '../fields/ReorderList';
import { SelectField } from '../fields/SelectField';
import { toMessages } from '../fields/messages';
import { siblingOptions, targetPath } from '../scope';
import type { InspectorEdit } from '../useInspectorEdit';

/** Choice: branches in evaluation order (condition and target each), and the Default target. */
export function ChoiceFields({
  edit,
  entry,
  state,
}: {
  edit: InspectorEdit;
  entry: StateEntry;
  state: ChoiceState;
}) {
  const branches = state.Branches ?? [];
  const targets = siblingOptions(entry);
  const none = [{ value: '', label: '— choose a state —', disabled: true }];
  return (
    <>
      <div className="ifield">
        <div className="ifield__label-row">
          <span className="ifield__label">Branches (first true condition wins)</span>
        </div>
        <ReorderList
          count={branches.length}
          noun="branch"
          disabled={edit.readOnly !== null}
          testId="inspector.field.Branches"
          onMove={(from, to) => edit.run('choice.reorderBranches', { path: edit.path, from, to })}
          render={(i, handle) => {
            const b = branches[i] ?? {};
            return (
              <div className="icard">
                <div className="icard__head">
                  {handle}
                  <span className="icard__title">Branch {i + 1}</span>
                  <button
                    type="button"
                    className="icon-btn"
                    aria-label={`Remove branch ${i + 1}`}
                    disabled={edit.readOnly !== null}
                    onClick={() => edit.run('choice.removeBranch', { path: edit.path, index: i })}
                  >
                    <Trash2 size={14} aria-hidden="true" />
                  </button>
                </div>
                <ExpressionField
                  key={`${i}:${branches.length}`}
                  edit={edit}
                  field={`Branches/${i}/Condition`}
                  testName={`Branches.${i}.Condition`}
                  label="Condition"
                  value={typeof b.Condition === 'string' ? b.Condition : ''}
                  placeholder='$Input.status == "ready"'
                  messages={toMessages(edit.diagnosticsAt(`Branches/${i}/Condition`))}
                  write={(text, session) => {
                    const reason = edit.run(
                      'choice.setCondition',
                      { path: edit.path, index: i, condition: text },
                      session,
                    );
                    return reason ? { severity: 'error', message: reason } : null;
                  }}
                />
                <SelectField
                  edit={edit}
                  testName={`Branches.${i}.Next`}
                  label="Next State"
                  value={targetPath(entry, b.Next)}
                  options={[...none, ...targets]}
                  messages={toMessages(edit.diagnosticsAt(`Branches/${i}/Next`))}
                  onChange={(v) =>
                    edit.run('choice.setBranchNext', { path: edit.path, index: i, target: v })
                  }
                />
              </div>
            );
          }}
        />
        <button
          type="button"
          className="ibtn ibtn--ghost"
          data-testid="inspector.choice.add"
          disabled={edit.readOnly !== null}
          onClick={() => edit.run('choice.addBranch', { path: edit.path })}
        >
          <Plus size={14} aria-hidden="true" /> Add branch
        </button>
      </div>
      <SelectField
        edit={edit}
        testName="Default"
        label="Default"
        help="Where to go when no condition is true."
        value={targetPath(entry, state.Default)}
        options={[...none, ...targets]}
        messages={toMessages(edit.diagnosticsAt('Default'))}
        onChange={(v) => edit.run('choice.setDefault', { path: edit.path, target: v || null })}
      />
    </>
  );
}
