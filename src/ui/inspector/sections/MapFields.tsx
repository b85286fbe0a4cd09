import { checkNumber, maxConcurrencyAdvice, NUMBER_BOUNDS, type MapState } from '../../../core';
import { ExpressionField } from '../fields/ExpressionField';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { YamlValueEditor } from '../fields/YamlValueEditor';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';
import { ConstructorEditor } from './ConstructorEditor';

/** Map: ItemsPath, MaxConcurrency, inline or distributed mode and its settings. */
export function MapFields({ edit, state }: { edit: InspectorEdit; state: MapState }) {
  const config = state.ProcessorConfig;
  const execMode = config && typeof config.ExecutionMode === 'string' ? config.ExecutionMode : '';
  const distributed = config !== undefined;
  const number = (field: keyof typeof NUMBER_BOUNDS, label: string, help: string) => {
    const raw = (state as unknown as Record<string, unknown>)[field];
    return (
      <TextField
        edit={edit}
        field={field}
        label={label}
        help={help}
        inputMode="numeric"
        value={typeof raw === 'number' ? String(raw) : ''}
        messages={toMessages(edit.diagnosticsAt(field))}
        commit={(text, session) => {
          const c = checkNumber(text, NUMBER_BOUNDS[field]);
          if (c.kind === 'invalid') return { severity: 'error', message: c.message };
          const reason =
            c.kind === 'empty' ? edit.unset(field, session) : edit.set(field, c.value, session);
          if (reason) return { severity: 'error', message: reason };
          if (c.kind === 'value' && c.warning)
            return { severity: 'error', message: c.warning, written: true };
          const advice =
            field === 'MaxConcurrency' && c.kind === 'value'
              ? maxConcurrencyAdvice(c.value, distributed)
              : null;
          return advice ? { severity: 'warning', message: advice, written: true } : null;
        }}
      />
    );
  };
  return (
    <>
      <ExpressionField
        edit={edit}
        field="ItemsPath"
        label="Items Path"
        value={typeof state.ItemsPath === 'string' ? state.ItemsPath : ''}
        placeholder="$Input.items"
        help="An expression returning the array to iterate over (no .$ needed)."
        messages={toMessages(edit.diagnosticsAt('ItemsPath'))}
        write={(text, session) => {
          const reason = edit.set('ItemsPath', text, session);
          return reason ? { severity: 'error', message: reason } : null;
        }}
      />
      {number(
        'MaxConcurrency',
        'Max Concurrency',
        distributed
          ? 'Up to 100 child executions at once (default quota).'
          : 'Up to 40 iterations at once inline.',
      )}
      <SelectField
        edit={edit}
        testName="ProcessorMode"
        label="Processing Mode"
        value={distributed ? `distributed:${execMode}` : 'inline'}
        options={[
          { value: 'inline', label: 'Inline (iterations run in this execution)' },
          { value: 'distributed:Express', label: 'Distributed, Express child executions' },
          { value: 'distributed:Standard', label: 'Distributed, Standard child executions' },
        ]}
        messages={toMessages(edit.diagnosticsAt('ProcessorConfig', true))}
        onChange={(v) => {
          if (v === 'inline') edit.unset('ProcessorConfig');
          else
            edit.set('ProcessorConfig', {
              ...(config ?? {}),
              ExecutionMode: v.split(':')[1] ?? 'Express',
            });
        }}
      />
      {distributed && (
        <>
          <ConstructorEditor
            edit={edit}
            field="ItemConstructor"
            label="Item Constructor"
            value={state.ItemConstructor}
            help="Builds each item; $Item is the original item."
          />
          {number(
            'ToleratedFailurePercentage',
            'Tolerated Failure Percentage',
            'The Map still succeeds when at most this share of items fail.',
          )}
          {number(
            'ToleratedFailureCount',
            'Tolerated Failure Count',
            'The Map still succeeds when at most this many items fail.',
          )}
          <YamlValueEditor
            edit={edit}
            field="MaxItems"
            label="Max Items"
            rows={1}
            value={state.MaxItems}
            help="A cap on the items processed (a number, default quota 10,000), or its YAML form."
            messages={toMessages(edit.diagnosticsAt('MaxItems', true))}
          />
          {(['ItemReader', 'ItemBatcher', 'ResultWriter'] as const).map((f) => (
            <YamlValueEditor
              key={f}
              edit={edit}
              field={f}
              label={f}
              mapping
              rows={3}
              value={state[f]}
              help="Sub-fields are not verified against the service; kept as written."
              messages={toMessages(edit.diagnosticsAt(f, true))}
            />
          ))}
        </>
      )}
    </>
  );
}
