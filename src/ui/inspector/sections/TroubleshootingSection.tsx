import { Plus } from 'lucide-react';
import type { ReactNode } from 'react';
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
import { RULE_KINDS, type RuleList } from './RuleCard';
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
  const firstTarget = entry.owner.States.find((x) => x.Name !== entry.state.Name)?.Name;

  return (
    <Section id="troubleshooting" title="Troubleshooting">
      <RuleListBlock
        edit={edit}
        list="Retry"
        heading="Retry upon error"
        addLabel="Add Retry"
        items={retry}
        // The guide's default policy.
        newRule={() => ({
          Errors: [],
          Description: `Retry policy #${retry.length + 1}`,
          MaxAttempts: 1,
          IntervalSeconds: 1,
        })}
        render={(i, handle, onRemove) => (
          <RetryCard
            edit={edit}
            index={i}
            rule={retry[i] ?? {}}
            rules={retry}
            handle={handle}
            onRemove={onRemove}
          />
        )}
      />
      <RuleListBlock
        edit={edit}
        list="Catch"
        heading="Capture errors and exceptions"
        addLabel="Add Capture Rule"
        items={catches}
        addBlocked={
          firstTarget === undefined
            ? 'Add another state to this scope first: a capture rule goes to a fallback state.'
            : undefined
        }
        newRule={() => ({
          Errors: [],
          Description: `Error capture rule #${catches.length + 1}`,
          ...(firstTarget !== undefined ? { Next: firstTarget } : {}),
        })}
        render={(i, handle, onRemove) => (
          <CatchCard
            edit={edit}
            entry={entry}
            index={i}
            rule={catches[i] ?? {}}
            rules={catches}
            handle={handle}
            onRemove={onRemove}
          />
        )}
      />
    </Section>
  );
}

interface BlockProps {
  edit: InspectorEdit;
  list: RuleList;
  heading: string;
  addLabel: string;
  items: readonly (RetryRule | CatchRule)[];
  newRule(): Record<string, JsonValue>;
  /** Why a rule cannot be added now (shown as the button's title), if it cannot. */
  addBlocked?: string;
  render(index: number, handle: ReactNode, onRemove: () => void): ReactNode;
}

/** One list of rules: the cards in matching order (drag to reorder), Add, the list's messages. */
function RuleListBlock({
  edit,
  list,
  heading,
  addLabel,
  items,
  newRule,
  addBlocked,
  render,
}: BlockProps) {
  const disabled = edit.readOnly !== null;
  const kind = RULE_KINDS[list];
  // Removing the last rule removes the list (no `Retry: []` left behind).
  const remove = (i: number) => (items.length <= 1 ? edit.unset(list) : edit.unset(`${list}/${i}`));
  return (
    <>
      <h4 className="isub">{heading}</h4>
      <ReorderList
        count={items.length}
        noun={kind.noun}
        disabled={disabled}
        testId={`inspector.${kind.testId}.list`}
        onMove={(from, to) => edit.set(list, moveListItem(items, from, to) as unknown as JsonValue)}
        render={(i, handle) => render(i, handle, () => remove(i))}
      />
      <button
        type="button"
        className="ibtn"
        data-testid={`inspector.${kind.testId}.add`}
        disabled={disabled || addBlocked !== undefined}
        title={addBlocked}
        onClick={() => {
          const rule = newRule();
          // A new list is written whole (`Retry: [rule]`), an existing one gets an item.
          if (items.length === 0) edit.set(list, [rule]);
          else edit.set(`${list}/${items.length}`, rule);
        }}
      >
        <Plus size={14} aria-hidden="true" /> {addLabel}
      </button>
      {toMessages(edit.diagnosticsAt(list)).map((m, i) => (
        <div key={i} className={`ifield__msg ifield__msg--${m.severity}`}>
          {m.message}
        </div>
      ))}
    </>
  );
}
