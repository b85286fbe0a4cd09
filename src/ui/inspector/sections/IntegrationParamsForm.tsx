import type { Integration, JsonValue, TaskState } from '../../../core';
import { PreviewLine } from '../fields/PreviewLine';
import { SelectField } from '../fields/SelectField';
import { TextField } from '../fields/TextField';
import { YamlValueEditor } from '../fields/YamlValueEditor';
import { toMessages } from '../fields/messages';
import type { InspectorEdit } from '../useInspectorEdit';
import { ConstructorEditor } from './ConstructorEditor';

/**
 * The parameters of HTTP:Request, FNF:StartExecution (one control per catalogue parameter) and
 * of any other OpenAPI action (key/value rows over the whole `Parameters` map).
 */
export function IntegrationParamsForm({
  edit,
  state,
  integration,
}: {
  edit: InspectorEdit;
  state: TaskState;
  integration: Integration;
}) {
  const params = state.Parameters ?? {};
  if (integration.params.length === 0) {
    return (
      <ConstructorEditor
        edit={edit}
        field="Parameters"
        label="Parameters"
        value={state.Parameters}
        help="The operation's request parameters, in its own casing (e.g. RegionId, PageSize)."
      />
    );
  }
  return (
    <>
      {integration.params.map((p) => {
        const field = `Parameters/${p.name}`;
        const value: JsonValue | undefined = params[p.name];
        const messages = toMessages(edit.diagnosticsAt(field, true));
        if (typeof params[`${p.name}.$`] === 'string') {
          const source = String(params[`${p.name}.$`]);
          return (
            <div key={p.name}>
              <p className="inote">
                {p.label} is an expression ({p.name}.$: {source}); edit it in YAML.
              </p>
              <PreviewLine edit={edit} field={field} source={source} testName={`${p.name}.$`} />
            </div>
          );
        }
        if (p.kind === 'select') {
          const cur = typeof value === 'string' ? value : '';
          return (
            <SelectField
              key={p.name}
              edit={edit}
              testName={p.name}
              label={p.label}
              help={p.help}
              value={p.options?.find((o) => o.toUpperCase() === cur.toUpperCase()) ?? cur}
              options={(p.options ?? []).map((o) => ({ value: o, label: o }))}
              messages={messages}
              onChange={(v) => edit.set(field, v)}
            />
          );
        }
        if (p.kind === 'map') {
          return (
            <ConstructorEditor
              key={p.name}
              edit={edit}
              field={field}
              label={p.label}
              help={p.help}
              value={
                value && typeof value === 'object' && !Array.isArray(value) ? value : undefined
              }
            />
          );
        }
        if (p.kind === 'json') {
          return (
            <YamlValueEditor
              key={p.name}
              edit={edit}
              field={field}
              testName={p.name}
              label={p.label}
              help={p.help}
              value={value}
              messages={messages}
            />
          );
        }
        return (
          <TextField
            key={p.name}
            edit={edit}
            field={field}
            testName={p.name}
            label={p.label}
            help={p.help}
            mono
            value={
              typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)
            }
            messages={messages}
            commit={(text, session) => {
              if (text.trim() === '' && p.required)
                return { severity: 'error', message: `${p.label} is needed.` };
              const reason =
                text.trim() === '' ? edit.unset(field, session) : edit.set(field, text, session);
              return reason ? { severity: 'error', message: reason } : null;
            }}
          />
        );
      })}
    </>
  );
}
