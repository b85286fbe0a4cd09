/**
 * `npm run bench`: runs every scripts/bench/*.bench.ts in turn (or those named on the command
 * line), prints their tables and writes them to docs/benchmarks.md. Each bench module exports
 * `title` and `run(): Promise<string>` returning a Markdown section. Benchmarks, not tests:
 * figures are medians from one run on a shared machine; ratios against the bare-library floor
 * measured in the same run are what count.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpus } from 'node:os';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const sections: [string, string][] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as {
    title: string;
    run: () => Promise<string>;
  };
  process.stdout.write(`\n## ${mod.title}\n`);
  const md = await mod.run();
  process.stdout.write(md + '\n');
  const machine = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}.`;
  sections.push([mod.title, `## ${mod.title}\n\n${machine}\n\n${md}\n`]);
}

// Sections of benchmarks not run this time are kept from the existing page, so that one area
// can be re-measured without re-running all of them.
const page = join(here, '..', '..', 'docs', 'benchmarks.md');
const previous = existsSync(page) ? readFileSync(page, 'utf8') : '';
const kept = new Map<string, string>();
for (const part of previous.split(/^(?=## )/m).slice(1)) {
  const title = part.slice(3, part.indexOf('\n')).trim();
  kept.set(title, part.trimEnd() + '\n');
}
for (const [title, md] of sections) kept.set(title, md);
const header = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (do not edit by hand; `npm run bench -- <name>` re-measures one',
  'area and keeps the others). Medians of repeated runs on one machine; each figure stands beside',
  'its floor (the bare library doing the same work) measured in the same run, because machines',
  'here are shared and noisy: the ratios are what count.',
  '',
].join('\n');
const body = [...kept.values()].join('\n');
writeFileSync(page, header + '\n' + body);
