import type { CommandArgsMap, CommandName } from '../registry';
import { roundTrip, type RoundTrip } from './harness';

/**
 * Runs a command and throws unless the universal contract holds: accepted, the result parses,
 * the text changed, undo gives the original bytes and redo the result's bytes.
 */
export function expectRun<K extends CommandName>(
  text: string,
  name: K,
  args: CommandArgsMap[K],
): RoundTrip {
  const r = roundTrip(text, name, args);
  const fail = (why: string) => {
    throw new Error(`${name} ${JSON.stringify(args)}: ${why}`);
  };
  if (!r.ok) fail(`refused: ${r.reason ?? ''}`);
  if (!r.parses) fail(`result does not parse:\n${r.after}`);
  if (r.after === text) fail('text unchanged');
  if (r.undone !== text) fail('undo did not restore the original bytes');
  if (r.redone !== r.after) fail('redo did not restore the result bytes');
  return r;
}
