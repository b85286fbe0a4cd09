import { parse as parseYaml } from 'yaml';
import {
  createRun,
  hasErrors,
  parseJsonInput,
  parseMocks,
  parseSource,
  validate,
  type Diagnostic,
  type ExecutionMode,
  type JsonValue,
  type Mocks,
  type RunSnapshot,
} from '../../core';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from '../io';

/** Exit code of an execution that failed or timed out. */
export const EXIT_EXECUTION_FAILED = 3;

const USAGE = `usage: fdl simulate <file> [--input <json> | --input-file <f>] [--mocks <file>]
                    [--mode standard|express] [--json]

Runs the workflow in the deterministic simulator (virtual time, mocked tasks).
  --input <json>       execution input, a JSON object (default {})
  --input-file <f>     read the execution input from a file ('-' for standard input)
  --mocks <file>       mocks (YAML or JSON): { "<state path or unique name>": <mock> }, a mock
                       being {output: ...}, {error: "<code>", cause: "<detail>"},
                       {latencySeconds: n, ...} or a list of these, one per attempt
  --mode <m>           standard (default) or express
  --json               print {"status","output","error","events","virtualSeconds"}

Exit: 0 succeeded, 3 failed or timed out, 1 definition invalid, 2 usage error.
`;

interface Args {
  file: string;
  input?: string;
  inputFile?: string;
  mocks?: string;
  mode: ExecutionMode;
  json: boolean;
}

function parseArgs(args: string[]): Args | string {
  const out: Partial<Args> & { mode: ExecutionMode; json: boolean } = {
    mode: 'Standard',
    json: false,
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--json') out.json = true;
    else if (
      flag === '--input' ||
      flag === '--input-file' ||
      flag === '--mocks' ||
      flag === '--mode'
    ) {
      const v = value();
      if (v === undefined) return `${flag} needs a value`;
      if (flag === '--input') out.input = v;
      else if (flag === '--input-file') out.inputFile = v;
      else if (flag === '--mocks') out.mocks = v;
      else if (v.toLowerCase() === 'standard') out.mode = 'Standard';
      else if (v.toLowerCase() === 'express') out.mode = 'Express';
      else return `--mode must be standard or express, not '${v}'`;
    } else if (a.startsWith('-') && a !== '-') return `unknown option '${a}'`;
    else if (out.file === undefined) out.file = a;
    else return `one definition file at a time (got '${out.file}' and '${a}')`;
  }
  if (out.file === undefined) return 'missing the definition file';
  if (out.input !== undefined && out.inputFile !== undefined)
    return 'give --input or --input-file, not both';
  return out as Args;
}

type Read<T> = { ok: true; value: T } | { ok: false; error: string };

function read(io: CliIo, path: string, what: string): Read<string> {
  try {
    return { ok: true, value: io.readText(path) };
  } catch (e) {
    return {
      ok: false,
      error: `cannot read ${what} '${path}': ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

function readInputValue(io: CliIo, args: Args): Read<JsonValue> {
  let text = args.input;
  if (args.inputFile !== undefined) {
    const t = read(io, args.inputFile, 'input file');
    if (!t.ok) return t;
    text = t.value;
  }
  if (text === undefined) return { ok: true, value: {} };
  const parsed = parseJsonInput(text);
  if (!parsed.ok) {
    return {
      ok: false,
      error: `input is not valid JSON at line ${parsed.line} column ${parsed.column}: ${parsed.message}`,
    };
  }
  const v = parsed.value;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return { ok: false, error: 'input must be a JSON object, e.g. {"name": "world"}' };
  }
  return { ok: true, value: v };
}

function readMocks(io: CliIo, path: string | undefined): Read<Mocks> {
  if (path === undefined) return { ok: true, value: {} };
  const text = read(io, path, 'mocks file');
  if (!text.ok) return text;
  let value: unknown;
  try {
    // YAML is a superset of JSON: one parser reads both forms of the mocks file.
    value = parseYaml(text.value, { maxAliasCount: 100 }) as unknown;
  } catch (e) {
    return {
      ok: false,
      error: `mocks file '${path}' is not valid YAML or JSON: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
  const { mocks, problems } = parseMocks(value);
  if (problems.length > 0)
    return { ok: false, error: `mocks file '${path}':\n  ${problems.join('\n  ')}` };
  return { ok: true, value: mocks };
}

function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`;
}

function humanReport(r: RunSnapshot): string {
  const lines = [
    `${r.status} after ${r.virtualSeconds} s of virtual time, ${r.events.length} events`,
  ];
  const steps = r.events.filter((e) => e.type === 'StepSucceeded' || e.type === 'StepFailed');
  for (const e of steps.slice(0, 200)) {
    const how = e.type === 'StepSucceeded' ? 'succeeded' : `failed ${String(e.detail.Error)}`;
    lines.push(`  ${String(e.time).padStart(7)} s  ${e.state}  ${how}`);
  }
  if (steps.length > 200) lines.push(`  ... ${steps.length - 200} more steps`);
  if (r.error) lines.push(`error: ${r.error.code}: ${r.error.detail}`);
  else lines.push(`output: ${JSON.stringify(r.output)}`);
  for (const note of r.log) lines.push(`note: ${note}`);
  return lines.join('\n') + '\n';
}

/** `fdl simulate`: runs a definition in the simulator and prints the result. */
export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'run a workflow in the simulator with mocked tasks',
  usage: USAGE,
  async run(argv, io) {
    const args = parseArgs(argv);
    if (typeof args === 'string') {
      io.err(`fdl simulate: ${args}\n\n${USAGE}`);
      return EXIT_USAGE;
    }
    const source = read(io, args.file, 'definition');
    const input = readInputValue(io, args);
    const mocks = readMocks(io, args.mocks);
    for (const r of [source, input, mocks]) {
      if (!r.ok) {
        io.err(`fdl simulate: ${r.error}\n`);
        return EXIT_USAGE;
      }
    }
    if (!source.ok || !input.ok || !mocks.ok) return EXIT_USAGE;
    const parsed = parseSource(source.value);
    const diagnostics = validate(parsed, { mode: args.mode });
    if (!parsed.model || hasErrors(diagnostics)) {
      const errors = diagnostics.filter((d) => d.severity === 'error');
      io.err(errors.map((d) => formatDiagnostic(args.file, d)).join('\n') + '\n');
      io.err(
        `fdl simulate: ${args.file} is not a valid definition (${errors.length} error(s)); nothing was run\n`,
      );
      return EXIT_INVALID;
    }
    const run = createRun(parsed.model, {
      input: input.value,
      mocks: mocks.value,
      mode: args.mode,
    });
    let r = run.runToEnd();
    // Nobody can report a custom callback to a CLI run: each pending one waits until its
    // Timeout fires (or the execution's time limit ends the run).
    for (let guard = 0; r.status === 'Paused' && guard < 10_000; guard++) {
      if (!args.json)
        io.err(
          `note: Task '${r.pending[0]?.path}' waits for a custom callback; without a mock it never arrives\n`,
        );
      run.skipWait();
      r = run.runToEnd();
    }
    if (args.json) {
      const events = r.events.map(({ id, type, state, detail, time }) => ({
        id,
        type,
        state,
        detail,
        time,
      }));
      io.out(
        JSON.stringify({
          status: r.status,
          output: r.output,
          error: r.error,
          events,
          virtualSeconds: r.virtualSeconds,
        }) + '\n',
      );
    } else {
      io.out(humanReport(r));
    }
    return r.status === 'Succeeded' ? EXIT_OK : EXIT_EXECUTION_FAILED;
  },
};
