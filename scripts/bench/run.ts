/**
 * `npm run bench`: runs every scripts/bench/*.bench.ts in turn (or those named on the command
 * line), prints their tables and writes them to docs/benchmarks.md. Each bench module exports
 * `title` and `run(): Promise<string>` returning a Markdown section. Benchmarks, not tests:
 * figures are medians from one run on a shared machine; ratios against the bare-library floor
 * measured in the same run are what count.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections: string[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as {
    title: string;
    run: () => Promise<string>;
  };
  process.stdout.write(`\n## ${mod.title}\n`);
  const md = await mod.run();
  process.stdout.write(md + '\n');
  sections.push(`## ${mod.title}\n\n${md}\n`);
}

if (only.length === 0) {
  const header = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (do not edit by hand). Medians of repeated runs on one machine;',
    'each figure stands beside its floor (the bare library doing the same work) measured in the',
    'same run, because machines here are shared and noisy: the ratios are what count.',
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
  ].join('\n');
  writeFileSync(
    join(here, '..', '..', 'docs', 'benchmarks.md'),
    header + '\n' + sections.join('\n'),
  );
}
