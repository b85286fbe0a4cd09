// Bundles the `fdl` command (src/cli/main.ts over src/core) into dist-cli/fdl.mjs for Node.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist-cli/fdl.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __fdlCreateRequire } from 'node:module'; const require = __fdlCreateRequire(import.meta.url);",
  },
});
