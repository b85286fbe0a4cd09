import { Plus } from 'lucide-react';
import {
  moveListItem,
  type CatchRule,
  type JsonValue,
  type RetryRule,
  type StateEntry,
} from '../../../core';
import { toMessages } from '../fields/messages';
import { ReorderList } from '../fields/ReorderList';
import type { InspectorEdit } from '../useInspectorEdit';
import { CatchCard } from './CatchCard';
import { RetryCard } from './RetryCard';
import { Section } from './Section';

/** Troubleshooting: Retry policies and capture (Catch) rules, in matching order. */
export function TroubleshootingSection({
  edit,
  entry,
}: {
  edit: InspectorEdit;
  entry: StateEntry;
}) {
  const s = entry.state as { Retry?: RetryRule[]; Catch?: CatchRule[] };
  const retry = Array.isArray(s.Retry) ? s.Retry : [];
  const catches = Array.isArray(s.Catch) ? s.Catch : [];
  const disabled = edit.readOnly !== null;
  const firstTarget = entry.owner.States.find((x) => x.Name !== entry.state.Name)?.Name;

  const remove = (list: 'Retry' | 'Catch', count: number, i: number) =>
    count <= 1 ? edit.unset(list) : edit.unset(`${list}/${i}`);
  const move = (
    list: 'Retry' | 'Catch',
    items: readonly (RetryRule | CatchRule)[],
    from: number,
    to: number,
  ) => edit.set(list, moveListItem(items, from, to) as unknown as JsonValue);

  return (
    <Section id="troubleshooting" title="Troubleshooting">
      <h4 className="isub">Retry upon error</h4>
      <ReorderList
        count={retry.length}
        noun="retry policy"
        disabled={disabled}
        testId="inspector.retry.list"
        onMove={(from, to) => move('Retry', retry, from, to)}
        render={(i, handle) => (
          <RetryCard
            edit={edit}
            index={i}
            rule={retry[i] ?? {}}
            rules={retry}
            handle={handle}
            onRemove={() => remove('Retry', retry.length, i)}
          />
        )}
      />
      <button
        type="button"
        className="ibtn"
        data-testid="inspector.retry.add"
        disabled={disabled}
        onClick={() => {
          const rule = {
            Errors: [],
            Description: `Retry policy #${retry.length + 1}`,
            MaxAttempts: 1,
            IntervalSeconds: 1,
          };
          // A new list is written whole (`Retry: [rule]`), an existing one gets an item.
          if (retry.length === 0) edit.set('Retry', [rule]);
          else edit.set(`Retry/${retry.length}`, rule);
        }}
      >
        <Plus size={14} aria-hidden="true" /> Add Retry
      </button>
      {toMessages(edit.diagnosticsAt('Retry')).map((m, i) => (
        <div key={i} className={`ifield__msg ifield__msg--${m.severity}`}>
          {m.message}
        </div>
      ))}

      <h4 className="isub">Capture errors and exceptions</h4>
      <ReorderList
        count={catches.length}
        noun="capture rule"
        disabled={disabled}
        testId="inspector.catch.list"
        onMove={(from, to) => move('Catch', catches, from, to)}
        render={(i, handle) => (
          <CatchCard
            edit={edit}
            entry={entry}
            index={i}
            rule={catches[i] ?? {}}
            rules={catches}
            handle={handle}
            onRemove={() => remove('Catch', catches.length, i)}
          />
        )}
      />
      <button
        type="button"
        className="ibtn"
        data-testid="inspector.catch.add"
        disabled={disabled || firstTarget === undefined}
        title={
          firstTarget === undefined
            ? 'Add another state to this scope first: a capture rule goes to a fallback state.'
            : undefined
        }
        onClick={() => {
          const rule: Record<string, JsonValue> = {
            Errors: [],
            Description: `Error capture rule #${catches.length + 1}`,
          };
          if (firstTarget !== undefined) rule.Next = firstTarget;
          if (catches.length === 0) edit.set('Catch', [rule]);
          else edit.set(`Catch/${catches.length}`, rule);
        }}
      >
        <Plus size={14} aria-hidden="true" /> Add Capture Rule
      </button>
      {toMessages(edit.diagnosticsAt('Catch')).map((m, i) => (
        <div key={i} className={`ifield__msg ifield__msg--${m.severity}`}>
          {m.message}
        </div>
      ))}
    </Section>
  );
}
