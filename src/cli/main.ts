import { writeFileSync } from 'node:fs';
import { EXIT_USAGE, readInput, type CliCommand, type CliIo } from './io';
import { exportCommand } from './commands/export';
import { validateCommand } from './commands/validate';
import { simulateCommand } from './commands/simulate';
import { renameCommand } from './commands/rename';
import { studioCommand } from './commands/studio';

/** Every command of `fdl`. Each lives in commands/<name>.ts. */
const commands: CliCommand[] = [
  validateCommand,
  exportCommand,
  simulateCommand,
  renameCommand,
  studioCommand,
];

function usage(): string {
  const lines = commands.map((c) => `  ${c.name.padEnd(10)} ${c.summary}`);
  return [
    'usage: fdl <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'fdl <command> --help for details.',
    '',
  ].join('\n');
}

export function nodeIo(): CliIo {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    readText: readInput,
    writeText: (p, t) => writeFileSync(p, t),
    cwd: process.cwd(),
  };
}

/** The `fdl` command. Returns the process exit code. */
export async function main(argv: string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? EXIT_USAGE : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`fdl: unknown command '${name}'\n\n${usage()}`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage.endsWith('\n') ? command.usage : command.usage + '\n');
    return 0;
  }
  return command.run(rest, io);
}
