import {
  hasErrors,
  parseSource,
  validate,
  type Diagnostic,
  type ExecutionMode,
} from '../../core/index';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../io';

const USAGE = `usage: fdl validate <file...> [--mode standard|express] [--json | --format text|json|github]

Checks CloudFlow FDL definitions (YAML or JSON; "-" reads standard input) and prints every
problem as file:line:column severity code message (codes: docs/diagnostics.md), then a summary.

options:
  --mode standard|express  the workflow's execution mode (default: standard); Express
                           workflows allow only RequestComplete tasks and waits up to 20 s
  --json                   print [{"file","valid","diagnostics":[...]}] instead of text
                           (the same as --format json)
  --format github          print GitHub Actions annotations (::error file=…,line=…::message)
                           so that findings show on the changed lines of a pull request

exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage error or unreadable file
`;

/** One checked file, as printed by `--json`. */
export interface FileReport {
  file: string;
  valid: boolean;
  diagnostics: {
    severity: Diagnostic['severity'];
    code: string;
    message: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    path: string | null;
  }[];
}

/** Parses `--mode` values; undefined for anything else. */
export function parseMode(value: string | undefined): ExecutionMode | undefined {
  const v = value?.toLowerCase();
  return v === 'standard' ? 'Standard' : v === 'express' ? 'Express' : undefined;
}

/** The name shown for an input: `<stdin>` for `-`. */
export function displayName(file: string): string {
  return file === '-' ? '<stdin>' : file;
}

/** Compiler-style lines: `file:line:col severity code message`. */
export function formatDiagnostics(file: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => `${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`)
    .join('');
}

/** Escapes the message of a GitHub Actions workflow command. */
const ghData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escapes a property value of a GitHub Actions workflow command. */
const ghProperty = (s: string) => ghData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * GitHub Actions annotations, one per diagnostic:
 * `::error file=f,line=l,col=c,endLine=…,endColumn=…,title=code::message`.
 */
export function formatGithub(file: string, diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const level =
        d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
      const props = [
        `file=${ghProperty(file)}`,
        `line=${d.line}`,
        `col=${d.column}`,
        `endLine=${d.endLine}`,
        `endColumn=${d.endColumn}`,
        `title=${ghProperty(`fdl ${d.code}`)}`,
      ].join(',');
      return `::${level} ${props}::${ghData(d.message)}\n`;
    })
    .join('');
}

/** Reads a definition, or reports why it cannot be read and returns undefined. */
export function readDefinition(io: CliIo, file: string): string | undefined {
  try {
    return io.readText(file);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    io.err(`fdl: cannot read ${displayName(file)}: ${reason}\n`);
    return undefined;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `fdl validate`. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check definitions and print diagnostics (exit 1 on errors)',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    const files: string[] = [];
    let mode: ExecutionMode = 'Standard';
    let format: 'text' | 'json' | 'github' = 'text';
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--json') format = 'json';
      else if (arg === '--format' || arg.startsWith('--format=')) {
        const value = arg === '--format' ? args[++i] : arg.slice('--format='.length);
        if (value !== 'text' && value !== 'json' && value !== 'github') {
          io.err(
            `fdl validate: --format takes text, json or github, not ${value ?? 'nothing'}\n\n${USAGE}`,
          );
          return EXIT_USAGE;
        }
        format = value;
      } else if (arg === '--mode' || arg.startsWith('--mode=')) {
        const value = arg === '--mode' ? args[++i] : arg.slice('--mode='.length);
        const parsed = parseMode(value);
        if (!parsed) {
          io.err(
            `fdl validate: --mode takes standard or express, not ${value ?? 'nothing'}\n\n${USAGE}`,
          );
          return EXIT_USAGE;
        }
        mode = parsed;
      } else if (arg.startsWith('-') && arg !== '-') {
        io.err(`fdl validate: unknown option ${arg}\n\n${USAGE}`);
        return EXIT_USAGE;
      } else files.push(arg);
    }
    if (files.length === 0) {
      io.err(`fdl validate: no file given\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const reports: FileReport[] = [];
    let unreadable = 0;
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
      const text = readDefinition(io, file);
      if (text === undefined) {
        unreadable++;
        continue;
      }
      const diagnostics = validate(parseSource(text), { mode });
      const name = displayName(file);
      errors += diagnostics.filter((d) => d.severity === 'error').length;
      warnings += diagnostics.filter((d) => d.severity === 'warning').length;
      if (format === 'text') io.out(formatDiagnostics(name, diagnostics));
      else if (format === 'github') io.out(formatGithub(name, diagnostics));
      reports.push({
        file: name,
        valid: !hasErrors(diagnostics),
        diagnostics: diagnostics.map((d) => ({
          severity: d.severity,
          code: d.code,
          message: d.message,
          line: d.line,
          column: d.column,
          endLine: d.endLine,
          endColumn: d.endColumn,
          path: d.path ?? null,
        })),
      });
    }
    if (format === 'json') io.out(JSON.stringify(reports, null, 2) + '\n');
    else {
      const problems =
        errors + warnings === 0
          ? 'no problems'
          : `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
      const invalid = reports.filter((r) => !r.valid).length;
      const failing = invalid > 0 ? ` (${plural(invalid, 'file')} with errors)` : '';
      const skipped = unreadable > 0 ? `; ${plural(unreadable, 'file')} could not be read` : '';
      io.out(`Checked ${plural(reports.length, 'file')}: ${problems}${failing}${skipped}.\n`);
    }
    if (unreadable > 0) return EXIT_USAGE;
    return errors > 0 ? EXIT_INVALID : EXIT_OK;
  },
};
