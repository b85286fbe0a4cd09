#!/usr/bin/env node
// Entry of the `fdl` command. The CLI is bundled by `npm run build:cli` (run by `prepare` on
// `npm install`); this file only loads it so that `npx fdl` works in a fresh clone.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'fdl.mjs');
if (!existsSync(bundle)) {
  process.stderr.write('fdl: the CLI is not built yet; run `npm run build:cli` in ' + root + '\n');
  process.exit(2);
}
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
