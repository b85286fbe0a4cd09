import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { STUDIO_CSP } from '../../src/cli/commands/studio';
import { serviceWorkerSource } from './serviceWorkerSource';

/** Directives a `<meta>` policy ignores (and warns about): only a header can carry them. */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/** The policy of `fdl studio`'s header, without what a meta tag cannot carry. */
export function metaPolicy(header: string): string {
  return header
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !HEADER_ONLY.includes(d.split(/\s+/)[0] ?? ''))
    .join('; ');
}

/** What the service worker precaches: every built file but itself and source maps. */
export function precacheList(files: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const f of files) {
    const p = f.split(sep).join('/');
    if (p === 'sw.js' || p.endsWith('.map')) continue;
    out.add(p);
  }
  return [...out].sort();
}

/** A version that changes whenever a file name or the content of a non-hashed file changes. */
export function cacheVersion(files: readonly string[], unhashed: readonly string[]): string {
  const h = createHash('sha256');
  for (const f of files) h.update(`${f}\n`);
  for (const text of unhashed) h.update(text);
  return h.digest('hex').slice(0, 16);
}

function walk(dir: string, root = dir): string[] {
  let out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    out = statSync(p).isDirectory() ? [...out, ...walk(p, root)] : [...out, relative(root, p)];
  }
  return out;
}

/**
 * The production build's page hardening, build only (dev needs inline scripts):
 * a Content-Security-Policy meta tag (the policy `fdl studio` sends as a header) and `sw.js`,
 * a service worker precaching every built file so the app works offline after a first load.
 */
export function studioBuildPlugin(): Plugin {
  let config: ResolvedConfig | null = null;
  return {
    name: 'fdl-studio-build',
    apply: 'build',
    configResolved(c) {
      config = c;
    },
    transformIndexHtml() {
      return [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(STUDIO_CSP) },
          injectTo: 'head-prepend',
        },
      ];
    },
    writeBundle(options, bundle) {
      const outDir = options.dir ?? config?.build.outDir;
      if (!outDir) return;
      const publicDir = config?.publicDir;
      const publicFiles = publicDir ? walk(publicDir) : [];
      const files = precacheList([...Object.keys(bundle), ...publicFiles]);
      // Hashed asset names change with their content; index.html and public files do not.
      // (Public files are read from the public folder: they may not be copied yet.)
      const html = bundle['index.html'];
      const unhashed = [
        html?.type === 'asset' ? String(html.source) : '',
        ...publicFiles.map((f) => readFileSync(join(publicDir ?? '', f), 'latin1')),
      ];
      writeFileSync(
        join(outDir, 'sw.js'),
        serviceWorkerSource(cacheVersion(files, unhashed), files),
      );
    },
  };
}
