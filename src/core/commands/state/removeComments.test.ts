import { describe, expect, it } from 'vitest';
import { NESTED_FLOW, ORDER_FLOW } from '../testing/fixtures';
import { expectRun } from '../testing/expectRun';
import { removedLines } from '../testing/harness';

describe('comments directly above a state belong to it', () => {
  it('given a comment block directly above a state, when the state is removed, then the block goes with it and undo restores it', () => {
    const r = expectRun(ORDER_FLOW, 'state.remove', { path: 'Validate' });
    expect(r.after).not.toContain('# --- validation ---');
    expect(removedLines(ORDER_FLOW, r.after)).toContain('  # --- validation ---');
    expect(r.after).toContain('# (hand-written: comments must survive every edit)\n');
    expect(r.after).toContain('# trailing comment at the end of the file\n');
    // expectRun checked undo gives the original bytes, comment included.
  });

  it('given a comment separated by a blank line or indented deeper than the dash, when the state below is removed, then the comment stays', () => {
    const text = ORDER_FLOW.replace(
      '  - Type: Wait\n',
      '  # about the loop (not Hold)\n\n      # deeper: belongs to Check\n  - Type: Wait\n',
    );
    const r = expectRun(text, 'state.remove', { path: 'Hold' });
    expect(r.after).toContain('  # about the loop (not Hold)\n');
    expect(r.after).toContain('      # deeper: belongs to Check\n');
  });

  it('given a commented state, when it is moved, then its comment block moves with it', () => {
    const r = expectRun(ORDER_FLOW, 'state.move', {
      path: 'Validate',
      to: { kind: 'after', scope: '', after: 'Refund' },
    });
    expect(r.after).toContain(
      '    Next: Validate\n\n  # --- validation ---\n  - Type: Pass\n    Name: Validate\n',
    );
    expect(r.after.match(/--- validation ---/g)).toHaveLength(1);
  });

  it('given a commented branch state, when moved to another scope with container.moveState, then the comment is re-indented with it', () => {
    const text = NESTED_FLOW.replace(
      '                - Type: Pass\n                  Name: B\n',
      '                # B waits\n                - Type: Pass\n                  Name: B\n',
    );
    const r = expectRun(text, 'container.moveState', { path: 'Fanout/0/B', scope: 'EachItem' });
    expect(r.after).toContain(
      '              # B waits\n              - Type: Pass\n                Name: B\n',
    );
    expect(r.after.match(/# B waits/g)).toHaveLength(1);
  });
});
