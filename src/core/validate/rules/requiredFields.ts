import {
  CATCH_FIELDS,
  CHOICE_BRANCH_FIELDS,
  RETRY_FIELDS,
  STATE_FIELDS,
  TOP_LEVEL_FIELDS,
  type FieldSpec,
} from '../../model/fieldSpec';
import type { StatePath } from '../../model/statePath';
import type { Rule } from '../rule';
import type { RuleContext } from '../ruleContext';

const WHY: Record<string, string> = {
  Action: 'the API to call, e.g. Action: FC:InvokeFunction',
  Branches: 'the list of branches',
  Default: 'the state to go to when no branch matches',
  ItemsPath: 'an expression giving the array to iterate over, e.g. ItemsPath: $Input.items',
  Processor: 'the sub-flow run for each item, {StartAt, States}',
  Detail: 'the error detail reported when the execution fails here',
  Errors: 'the list of error names it matches, e.g. [FnF.ALL]',
  MaxAttempts: 'the number of retries, e.g. MaxAttempts: 3',
  IntervalSeconds: 'the seconds before the first retry, e.g. IntervalSeconds: 1',
  Next: 'the state to go to',
  Condition: 'a boolean expression, e.g. Condition: $Input.status == "ready"',
  Description: 'the name the console shows for this rule',
  StartAt: 'the name of the first state',
  States: 'the list of states',
};

/**
 * Fields the catalogue (model/fieldSpec.ts) marks required (error) or recommended (`'warn'`):
 * at the top level, on each state type, in Retry and Catch rules, Choice branches and scopes.
 * A field present with a value of the wrong kind is the parser's `field-type`, not "missing".
 * Special cases: a Wait needs `Seconds` or `Seconds.$`; a distributed Map reading items with
 * `ItemReader` needs no `ItemsPath`.
 */
export const requiredFields: Rule = {
  name: 'requiredFields',
  codes: ['required-field-missing', 'recommended-field-missing'],
  run(ctx) {
    for (const spec of TOP_LEVEL_FIELDS) {
      if (!spec.required || ctx.sourceMap.top.has(spec.name)) continue;
      const what =
        spec.name === 'Name'
          ? 'the workflow name (letters, digits, _ and -)'
          : spec.name === 'Type'
            ? 'Type: StateMachine'
            : spec.name === 'SpecVersion'
              ? 'SpecVersion: v1'
              : (WHY[spec.name] ?? spec.description);
      missing(ctx, spec, `The definition has no ${spec.name}: add ${what}.`, {});
    }
    for (const { state, path } of ctx.states) {
      const fields = ctx.sourceMap.states.get(path)?.fields;
      if (!fields) continue;
      for (const spec of STATE_FIELDS[state.Type]) {
        if (!spec.required || fields.has(spec.name)) continue;
        if (spec.name === 'ItemsPath' && fields.has('ItemReader')) continue;
        const why = WHY[spec.name] ?? spec.description;
        missing(ctx, spec, `${state.Type} state "${state.Name}" has no ${spec.name}: add ${why}.`, {
          path,
        });
      }
      if (state.Type === 'Wait' && !fields.has('Seconds') && !fields.has('Seconds.$')) {
        ctx.report(
          'required-field-missing',
          `Wait state "${state.Name}" has no Seconds: add Seconds (e.g. Seconds: 10) or Seconds.$ (e.g. Seconds.$: $Input.delay).`,
          { path },
        );
      }
      if ('Retry' in state && state.Retry) {
        checkItems(ctx, path, 'Retry', RETRY_FIELDS, 'Retry policy');
      }
      if ('Catch' in state && state.Catch) {
        checkItems(ctx, path, 'Catch', CATCH_FIELDS, 'Catch rule');
      }
      if (state.Type === 'Choice' && state.Branches) {
        checkItems(ctx, path, 'Branches', CHOICE_BRANCH_FIELDS, 'Choice branch');
      }
    }
    checkScopes(ctx);
  },
};

function missing(
  ctx: RuleContext,
  spec: Pick<FieldSpec, 'required'>,
  message: string,
  where: { path?: StatePath; field?: string; key?: boolean },
): void {
  ctx.report(
    spec.required === 'warn' ? 'recommended-field-missing' : 'required-field-missing',
    message,
    where,
  );
}

function checkItems(
  ctx: RuleContext,
  path: StatePath,
  list: string,
  specs: readonly { name: string; required?: boolean | 'warn' }[],
  what: string,
): void {
  const fields = ctx.sourceMap.states.get(path)?.fields;
  if (!fields) return;
  ctx.mapItems(path, list).forEach((item) => {
    const n = Number(item.slice(list.length + 1)) + 1;
    for (const spec of specs) {
      if (!spec.required || fields.has(`${item}/${spec.name}`)) continue;
      const why = WHY[spec.name] ?? spec.name;
      const label = `${what} #${n}`;
      missing(
        ctx,
        spec,
        spec.required === 'warn'
          ? `${label} has no ${spec.name}: add ${why} (newer CloudFlow revisions require it).`
          : `${label} has no ${spec.name}: add ${why}.`,
        { path, field: item },
      );
    }
  });
}

/** Each Parallel branch and Map Processor needs StartAt and States. */
function checkScopes(ctx: RuleContext): void {
  for (const scope of ctx.scopes) {
    if (scope.containerPath === undefined) continue;
    const entry = ctx.sourceMap.scopes.get(scope.path);
    const field = scope.branchIndex !== undefined ? `Branches/${scope.branchIndex}` : 'Processor';
    const label = scope.branchIndex !== undefined ? `Branch ${scope.branchIndex}` : 'The Processor';
    // A scope that is not a mapping at all was reported by the parser (field-type).
    if (!entry) continue;
    for (const key of ['StartAt', 'States'] as const) {
      if (key === 'StartAt' ? entry.startAt : entry.states) continue;
      ctx.report('required-field-missing', `${label} has no ${key}: add ${WHY[key]}.`, {
        path: scope.containerPath,
        field,
        key: true,
      });
    }
  }
}
