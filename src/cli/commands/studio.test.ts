import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStudioServer, mimeType, STUDIO_CSP } from './studio';

describe('fdl studio server', () => {
  const root = mkdtempSync(join(tmpdir(), 'fdl-studio-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'secret.txt'), 'secret');
  const server = createStudioServer(root);
  let base = '';
  beforeAll(
    () =>
      new Promise<void>((done) =>
        server.listen(0, '127.0.0.1', () => {
          base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
          done();
        }),
      ),
  );
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('serves index.html with the CSP header and MIME type', async () => {
    const r = await fetch(`${base}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toBe(STUDIO_CSP);
    expect(STUDIO_CSP).not.toContain('unsafe-eval');
    expect(STUDIO_CSP).toContain('worker-src');
  });

  it('serves scripts as JavaScript', async () => {
    const r = await fetch(`${base}/assets/app.js`);
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await r.text()).toBe('console.log(1)');
  });

  it('never serves outside the root, and 404s missing files', async () => {
    const r = await fetch(`${base}/%2e%2e/secret.txt`);
    expect([403, 404]).toContain(r.status);
    expect(await r.text()).not.toContain('secret');
    expect((await fetch(`${base}/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('maps unknown extensions to octet-stream', () => {
    expect(mimeType('a.bin')).toBe('application/octet-stream');
    expect(mimeType('A.SVG')).toBe('image/svg+xml');
  });
});
