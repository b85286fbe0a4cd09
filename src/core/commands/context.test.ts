import { describe, expect, it } from 'vitest';
import { createCommandContext, isCommandContext } from './context';
import { executeCommand } from './registry';

describe('createCommandContext', () => {
  it('given a syntax error, then the reason names the line', () => {
    const c = createCommandContext('Type: StateMachine\nStates:\n  - Name: A\n    Type: [Pass\n');
    expect(isCommandContext(c)).toBe(false);
    expect(!isCommandContext(c) && c.reason).toMatch(
      /^The YAML has a syntax error at line [45]: fix it to edit on the canvas$/,
    );
  });

  it('given a list at the root, then it is refused as not a mapping', () => {
    const c = createCommandContext('- a\n- b\n');
    expect(!isCommandContext(c) && c.reason).toMatch(/not a YAML mapping/);
  });

  it('given an alias bomb, then it is refused instead of expanded', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++) {
      const prev = String.fromCharCode(97 + i);
      const next = String.fromCharCode(98 + i);
      lines.push(
        `${next}: &${next} [*${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}, *${prev}]`,
      );
    }
    const c = createCommandContext(lines.join('\n') + '\nStates: []\n');
    expect(!isCommandContext(c) && c.reason).toMatch(/too many aliases/);
  });

  it('given an unknown command, then it is refused, not thrown', () => {
    const r = executeCommand('States: []\n', 'state.fly' as never, {} as never);
    expect(r).toEqual({ ok: false, reason: 'Unknown command “state.fly”.' });
  });
});
