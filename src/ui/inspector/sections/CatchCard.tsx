import type { ReactNode } from 'react';
import type { CatchRule, StateEntry } from '../../../core';
import { SelectField } from '../fields/SelectField';
import { YamlValueEditor } from '../fields/YamlValueEditor';
import { toMessages } from '../fields/messages';
import { siblingOptions, targetPath } from '../scope';
import type { InspectorEdit } from '../useInspectorEdit';
import { RuleCard } from './RuleCard';

interface Props {
  edit: InspectorEdit;
  entry: StateEntry;
  index: number;
  rule: CatchRule;
  rules: readonly CatchRule[];
  handle: ReactNode;
  onRemove(): void;
}

/** One capture rule (the guide's table → Errors, Next, OutputConstructor, Description). */
export function CatchCard({ edit, entry, index, rule, rules, handle, onRemove }: Props) {
  const base = `Catch/${index}`;
  return (
    <RuleCard
      edit={edit}
      list="Catch"
      index={index}
      rule={rule}
      rules={rules}
      handle={handle}
      onRemove={onRemove}
    >
      <SelectField
        edit={edit}
        testName={`Catch.${index}.Next`}
        label="Fallback Status"
        help="The state to go to when the error is caught (same scope)."
        value={targetPath(entry, rule.Next)}
        options={[
          { value: '', label: '— choose a state —', disabled: true },
          ...siblingOptions(entry),
        ]}
        messages={toMessages(edit.diagnosticsAt(`${base}/Next`))}
        onChange={(v) => edit.run('catch.setTarget', { path: edit.path, index, target: v })}
      />
      <YamlValueEditor
        edit={edit}
        field={`${base}/OutputConstructor`}
        testName={`Catch.${index}.OutputConstructor`}
        label="Response"
        mapping
        rows={3}
        value={rule.OutputConstructor}
        help='Attached to the fallback state input, e.g. {"key": "hello world"} or code.$: $Context.Current.Error.Code'
        messages={toMessages(edit.diagnosticsAt(`${base}/OutputConstructor`, true))}
      />
    </RuleCard>
  );
}
