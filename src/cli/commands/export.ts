import { stringify } from 'yaml';
import {
  documentToJson,
  hasErrors,
  parseSource,
  validate,
  type ExecutionMode,
} from '../../core/index';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../io';
import { exportDiagram } from './exportDiagram';
import { displayName, formatDiagnostics, parseMode, readDefinition } from './validate';

const FORMATS = ['json', 'yaml', 'svg', 'mermaid'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `usage: fdl export <file> --to json|yaml|svg|mermaid [-o <out>] [--mode standard|express]

Writes a valid definition in another format ("-" reads standard input):
  json     the definition as JSON (what CloudFlow's API accepts), indented by 2 spaces
  yaml     a JSON definition converted to YAML; a YAML definition is written unchanged
  svg      the flow chart as a standalone SVG image, laid out like the Studio's canvas
  mermaid  the flow chart as Mermaid flowchart text

options:
  --to json|yaml|svg|mermaid  the output format (required)
  -o, --out <file>         write to a file instead of standard output
  --mode standard|express  the execution mode used to validate (default: standard)

An invalid definition is not exported: its diagnostics go to standard error and the exit status
is 1. Warnings are printed to standard error and do not stop the export. Exit status 2: usage
error or unreadable file.
`;

/** Whether the text is written as JSON (its first significant character opens an object). */
function isJsonText(text: string): boolean {
  return text.trimStart().startsWith('{');
}

/** The definition in `format`, from valid text; undefined if the diagram could not be drawn. */
async function render(
  text: string,
  format: Format,
  mode: ExecutionMode,
): Promise<string | undefined> {
  if (format === 'svg' || format === 'mermaid') {
    const result = await exportDiagram(text, format, { mode });
    return result.ok ? result.output : undefined;
  }
  const parsed = parseSource(text);
  if (format === 'json') return JSON.stringify(documentToJson(parsed), null, 2) + '\n';
  // YAML input is already what the user wrote, comments and all: keep it byte for byte.
  if (!isJsonText(text)) return text;
  return stringify(documentToJson(parsed), { lineWidth: 0 });
}

/** `fdl export`. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a valid definition as JSON, YAML, an SVG chart or Mermaid',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let file: string | undefined;
    let to: string | undefined;
    let out: string | undefined;
    let mode: ExecutionMode = 'Standard';
    const usageError = (message: string) => {
      io.err(`fdl export: ${message}\n\n${USAGE}`);
      return EXIT_USAGE;
    };
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      const [flag, inline] =
        arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
      const value = () => (inline !== undefined ? inline : args[++i]);
      if (flag === '--to') to = value();
      else if (flag === '-o' || flag === '--out') out = value();
      else if (flag === '--mode') {
        const v = value();
        const parsed = parseMode(v);
        if (!parsed) return usageError(`--mode takes standard or express, not ${v ?? 'nothing'}`);
        mode = parsed;
      } else if (arg.startsWith('-') && arg !== '-') return usageError(`unknown option ${arg}`);
      else if (file === undefined) file = arg;
      else return usageError(`one file at a time (got ${file} and ${arg})`);
    }
    if (file === undefined) return usageError('no file given');
    if (to === undefined) return usageError(`--to is required (${FORMATS.join(', ')})`);
    if (!(FORMATS as readonly string[]).includes(to)) {
      return usageError(`--to takes ${FORMATS.join(', ')}, not ${to}`);
    }
    if (out === undefined && args.some((a) => a === '-o' || a === '--out')) {
      return usageError('-o needs a file name');
    }
    const text = readDefinition(io, file);
    if (text === undefined) return EXIT_USAGE;
    const diagnostics = validate(parseSource(text), { mode });
    io.err(formatDiagnostics(displayName(file), diagnostics));
    if (hasErrors(diagnostics)) {
      io.err(`fdl export: ${displayName(file)} has errors; nothing was exported.\n`);
      return EXIT_INVALID;
    }
    const output = await render(text, to as Format, mode);
    if (output === undefined) {
      io.err(`fdl export: could not draw ${displayName(file)}.\n`);
      return EXIT_INVALID;
    }
    if (out === undefined) {
      io.out(output);
      return EXIT_OK;
    }
    try {
      io.writeText(out, output);
    } catch (e) {
      io.err(`fdl export: cannot write ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
      return EXIT_USAGE;
    }
    return EXIT_OK;
  },
};
