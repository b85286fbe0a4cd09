import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_INVALID, EXIT_USAGE, type CliCommand, type CliIo } from '../io';

const USAGE = `usage: fdl studio [--port N] [--dir DIR]

Serves the built FDL Studio (npm run build → dist/) on http://127.0.0.1:N (default 5180), with
a strict Content-Security-Policy. Your workflows stay in this browser's storage. Ctrl+C stops.

exit status: 1 no built app found or the port is taken, 2 usage error
`;

/**
 * The policy sent with every page: no eval; Monaco needs blob: workers and inline styles. The
 * built index.html carries the same policy as a meta tag (scripts/vite/studioBuildPlugin.ts,
 * without frame-ancestors, which only a header can carry), so any static host gets it too.
 */
export const STUDIO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The MIME type of a served file (octet-stream when unknown: never sniffed as HTML). */
export function mimeType(path: string): string {
  return MIME[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/** A static server for a built app: GET/HEAD only, no directory escapes, CSP on every answer. */
export function createStudioServer(root: string): Server {
  const base = resolve(root);
  return createServer((req, res) => {
    const headers = {
      'Content-Security-Policy': STUDIO_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400, headers).end();
      return;
    }
    const file = normalize(join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403, headers).end();
      return;
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      res
        .writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Not found');
      return;
    }
    const body = readFileSync(file);
    res.writeHead(200, {
      ...headers,
      'Content-Type': mimeType(file),
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
}

/** The built app: --dir, else dist/ in the working directory or beside the package. */
function findDist(dir: string | undefined, cwd: string): string | null {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = dir
    ? [resolve(cwd, dir)]
    : [join(cwd, 'dist'), resolve(here, '../dist'), resolve(here, '../../../dist')];
  return candidates.find((c) => existsSync(join(c, 'index.html'))) ?? null;
}

export const studioCommand: CliCommand = {
  name: 'studio',
  summary: 'serve the built Studio locally (127.0.0.1)',
  usage: USAGE,
  async run(args: string[], io: CliIo): Promise<number> {
    let port = 5180;
    let dir: string | undefined;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      const v = args[i + 1];
      if (a === '--port' && v !== undefined && /^\d+$/.test(v) && Number(v) < 65536) {
        port = Number(v);
        i++;
      } else if (a === '--dir' && v !== undefined) {
        dir = v;
        i++;
      } else {
        io.err(`fdl studio: bad argument '${a ?? ''}'\n\n${USAGE}`);
        return EXIT_USAGE;
      }
    }
    const root = findDist(dir, io.cwd);
    if (!root) {
      io.err('fdl studio: no built app found (run "npm run build" first, or pass --dir)\n');
      return EXIT_INVALID;
    }
    const server = createStudioServer(root);
    return new Promise<number>((done) => {
      server.once('error', (e) => {
        io.err(`fdl studio: ${e.message}\n`);
        done(EXIT_INVALID);
      });
      server.listen(port, '127.0.0.1', () => {
        io.out(`FDL Studio on http://127.0.0.1:${port}/ (serving ${root}); Ctrl+C stops\n`);
      });
      process.once('SIGINT', () => server.close(() => done(0)));
    });
  },
};
