/// <reference lib="dom" />
/**
 * Studio speed in headless Chromium against the built app (BENCH_DIST, default dist/): time to
 * the first canvas, keystroke in the YAML editor → canvas updated (a value edit: no re-layout),
 * the editor's typing echo, canvas edit (Delete) → editor updated, at 100 / 1,000 / 5,000
 * states; and the initial JavaScript (gzip) with Monaco and elkjs split out. Beside each figure,
 * the floor: the same gestures on a bare page (studioBare/: React + React Flow + Monaco + yaml,
 * full re-parse per keystroke, no layout, onlyRenderVisibleElements), built and measured in the
 * same run. Medians; one machine, noisy: the ratios are what count.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';

export const title = 'Studio (headless Chromium): built app vs bare stack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The build to measure: `BENCH_DIST` (several builds coexist on one machine), else dist/. */
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
const SIZES = [100, 1000, 5000];
const REPEATS = 3;

function waitChain(n: number): string {
  const out = ['Type: StateMachine', 'Name: bench', 'SpecVersion: v1', 'StartAt: S0', 'States:'];
  for (let i = 0; i < n; i++) {
    out.push('  - Type: Wait', `    Name: S${i}`, '    Seconds: 10');
    out.push(i === n - 1 ? '    End: true' : `    Next: S${i + 1}`);
  }
  return out.join('\n') + '\n';
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : NaN;
};
const fmt = (ms: number) => (Number.isFinite(ms) ? `${Math.round(ms)} ms` : 'n/a');

/** Initial JS: the entry script and its modulepreloads listed in dist/index.html, gzipped. */
function initialJsGzip(): { bytes: number; files: string[] } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  return { bytes, files };
}

/** A port nobody listens on now (the OS picks it), so parallel runs do not clash. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Builds the bare-stack page into a temporary folder. */
async function buildBare(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'fdl-bench-bare-'));
  await build({
    root: join(root, 'scripts', 'bench', 'studioBare'),
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1e9 },
  });
  return outDir;
}

interface Server {
  child: ChildProcess;
  base: string;
}

async function startPreview(folder: string): Promise<Server> {
  const PORT = await freePort();
  // Vite itself, not through npx: killing the child must stop the server (npx would leave it).
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
      'preview',
      '--port',
      String(PORT),
      '--strictPort',
      '--host',
      '127.0.0.1',
      '--outDir',
      folder,
    ],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok)
        return { child, base: `http://127.0.0.1:${PORT}/` };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

type Kind = 'app' | 'bare';

/** Opens a definition (the app: a share link; the bare page: the text in the fragment). */
async function open(page: Page, kind: Kind, base: string, yaml: string): Promise<void> {
  const def =
    kind === 'app'
      ? deflateRawSync(Buffer.from(yaml)).toString('base64url')
      : encodeURIComponent(yaml);
  await page.goto(`${base}?open=${Date.now()}#def=${def}`);
  await page.locator('[data-testid^="canvas.node."]').first().waitFor({ timeout: 180_000 });
  await page.locator('.view-lines').waitFor({ timeout: 180_000 });
  if (kind === 'app') {
    // Large charts are fitted at a low zoom; bring S0 into view the way a user would.
    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByTestId('outline.item.S0').click();
  }
  await page.locator('[data-testid="canvas.node.S0"]').waitFor({ timeout: 60_000 });
}

/** Installs a probe: the time from the next keydown to the first mutation matching `what`. */
async function probe(page: Page, what: 'canvas' | 'editor'): Promise<void> {
  await page.evaluate((w) => {
    const target =
      w === 'canvas'
        ? document.querySelector('[data-testid="canvas.node.S0"] .state-card__subtitle')
        : document.querySelector('.view-lines');
    const g = window as unknown as { __probe: Promise<number> };
    g.__probe = new Promise((resolve) => {
      let t0 = 0;
      window.addEventListener('keydown', () => (t0 = performance.now()), {
        capture: true,
        once: true,
      });
      const mo = new MutationObserver(() => {
        if (t0 === 0) return;
        mo.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - t0));
      });
      if (target) mo.observe(target, { subtree: true, childList: true, characterData: true });
    });
  }, what);
}
const probed = (page: Page) =>
  page.evaluate(() =>
    Promise.race([
      (window as unknown as { __probe: Promise<number> }).__probe,
      new Promise<number>((r) => setTimeout(() => r(NaN), 30_000)),
    ]),
  );

/**
 * Navigation start → first state card drawn: each load in a fresh context (a first visit,
 * nothing cached), or reloads of one page (a return visit; the first load fills the caches and
 * is not counted).
 */
async function firstCanvas(browser: Browser, base: string, cold: boolean): Promise<number[]> {
  const times: number[] = [];
  const shared = cold ? null : await browser.newPage({ viewport: { width: 1280, height: 800 } });
  shared?.setDefaultTimeout(300_000);
  for (let i = 0; i < REPEATS + (cold ? 0 : 1); i++) {
    const context = shared
      ? null
      : await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = shared ?? (await (context as BrowserContext).newPage());
    page.setDefaultTimeout(300_000);
    await page.goto(`${base}?r=${i}`);
    await page.locator('[data-testid^="canvas.node."]').first().waitFor({ timeout: 300_000 });
    const t = await page.evaluate(() => performance.now());
    if (cold || i > 0) times.push(t);
    await context?.close();
  }
  await shared?.close();
  return times;
}

interface Row {
  toCanvas: number;
  echo: number;
  toEditor: number;
}

/** The three gestures at one size, on the app or the bare page. */
async function gestures(page: Page, kind: Kind, base: string, n: number): Promise<Row> {
  await open(page, kind, base, waitChain(n));
  const toCanvas: number[] = [];
  const echo: number[] = [];
  const toEditor: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    // keystroke → canvas: a value edit of S0's Seconds (its card subtitle changes)
    await page.locator('.view-line', { hasText: 'Seconds: 10' }).first().click();
    await page.keyboard.press('End');
    await probe(page, 'canvas');
    await page.keyboard.type(String(i + 1));
    toCanvas.push(await probed(page));
    // the typing echo: keystroke → Monaco shows it
    await probe(page, 'editor');
    await page.keyboard.press('Backspace');
    echo.push(await probed(page));
    await page.waitForTimeout(600);
    // canvas edit → editor: delete S1 with the keyboard, then undo
    await page.locator('[data-testid="canvas.node.S1"]').click();
    await probe(page, 'editor');
    await page.keyboard.press('Delete');
    toEditor.push(await probed(page));
    await page.keyboard.press('Control+z');
    await page.locator('[data-testid="canvas.node.S1"]').waitFor({ timeout: 120_000 });
    await page.waitForTimeout(600);
  }
  return { toCanvas: median(toCanvas), echo: median(echo), toEditor: median(toEditor) };
}

const pair = (app: number, floor: number) =>
  `${fmt(app)} | ${fmt(floor)}${Number.isFinite(app / floor) ? ` (×${(app / floor).toFixed(1)})` : ''}`;

export async function run(): Promise<string> {
  if (!existsSync(join(dist, 'index.html')))
    return `Not measured: build into ${dist} first (\`npx vite build --outDir …\`, BENCH_DIST).`;
  const js = initialJsGzip();
  const bareDir = await buildBare();
  const app = await startPreview(dist);
  const bare = await startPreview(bareDir);
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const rows: string[] = [];
  try {
    const cold = median(await firstCanvas(browser, app.base, true));
    const warm = median(await firstCanvas(browser, app.base, false));
    const bareFirst = median(await firstCanvas(browser, bare.base, true));
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // A loaded machine can take minutes where an idle one takes seconds: measure, do not give up.
    page.setDefaultTimeout(300_000);
    for (const n of SIZES) {
      // Alternate app and floor at each size, so both see the same machine load.
      const a = await gestures(page, 'app', app.base, n);
      const f = await gestures(page, 'bare', bare.base, n);
      rows.push(
        `| ${n.toLocaleString('en')} | ${pair(a.toCanvas, f.toCanvas)} | ${pair(a.echo, f.echo)} | ${pair(a.toEditor, f.toEditor)} |`,
      );
    }
    return [
      `First usable canvas (sample workflow, navigation start → first card): **${fmt(cold)}** on a first visit, **${fmt(warm)}** on a return visit (layout kept); the bare page: ${fmt(bareFirst)} (medians of ${REPEATS}).`,
      '',
      `Initial JavaScript, gzip, Monaco and elkjs split out (loaded lazily): **${(js.bytes / 1024).toFixed(0)} KB** (${js.files.join(', ')}).`,
      '',
      '| states | keystroke → canvas (value edit) | floor | typing echo | floor | canvas Delete → editor | floor |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `Medians of ${REPEATS}. Floor: the bare page (scripts/bench/studioBare: React + React Flow + Monaco + yaml, a full re-parse on every keystroke, fixed positions, \`onlyRenderVisibleElements\`), measured in the same run; its typing echo includes that synchronous parse.`,
    ].join('\n');
  } finally {
    await browser.close();
    app.child.kill();
    bare.child.kill();
    rmSync(bareDir, { recursive: true, force: true });
  }
}
