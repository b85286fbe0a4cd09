import type { StateEntry } from '../../../core';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { toMessages } from '../fields/messages';
import { hasNext, siblingOptions, targetPath } from '../scope';
import type { InspectorEdit } from '../useInspectorEdit';
import { ChoiceFields } from './ChoiceFields';
import { FailFields } from './FailFields';
import { MapFields } from './MapFields';
import { ParallelFields } from './ParallelFields';
import { Section } from './Section';
import { TaskFields } from './TaskFields';
import { WaitFields } from './WaitFields';

const END = '#end';

/** Basic Settings: name, description, the type's own fields, next state. */
export function BasicSection({ edit, entry }: { edit: InspectorEdit; entry: StateEntry }) {
  const s = entry.state;
  const desc = typeof s.Description === 'string' ? s.Description : '';
  return (
    <Section id="basic" title="Basic Settings">
      <TextField
        edit={edit}
        field="Name"
        label="State Name"
        value={s.Name}
        when="blur"
        help="Renaming updates every reference to this state."
        messages={toMessages(edit.diagnosticsAt('Name'))}
        commit={(text) => {
          if (text === s.Name) return null;
          const args = { path: edit.path, newName: text };
          const allowed = edit.port.canExecute('state.rename', args);
          if (allowed !== true) return { severity: 'error', message: allowed };
          const reason = edit.run('state.rename', args);
          return reason ? { severity: 'error', message: reason } : null;
        }}
      />
      <TextField
        edit={edit}
        field="Description"
        label="Description"
        value={desc}
        multiline
        rows={2}
        messages={toMessages(edit.diagnosticsAt('Description'))}
        commit={(text, session) => {
          const reason =
            text === ''
              ? edit.unset('Description', session)
              : edit.set('Description', text, session);
          return reason ? { severity: 'error', message: reason } : null;
        }}
      />
      {s.Type === 'Task' && <TaskFields edit={edit} entry={entry} state={s} />}
      {s.Type === 'Wait' && <WaitFields edit={edit} entry={entry} />}
      {s.Type === 'Choice' && <ChoiceFields edit={edit} entry={entry} state={s} />}
      {s.Type === 'Parallel' && <ParallelFields edit={edit} state={s} />}
      {s.Type === 'Map' && <MapFields edit={edit} state={s} />}
      {s.Type === 'Fail' && <FailFields edit={edit} state={s} />}
      {hasNext(s) && <NextField edit={edit} entry={entry} />}
    </Section>
  );
}

function NextField({ edit, entry }: { edit: InspectorEdit; entry: StateEntry }) {
  const s = entry.state as { Next?: string; End?: boolean };
  const value = typeof s.Next === 'string' ? targetPath(entry, s.Next) : s.End === true ? END : '';
  const options = [{ value: END, label: 'End (finish this scope)' }, ...siblingOptions(entry)];
  const messages = toMessages([...edit.diagnosticsAt('Next'), ...edit.diagnosticsAt('End')]);
  return (
    <SelectField
      edit={edit}
      testName="Next"
      label="Next State"
      value={value}
      options={options}
      messages={messages}
      help="The state this one transitions to, in the same scope."
      onChange={(v) => {
        if (v === END) edit.run('transition.setEnd', { path: edit.path, end: true });
        else if (v) edit.run('transition.setNext', { path: edit.path, target: v });
      }}
    />
  );
}
