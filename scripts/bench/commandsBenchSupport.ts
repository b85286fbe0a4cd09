/** What the commands benchmark needs from core, plus a reference counter. */
import { refsTo } from '../../src/core/commands/refs';
import { scopeOf, nameOf, type CommandContext } from '../../src/core';

export {
  createCommandContext,
  createEditorStore,
  executeCommand,
  isCommandContext,
  walkStates,
  parseSource,
  type CommandContext,
} from '../../src/core';

/** How many places in the scope name the state at `path`. */
export function refsCount(ctx: CommandContext, path: string): number {
  const scope = ctx.index.scopes.get(scopeOf(path));
  return scope ? refsTo(scope, nameOf(path)).length : 0;
}
