import { useState } from 'react';
import {
  encodeInputOption,
  INPUT_MODE_LABELS,
  readInputOption,
  type Constructor,
  type InputMode,
  type State,
} from '../../../core';
import { SelectField } from '../fields/SelectField';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';
import { ConstructorEditor } from './ConstructorEditor';
import { getModeOverride, setModeOverride } from './modeOverrides';
import { PathRowsEditor } from './PathRowsEditor';
import { Section } from './Section';

const ORDER: InputMode[] = ['jsonpath', 'original', 'filters'];

/** Input Settings: the guide's three options over `InputConstructor` (docs/inspector.md). */
export function InputSection({ edit, state }: { edit: InspectorEdit; state: State }) {
  const ctor = state.InputConstructor;
  const option = readInputOption(ctor);
  const [picked, setPicked] = useState<InputMode | undefined>(
    () => getModeOverride(edit.path, 'input') as InputMode | undefined,
  );
  const mode = picked ?? option.mode;
  const pick = (m: InputMode) => {
    if (m === 'original') {
      setModeOverride(edit.path, 'input', undefined);
      setPicked(undefined);
      if (ctor !== undefined) edit.unset('InputConstructor');
      return;
    }
    // Nothing is written until the option has valid content (a row); the choice is kept.
    setModeOverride(edit.path, 'input', m === option.mode ? undefined : m);
    setPicked(m === option.mode ? undefined : m);
  };
  const settle = () => {
    setModeOverride(edit.path, 'input', undefined);
    setPicked(undefined);
  };
  return (
    <Section id="input" title="Input Settings">
      <SelectField
        edit={edit}
        testName="InputMode"
        testId="inspector.input.mode"
        label="Input"
        value={mode}
        options={ORDER.map((m) => ({ value: m, label: INPUT_MODE_LABELS[m] }))}
        help={
          mode === 'original'
            ? 'The state receives the previous output as it is (no InputConstructor).'
            : 'Written as an InputConstructor, which replaces the incoming input entirely.'
        }
        messages={
          mode === 'original' ? [] : toMessages(edit.diagnosticsAt('InputConstructor', true))
        }
        onChange={(v) => pick(v as InputMode)}
      />
      {mode === 'jsonpath' && (
        <PathRowsEditor
          edit={edit}
          side="input"
          rows={option.mode === 'jsonpath' ? option.rows : []}
          write={(rows, session) => {
            edit.set(
              'InputConstructor',
              encodeInputOption({ mode: 'jsonpath', rows }) as Constructor,
              session,
            );
            settle();
          }}
        />
      )}
      {mode === 'filters' && (
        <ConstructorEditor
          edit={edit}
          field="InputConstructor"
          label="Parameter filters"
          empty="map"
          value={ctor}
          help="Constants, and keys ending in .$ for expressions, e.g. FieldC.$: $Input"
        />
      )}
    </Section>
  );
}
