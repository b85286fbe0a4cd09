import { useState } from 'react';
import {
  DEFAULT_RAW_KEY,
  encodeOutputOption,
  OUTPUT_MODE_LABELS,
  readOutputOption,
  type Constructor,
  type OutputMode,
  type State,
} from '../../../core';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';
import { ConstructorEditor } from './ConstructorEditor';
import { getModeOverride, setModeOverride } from './modeOverrides';
import { PathRowsEditor } from './PathRowsEditor';
import { Section } from './Section';

const ORDER: OutputMode[] = ['result', 'jsonpath', 'raw', 'filters'];

/** Output Settings: the guide's three options over `OutputConstructor`, and global variables. */
export function OutputSection({ edit, state }: { edit: InspectorEdit; state: State }) {
  const hasOutput = state.Type !== 'Choice' && state.Type !== 'Fail';
  const hasGlobals = state.Type !== 'Fail';
  return (
    <Section id="output" title="Output Settings">
      {hasOutput ? (
        <OutputOption
          edit={edit}
          ctor={(state as { OutputConstructor?: Constructor }).OutputConstructor}
        />
      ) : (
        <p className="inote">
          {state.Type === 'Choice'
            ? 'A Choice passes its input on to the chosen state: it has no output filter.'
            : 'A Fail state ends the execution with its error: it has no output.'}
        </p>
      )}
      {hasGlobals && (
        <ConstructorEditor
          edit={edit}
          field="GlobalConstructor"
          label="Assign to global variables"
          value={(state as { GlobalConstructor?: Constructor }).GlobalConstructor}
          help={
            state.Type === 'Map'
              ? 'Read later as $Global.<key>. Writing globals from a Map is discouraged (iterations race).'
              : 'Read later as $Global.<key>; here $Output is the raw result.'
          }
        />
      )}
    </Section>
  );
}

function OutputOption({ edit, ctor }: { edit: InspectorEdit; ctor: Constructor | undefined }) {
  const option = readOutputOption(ctor);
  const [picked, setPicked] = useState<OutputMode | undefined>(
    () => getModeOverride(edit.path, 'output') as OutputMode | undefined,
  );
  const mode = picked ?? option.mode;
  const settle = () => {
    setModeOverride(edit.path, 'output', undefined);
    setPicked(undefined);
  };
  const pick = (m: OutputMode) => {
    if (m === 'result') {
      settle();
      if (ctor !== undefined) edit.unset('OutputConstructor');
    } else if (m === 'raw') {
      settle();
      edit.set(
        'OutputConstructor',
        encodeOutputOption({ mode: 'raw', key: DEFAULT_RAW_KEY }) as Constructor,
      );
    } else {
      setModeOverride(edit.path, 'output', m === option.mode ? undefined : m);
      setPicked(m === option.mode ? undefined : m);
    }
  };
  return (
    <>
      <SelectField
        edit={edit}
        testName="OutputMode"
        testId="inspector.output.mode"
        label="Output"
        value={mode}
        options={ORDER.map((m) => ({ value: m, label: OUTPUT_MODE_LABELS[m] }))}
        help={
          mode === 'result'
            ? 'The state passes its result on as it is (no OutputConstructor).'
            : mode === 'raw'
              ? 'The state input is passed on under one key, ignoring the result (a constructor always builds an object).'
              : 'Written as an OutputConstructor over $Output (the result), $Input, $Context and $Global.'
        }
        messages={
          mode === 'result' ? [] : toMessages(edit.diagnosticsAt('OutputConstructor', true))
        }
        onChange={(v) => pick(v as OutputMode)}
      />
      {mode === 'raw' && option.mode === 'raw' && (
        <TextField
          edit={edit}
          field="OutputConstructor#rawKey"
          testName="RawKey"
          label="Key holding the input"
          value={option.key}
          commit={(text, session) => {
            const k = text.trim();
            if (k === '') return { severity: 'error', message: 'A key is needed.' };
            const reason = edit.set(
              'OutputConstructor',
              encodeOutputOption({ mode: 'raw', key: k }) as Constructor,
              session,
            );
            return reason ? { severity: 'error', message: reason } : null;
          }}
        />
      )}
      {mode === 'jsonpath' && (
        <PathRowsEditor
          edit={edit}
          side="output"
          rows={option.mode === 'jsonpath' ? option.rows : []}
          write={(rows, session) => {
            edit.set(
              'OutputConstructor',
              encodeOutputOption({ mode: 'jsonpath', rows }) as Constructor,
              session,
            );
            settle();
          }}
        />
      )}
      {mode === 'filters' && (
        <ConstructorEditor
          edit={edit}
          field="OutputConstructor"
          label="Parameter filters"
          empty="map"
          value={ctor}
          help="Constants, and keys ending in .$ for expressions, e.g. status.$: $Output.Code"
        />
      )}
    </>
  );
}
