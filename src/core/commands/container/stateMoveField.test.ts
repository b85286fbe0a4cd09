import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../model/types';
import { parseSource } from '../../yaml';
import { expectRun } from '../testing/expectRun';
import { roundTrip } from '../testing/harness';
import { canMove } from './canMove';

// state.move onto the transition of a given field (`InsertionPoint.between.field`). The shared
// fixture has branch 3 and the Default of Route both going to Reject, and Big's Catch rule and
// Next too: only the named field may change.
const ROUTED = readFileSync(
  join(__dirname, '../../../../fixtures/editing/choice-routed.yaml'),
  'utf8',
);
const MOVER = '  - Type: Pass\n    Name: Mover   # moves around\n    End: true\n';
const TEXT = ROUTED + MOVER;
/** Mover's text once it goes on to Reject. */
const MOVED = '  - Type: Pass\n    Name: Mover   # moves around\n    Next: Reject\n';
const model = parseSource(TEXT).model as StateMachine;

describe('state.move onto a given field', () => {
  it('given the Default (branch 3 names the same state), when a state moves onto it, then only the Default leads to it', () => {
    const r = expectRun(TEXT, 'state.move', {
      path: 'Mover',
      to: { kind: 'between', scope: '', after: 'Route', before: 'Reject', field: 'Default' },
    });
    expect(r.after).toBe(ROUTED.replace('    Default: Reject\n', `    Default: Mover\n${MOVED}`));
    expect(r.selection).toEqual(['Mover']);
  });

  it('given branch 3 (the Default names the same state), when a state moves onto it, then only that branch leads to it', () => {
    const r = expectRun(TEXT, 'state.move', {
      path: 'Mover',
      to: {
        kind: 'between',
        scope: '',
        after: 'Route',
        before: 'Reject',
        field: 'Branches/2/Next',
      },
    });
    expect(r.after).toBe(
      ROUTED.replace(
        '$Input.amount > 10\n        Next: Reject\n    Default: Reject\n',
        `$Input.amount > 10\n        Next: Mover\n    Default: Reject\n${MOVED}`,
      ),
    );
  });

  it('given a Catch rule (Next names the same state), when a state moves onto it, then it becomes the handler and Next stays', () => {
    const r = expectRun(TEXT, 'state.move', {
      path: 'Mover',
      to: { kind: 'between', scope: '', after: 'Big', before: 'Reject', field: 'Catch/0/Next' },
    });
    expect(r.after).toBe(
      ROUTED.replace(
        '        Next: Reject\n    Next: Reject\n',
        `        Next: Mover\n    Next: Reject\n${MOVED}`,
      ),
    );
  });

  it("given no field, when a state moves between Big and Reject, then Big's Next is the one rewired", () => {
    const r = expectRun(TEXT, 'state.move', {
      path: 'Mover',
      to: { kind: 'between', scope: '', after: 'Big', before: 'Reject' },
    });
    expect(r.after).toBe(
      ROUTED.replace(
        '        Next: Reject\n    Next: Reject\n',
        `        Next: Reject\n    Next: Mover\n${MOVED}`,
      ),
    );
  });

  it('given a field that names another state, when the move is asked, then it is refused with the reason and the text stays', () => {
    const to = {
      kind: 'between' as const,
      scope: '',
      after: 'Route',
      before: 'Reject',
      field: 'Branches/1/Next',
    };
    const reason = 'Branch 2 of “Route” goes to “Small”, not to “Reject”.';
    expect(canMove(model, 'Mover', to)).toBe(reason);
    const r = roundTrip(TEXT, 'state.move', { path: 'Mover', to });
    expect(r.ok).toBe(false);
    expect(r.reason).toBe(reason);
    expect(r.after).toBe(TEXT);
  });

  it('given a field the state does not have, when the move is asked, then canMove refuses it', () => {
    const at = (field: string) => ({
      kind: 'between' as const,
      scope: '',
      after: 'Big',
      before: 'Reject',
      field,
    });
    expect(canMove(model, 'Mover', at('Catch/1/Next'))).toBe('“Big” has no Catch rule 2.');
    expect(canMove(model, 'Mover', at('Default'))).toBe('“Big” has no Default.');
    expect(canMove(model, 'Mover', at('Parameters'))).toMatch(/is not a transition field/);
  });
});
