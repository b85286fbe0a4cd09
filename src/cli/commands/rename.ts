import {
  childPath,
  createCommandContext,
  executeCommand,
  isCommandContext,
  nameOf,
  scopeOf,
  splitPath,
  type CommandContext,
} from '../../core/index';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../io';

const USAGE = `usage: fdl rename <file> <old> <new> [--write]

Renames a state and every reference to it in its scope (StartAt, Next, Default, Choice branch
and Catch Next). Everything else in the file stays byte-identical: comments, blank lines,
quoting and key order. Prints the new YAML ("-" reads standard input), or with --write
rewrites the file in place.

<old> is a state path (Fanout/0/Check, EachItem/Resize) or a state name that is unique in the
file; <new> is the new name (or a path in the same scope).

exit status: 0 renamed, 1 <old> missing or ambiguous, <new> taken in that scope, or the file
does not parse, 2 usage error or unreadable file
`;

/** Resolves `<old>`: an exact state path, else a name that only one state has. */
function resolveOld(ctx: CommandContext, old: string): { path: string } | { error: string } {
  if (ctx.index.states.has(old)) return { path: old };
  const named = [...ctx.index.states.values()].filter((s) => s.name === old);
  if (named.length === 1 && named[0]) return { path: named[0].path };
  if (named.length > 1) {
    const paths = named.map((s) => s.path).join(', ');
    return {
      error: `“${old}” names ${named.length} states (${paths}): give the state path instead.`,
    };
  }
  return { error: `There is no state “${old}” in the file.` };
}

/** `fdl rename`: a lossless rename through the same command the canvas uses. */
export const renameCommand: CliCommand = {
  name: 'rename',
  summary: 'rename a state and every reference to it, keeping the rest of the file as is',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const write = args.includes('--write');
    const positional = args.filter((a) => a !== '--write');
    const unknown = positional.find((a) => a.startsWith('--'));
    if (unknown !== undefined || positional.length !== 3) {
      io.err(unknown ? `fdl rename: unknown option ${unknown}\n\n${USAGE}` : USAGE);
      return EXIT_USAGE;
    }
    const [file, old, next] = positional as [string, string, string];
    if (write && file === '-') {
      io.err('fdl rename: --write needs a file, not standard input\n');
      return EXIT_USAGE;
    }
    let text: string;
    try {
      text = io.readText(file);
    } catch (e) {
      io.err(`fdl rename: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      return EXIT_USAGE;
    }
    const ctx = createCommandContext(text);
    if (!isCommandContext(ctx)) {
      io.err(`fdl rename: ${ctx.reason}\n`);
      return EXIT_INVALID;
    }
    const from = resolveOld(ctx, old);
    if ('error' in from) {
      io.err(`fdl rename: ${from.error}\n`);
      return EXIT_INVALID;
    }
    const scope = scopeOf(from.path);
    const isPath = splitPath(next).length > 1;
    if (isPath && scopeOf(next) !== scope) {
      io.err(`fdl rename: “${next}” is in another scope: rename cannot move a state.\n`);
      return EXIT_INVALID;
    }
    const newName = isPath ? nameOf(next) : next;
    const result = executeCommand(ctx, 'state.rename', { path: from.path, newName });
    if (!result.ok) {
      io.err(`fdl rename: ${result.reason}\n`);
      return EXIT_INVALID;
    }
    if (write) {
      io.writeText(file, result.text);
      const refs = result.edits.length - 1;
      io.out(
        `renamed ${from.path} to ${childPath(scope, newName)} (${refs} reference${refs === 1 ? '' : 's'}) in ${file}\n`,
      );
    } else io.out(result.text);
    return EXIT_OK;
  },
};
