import { readFileSync } from 'node:fs';

/** What a CLI command may touch: injected so commands are testable without a process. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Reads a file, or standard input for `-`. Throws with a readable message on failure. */
  readText(path: string): string;
  writeText(path: string, text: string): void;
  cwd: string;
}

/** A command: parses its own arguments, returns the exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

/** Reads `-` as standard input, anything else as a UTF-8 file. */
export function readInput(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}
