import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canExecuteCommand } from '../registry';
import { expectRun } from '../testing/expectRun';
import { roundTrip } from '../testing/harness';

// state.add and state.paste on the transition of a given field (`between.field`). The shared
// fixture has branch 3 and the Default of Route both going to Reject, and Big's Catch rule and
// Next too: only the named field may change, and undo gives the bytes back.
const ROUTED = readFileSync(
  join(__dirname, '../../../../fixtures/editing/choice-routed.yaml'),
  'utf8',
);
const NEW_PASS = '  - Type: Pass\n    Name: Pass\n    Next: Reject\n';
const PASTE = '- Type: Pass   # first\n  Name: Small\n  Next: Last\n- Type: Pass\n  Name: Last\n';

describe('state.add on a given field', () => {
  it('given the Default (branch 3 names the same state), when a Pass is added on it, then only the Default leads to it', () => {
    const r = expectRun(ROUTED, 'state.add', {
      type: 'Pass',
      between: { from: 'Route', to: 'Reject', field: 'Default' },
    });
    expect(r.after).toBe(ROUTED.replace('    Default: Reject\n', `    Default: Pass\n${NEW_PASS}`));
  });

  it("given Big's Catch rule (its Next names the same state), when a Pass is added on it, then only the rule leads to it", () => {
    const r = expectRun(ROUTED, 'state.add', {
      type: 'Pass',
      between: { from: 'Big', to: 'Reject', field: 'Catch/0/Next' },
    });
    expect(r.after).toBe(
      ROUTED.replace(
        '        Next: Reject\n    Next: Reject\n',
        `        Next: Pass\n    Next: Reject\n${NEW_PASS}`,
      ),
    );
  });

  it('given a field that does not name the target, when the add is asked, then it is refused with the reason', () => {
    const between = { from: 'Route', to: 'Reject', field: 'Branches/0/Next' };
    const reason = 'Branch 1 of “Route” goes to “Big”, not to “Reject”.';
    expect(canExecuteCommand(ROUTED, 'state.add', { type: 'Pass', between })).toBe(reason);
    const r = roundTrip(ROUTED, 'state.add', { type: 'Pass', between });
    expect(r.ok).toBe(false);
    expect(r.after).toBe(ROUTED);
  });

  it('given a missing field or no transition at all, when the add is asked, then it is refused', () => {
    const ask = (from: string, to: string, field?: string) =>
      canExecuteCommand(ROUTED, 'state.add', {
        type: 'Pass',
        between: field === undefined ? { from, to } : { from, to, field },
      });
    expect(ask('Route', 'Reject', 'Branches/5/Next')).toBe('“Route” has no branch 6.');
    expect(ask('Big', 'Reject', 'Default')).toBe('“Big” has no Default.');
    expect(ask('Small', 'Reject')).toBe('“Small” does not go to “Reject”.');
  });
});

describe('state.paste on a given field', () => {
  it('given branch 3, when two states are pasted on it, then the branch leads to the first (renamed) one in one change', () => {
    const r = expectRun(ROUTED, 'state.paste', {
      scope: '',
      yaml: PASTE,
      between: { from: 'Route', to: 'Reject', field: 'Branches/2/Next' },
    });
    // Small is taken: the pasted Small becomes Small1, and the branch names it.
    const pasted =
      '  - Type: Pass   # first\n    Name: Small1\n    Next: Last\n  - Type: Pass\n    Name: Last\n';
    expect(r.after).toBe(
      ROUTED.replace(
        '$Input.amount > 10\n        Next: Reject\n    Default: Reject\n',
        `$Input.amount > 10\n        Next: Small1\n    Default: Reject\n${pasted}`,
      ),
    );
    expect(r.selection).toEqual(['Small1', 'Last']);
  });

  it('given an explicit index, when pasted on the Default, then the states go there and the Default leads to them', () => {
    const r = expectRun(ROUTED, 'state.paste', {
      scope: '',
      index: 4,
      yaml: '- Type: Pass\n  Name: Extra\n',
      between: { from: 'Route', to: 'Reject', field: 'Default' },
    });
    expect(r.model?.States.map((s) => s.Name)).toEqual([
      'Route',
      'Big',
      'Small',
      'Reject',
      'Extra',
    ]);
    expect(r.after).toContain('    Default: Extra\n');
    expect(r.after).toContain('$Input.amount > 10\n        Next: Reject\n');
  });

  it('given a field that goes elsewhere or a state of another flow, when the paste is asked, then it is refused', () => {
    const ask = (from: string, field: string, scope = '') =>
      canExecuteCommand(ROUTED, 'state.paste', {
        scope,
        yaml: PASTE,
        between: { from, to: 'Reject', field },
      });
    expect(ask('Route', 'Branches/1/Next')).toBe(
      'Branch 2 of “Route” goes to “Small”, not to “Reject”.',
    );
    expect(ask('Nowhere', 'Next')).toBe('There is no state “Nowhere” in that flow.');
    expect(ask('Route', 'Default')).toBe(true);
  });
});
