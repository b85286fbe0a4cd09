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
import { cpus, loadavg, tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS } from '../chromiumArgs';

export const title = 'Studio (headless Chromium): built app vs bare stack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The build to measure: `BENCH_DIST` (several builds coexist on one machine), else dist/. */
const dist = resolve(root, process.env.BENCH_DIST ?? 'dist');
const SIZES = [100, 1000, 5000];
const REPEATS = 3;
/** Rounds of the gestures at each size (more than the loads: the first edit of a page is cold). */
const ROUNDS = 5;

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
export async function buildBare(): Promise<string> {
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

export async function startPreview(folder: string): Promise<Server> {
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

/**
 * A browser context for one measurement. tsx compiles this file with esbuild's keepNames, which
 * wraps the named helpers inside page functions in `__name(…)`: the page needs that helper too.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript('self.__name = (f) => f;');
  return context;
}

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
    await page.locator('[data-layout="settled"]').waitFor({ timeout: 180_000 });
  }
  await page.locator('[data-testid="canvas.node.S0"]').waitFor({ timeout: 60_000 });
  // Gestures start once the page settled, as when a user opens a workflow and then edits it:
  // right after opening, the app still lays the chart out (elk, in a worker: ~15 s of a core at
  // 1,000 states), validates the schema (monaco-yaml's worker) and primes the parse worker; the
  // first gestures shared the two cores with that work.
  await page.waitForTimeout(settleMsAt(yaml.length));
}

/** The pause after opening before the first gesture: longer for larger documents. */
function settleMsAt(textLength: number): number {
  return textLength > 100_000 ? 6_000 : 1_500;
}

/**
 * What a probe waits for: the changed card's subtitle reading `text` (the canvas shows the
 * edit), or the editor's rendered lines no longer holding a line that matches `gone` (Monaco
 * shows the keystroke / the deletion). Checked on every DOM mutation of the watched element, so
 * an unrelated re-render (cursor, scrolling, a sibling card) does not count.
 */
type Until = { canvasSubtitle: string } | { editorLineGone: string };

/** Installs a probe: the time from the next keydown to the frame after `until` holds. */
async function probe(page: Page, until: Until): Promise<void> {
  await page.evaluate((u) => {
    const lines = () =>
      [...document.querySelectorAll('.view-lines .view-line')].map((l) =>
        (l.textContent ?? '').replace(/\u00a0/g, ' '),
      );
    const holds = (): boolean => {
      if ('canvasSubtitle' in u) {
        const el = document.querySelector('[data-testid="canvas.node.S0"] .state-card__subtitle');
        return (el?.textContent ?? '').replace(/\s/g, '') === u.canvasSubtitle;
      }
      const gone = new RegExp(u.editorLineGone);
      return !lines().some((l) => gone.test(l));
    };
    const target =
      'canvasSubtitle' in u
        ? document.querySelector('.react-flow')
        : document.querySelector('.view-lines');
    const g = window as unknown as { __probe: Promise<number> };
    g.__probe = new Promise((resolve, reject) => {
      if (!target) return reject(new Error('probe: nothing to watch'));
      if (holds()) return reject(new Error('probe: the change shows before the gesture'));
      let t0 = 0;
      // The event's own time (when the browser took the key), so a key that waited for a busy
      // main thread before its handler ran counts that wait.
      window.addEventListener('keydown', (e) => (t0 = e.timeStamp), {
        capture: true,
        once: true,
      });
      const mo = new MutationObserver(() => {
        if (t0 === 0 || !holds()) return;
        mo.disconnect();
        // The frame that shows the change: rAF runs before its paint, the task after it.
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
      });
      mo.observe(target, { subtree: true, childList: true, characterData: true });
    });
  }, until);
}

/** The probe's figure, or a clear error after `seconds`. */
async function probed(page: Page, what: string, seconds: number): Promise<number> {
  const ms = await page.evaluate(
    (s) =>
      Promise.race([
        (window as unknown as { __probe: Promise<number> }).__probe,
        new Promise<number>((r) => setTimeout(() => r(-1), s * 1000)),
      ]),
    seconds,
  );
  if (ms < 0) throw new Error(`${what}: no change shown within ${seconds} s`);
  return ms;
}

/**
 * The typing echo while the app works: a burst of keys typed at a person's pace (one every
 * `gap` ms) at the end of S0's "Seconds: 10" line; for each key, keydown → the frame after Monaco
 * shows it. Commits of earlier keys (parse, chart) run in between, so a commit that blocks the
 * main thread shows up here as a late echo.
 */
export async function typingBurst(
  page: Page,
  keys: string,
  gap: number,
  what: string,
  seconds: number,
) {
  await page.evaluate((count) => {
    const g = window as unknown as { __burst: Promise<number[]> };
    g.__burst = new Promise((resolve) => {
      const down: number[] = [];
      const shown: number[] = [];
      const onKey = (e: KeyboardEvent) => down.push(e.timeStamp);
      window.addEventListener('keydown', onKey, { capture: true });
      const typed = () => {
        let most = 0;
        for (const l of document.querySelectorAll('.view-lines .view-line')) {
          const m = /^\s*Seconds: 10(\d*)\s*$/.exec((l.textContent ?? '').replace(/\u00a0/g, ' '));
          if (m && (m[1] as string).length > most) most = (m[1] as string).length;
        }
        return most;
      };
      const mo = new MutationObserver(() => {
        const k = typed();
        if (k <= shown.length) return;
        const from = shown.length;
        for (let j = from; j < k; j++) shown.push(NaN);
        requestAnimationFrame(() =>
          setTimeout(() => {
            const t = performance.now();
            for (let j = from; j < k; j++) shown[j] = t;
            if (k === count && shown.every(Number.isFinite)) {
              mo.disconnect();
              window.removeEventListener('keydown', onKey, { capture: true });
              resolve(shown.map((s, j) => s - (down[j] as number)));
            }
          }, 0),
        );
      });
      mo.observe(document.querySelector('.view-lines') as Element, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
  }, keys.length);
  for (const key of keys) {
    await page.keyboard.press(key);
    await page.waitForTimeout(gap);
  }
  const echoes = await page.evaluate(
    (s) =>
      Promise.race([
        (window as unknown as { __burst: Promise<number[]> }).__burst,
        new Promise<number[]>((r) => setTimeout(() => r([]), s * 1000)),
      ]),
    seconds,
  );
  if (echoes.length !== keys.length)
    throw new Error(`${what}: not every key shown within ${seconds} s`);
  return echoes;
}

/**
 * Navigation start → first state card in the DOM (a MutationObserver installed before the page's
 * own scripts notes the moment; the frame after it is when it is painted): each load in a fresh
 * context (a first visit, nothing cached), or reloads of one page (a return visit; the first load
 * fills the caches and is not counted).
 */
async function firstCanvas(
  browser: Browser,
  base: string,
  cold: boolean,
  fragment = '',
): Promise<number[]> {
  const times: number[] = [];
  const shared = cold ? null : await newContext(browser);
  for (let i = 0; i < REPEATS + (cold ? 0 : 1); i++) {
    const context = shared ?? (await newContext(browser));
    const page = await context.newPage();
    await page.addInitScript(() => {
      const g = window as unknown as { __firstCard: Promise<number> };
      g.__firstCard = new Promise((resolve) => {
        // A card in the DOM and shown (React Flow hides a node until it has measured it).
        const seen = () => {
          const card = document.querySelector('[data-testid^="canvas.node."]');
          const node = card?.closest('.react-flow__node');
          return !!card && (!node || getComputedStyle(node).visibility !== 'hidden');
        };
        const mo = new MutationObserver(() => {
          if (!seen()) return;
          mo.disconnect();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
        });
        mo.observe(document, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['style', 'class'],
        });
      });
    });
    await page.goto(`${base}?r=${i}${fragment}`, { timeout: 120_000 });
    const t = await page.evaluate(() =>
      Promise.race([
        (window as unknown as { __firstCard: Promise<number> }).__firstCard,
        new Promise<number>((r) => setTimeout(() => r(-1), 120_000)),
      ]),
    );
    if (t < 0) throw new Error(`first canvas: no state card within 120 s (${base})`);
    if (cold || i > 0) times.push(t);
    // A return visit comes after the first one has settled: its service worker installed
    // (precaching every built file) and the page idle. Reloading while the worker still
    // downloads would measure that download, not the return visit.
    if (!cold && i === 0)
      await page.evaluate(() =>
        Promise.race([
          navigator.serviceWorker?.ready.then(() => new Promise((r) => setTimeout(r, 2000))),
          new Promise((r) => setTimeout(r, 60_000)),
        ]),
      );
    await page.close();
    if (!shared) await context.close();
  }
  await shared?.close();
  return times;
}

interface Row {
  toCanvas: number;
  /** The first round's value edit: the first edit after opening (code paths not yet compiled). */
  toCanvasFirst: number;
  echo: number;
  echoWorst: number;
  toEditor: number;
}

/** Fewer repeats where one gesture takes seconds on a loaded machine. */
/** How long one gesture may take before the bench calls it failed. */
const limitAt = (n: number) => (n >= 5000 ? 120 : 30);

/** The three gestures at one size, on the app or the bare page. */
export async function gestures(page: Page, kind: Kind, base: string, n: number): Promise<Row> {
  await open(page, kind, base, waitChain(n));
  const toCanvas: number[] = [];
  const echo: number[] = [];
  const toEditor: number[] = [];
  const label = `${kind} at ${n} states`;
  for (let i = 0; i < ROUNDS; i++) {
    // keystroke → canvas: a value edit of S0's Seconds (its card subtitle becomes "10<i+1>s")
    await page.locator('.view-line', { hasText: 'Seconds: 10' }).first().click();
    await page.keyboard.press('End');
    await probe(page, { canvasSubtitle: `10${i + 1}s` });
    await page.keyboard.type(String(i + 1));
    toCanvas.push(await probed(page, `${label}: keystroke → canvas`, limitAt(n)));
    // undo the value edit, then the typing echo: a burst of keys at a typing pace, and back
    await probe(page, { editorLineGone: `^\\s*Seconds: 10${i + 1}\\s*$` });
    await page.keyboard.press('Backspace');
    echo.push(await probed(page, `${label}: typing echo`, limitAt(n)));
    echo.push(...(await typingBurst(page, '98765', 120, `${label}: typing echo`, limitAt(n))));
    for (let k = 0; k < 5; k++) await page.keyboard.press('Backspace');
    // let the chart settle back to "10s" before the canvas gesture
    await page
      .locator('[data-testid="canvas.node.S0"] .state-card__subtitle', {
        hasText: /^\s*10\s*s\s*$/,
      })
      .waitFor({ timeout: limitAt(n) * 1000 });
    await page.waitForTimeout(600);
    // canvas edit → editor: delete S1 with the keyboard (its "Name: S1" line goes), then undo
    await page.locator('[data-testid="canvas.node.S1"]').click();
    await probe(page, { editorLineGone: '^\\s*Name: S1\\s*$' });
    await page.keyboard.press('Delete');
    toEditor.push(await probed(page, `${label}: canvas Delete → editor`, limitAt(n)));
    await page.keyboard.press('Control+z');
    await page.locator('[data-testid="canvas.node.S1"]').waitFor({ timeout: limitAt(n) * 1000 });
    await page.waitForTimeout(600);
  }
  return {
    toCanvas: median(toCanvas),
    toCanvasFirst: toCanvas[0] ?? NaN,
    echo: median(echo),
    echoWorst: Math.max(...echo),
    toEditor: median(toEditor),
  };
}

/**
 * The typing echo of the editor alone: the bare page without its parse (`?noparse`), the same
 * keys as in `gestures` (one key, then a burst). What Monaco itself costs per key with a model
 * this large, on this machine: no application can echo faster.
 */
export async function editorEcho(page: Page, base: string, n: number): Promise<number[]> {
  const yaml = encodeURIComponent(waitChain(n));
  await page.goto(`${base}?noparse&open=${Date.now()}#def=${yaml}`);
  await page.locator('.view-lines').waitFor({ timeout: 180_000 });
  const echo: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await page.locator('.view-line', { hasText: 'Seconds: 10' }).first().click();
    await page.keyboard.press('End');
    await page.keyboard.type(String(i + 1));
    await page.waitForTimeout(600);
    await probe(page, { editorLineGone: `^\\s*Seconds: 10${i + 1}\\s*$` });
    await page.keyboard.press('Backspace');
    echo.push(await probed(page, `editor alone at ${n} states: typing echo`, limitAt(n)));
    echo.push(...(await typingBurst(page, '98765', 120, `editor alone at ${n}`, limitAt(n))));
    for (let k = 0; k < 5; k++) await page.keyboard.press('Backspace');
    await page.waitForTimeout(600);
  }
  return echo;
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
    args: [...CHROMIUM_ARGS],
  });
  const rows: string[] = [];
  const load: number[] = [loadavg()[0] as number];
  const say = (m: string) =>
    process.stderr.write(`[studio bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
  try {
    say(`first canvas (load ${load[0]?.toFixed(1)})`);
    const cold = median(await firstCanvas(browser, app.base, true));
    const warm = median(await firstCanvas(browser, app.base, false));
    // The bare page opens the same sample (it has no sample of its own).
    const sample = readFileSync(
      join(root, 'fixtures', 'valid', 'guide-invoke-function.yaml'),
      'utf8',
    );
    const bareFirst = median(
      await firstCanvas(browser, bare.base, true, `#def=${encodeURIComponent(sample)}`),
    );
    say(`first canvas ${fmt(cold)} / ${fmt(warm)}, bare ${fmt(bareFirst)}`);
    for (const n of SIZES) {
      // Alternate app and floor at each size, so both see the same machine load.
      const measured: Partial<Record<Kind, Row>> = {};
      for (const kind of ['app', 'bare'] as const) {
        say(`${kind} at ${n} states`);
        // A fresh page per run: the previous chart's memory and timers do not weigh on this one.
        const context = await newContext(browser);
        const page = await context.newPage();
        page.setDefaultTimeout(limitAt(n) * 2000);
        try {
          measured[kind] = await gestures(page, kind, kind === 'app' ? app.base : bare.base, n);
          say(
            `${kind} at ${n}: ${JSON.stringify(measured[kind], (_, v: unknown) => (typeof v === 'number' ? Math.round(v) : v))}`,
          );
        } catch (e) {
          const shot = join(tmpdir(), `studio-bench-${kind}-${n}.png`);
          await page.screenshot({ path: shot }).catch(() => undefined);
          say(
            `${kind} at ${n} failed (screenshot ${shot}): ${(e as Error).message.split('\n')[0]}`,
          );
        } finally {
          await context.close();
        }
        load.push(loadavg()[0] as number);
      }
      let alone: number[] = [];
      {
        say(`editor alone at ${n} states`);
        const context = await newContext(browser);
        const page = await context.newPage();
        page.setDefaultTimeout(limitAt(n) * 2000);
        try {
          alone = await editorEcho(page, bare.base, n);
          say(`editor alone at ${n}: echo ${alone.map((v) => Math.round(v)).join(', ')}`);
        } catch (e) {
          say(`editor alone at ${n} failed: ${(e as Error).message.split('\n')[0]}`);
        } finally {
          await context.close();
        }
        load.push(loadavg()[0] as number);
      }
      const a = measured.app;
      const f = measured.bare;
      const cell = (k: keyof Row) => pair(a?.[k] ?? NaN, f?.[k] ?? NaN);
      rows.push(
        `| ${n.toLocaleString('en')} | ${cell('toCanvas')} | ${cell('toCanvasFirst')} | ${cell('echo')} | ${alone.length ? `${fmt(median(alone))} / ${fmt(Math.max(...alone))}` : 'n/a'} | ${pair(a?.echoWorst ?? NaN, f?.echoWorst ?? NaN)} | ${cell('toEditor')} |`,
      );
    }
    return [
      `Load average (1 min) during the run: ${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)} on ${cpus().length} CPUs.`,
      '',
      `First usable canvas (sample workflow, navigation start → first card painted): **${fmt(cold)}** on a first visit, **${fmt(warm)}** on a return visit (after the first visit settled: service worker installed, caches and layout kept); the bare page on the same sample: ${fmt(bareFirst)} (medians of ${REPEATS}, each load in a fresh browser context except the return visits). Chromium runs with its address-bar popup preload off (scripts/chromiumArgs.ts): in headless mode every new context preloaded that WebUI page in its own renderer, and on 2 cores it held up the page under test (the first card came ~450 ms later; figures before 2026-11-26 include it).`,
      '',
      `Initial JavaScript, gzip, Monaco and elkjs split out (loaded lazily): **${(js.bytes / 1000).toFixed(0)} kB** (1 kB = 1,000 bytes, as Vite prints; ${js.files.join(', ')}).`,
      '',
      '| states | keystroke → canvas (value edit) | floor | first value edit | floor | typing echo | floor | editor alone: echo median / worst | worst echo | floor | canvas Delete → editor | floor |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `Medians of ${ROUNDS} rounds; "n/a" when a gesture did not show within its limit (${limitAt(100)} s; ${limitAt(5000)} s at 5,000). Each size starts once the page settled (the app's layout done, then 1.5 s; 6 s at 5,000 states), as when a user opens a workflow and then edits it. Keystroke → canvas: a digit typed at the end of S0's \`Seconds: 10\` until S0's card reads the new value; "first value edit" is the first round's, the first edit after opening, when the page's code for an edit has not run yet. Typing echo: keydown (the event's time stamp, so a key that waited for a busy main thread counts the wait) → Monaco shows the key, for one key after the chart settled and for a burst of 5 keys typed 120 ms apart (a commit of earlier keys may run in between, as when a person types); the median and the slowest of those 6 keys per round. Canvas Delete → editor: Delete on the selected S1 card until its \`Name: S1\` line is gone from the editor. Each time ends at the frame after the DOM shows the change. Floor: the bare page (scripts/bench/studioBare: React + React Flow + Monaco + yaml, a full re-parse on every keystroke, fixed positions, \`onlyRenderVisibleElements\`), measured in the same run; its typing echo includes that synchronous parse. Editor alone: the bare page without its parse (\`?noparse\`, the chart does not change), the same keys: Monaco's core editor (\`editor.api\` with its YAML tokenizer; no folding, suggest, sticky scroll or monaco-yaml, which the app has) on a document that size on this machine.`,
    ].join('\n');
  } finally {
    await browser.close();
    app.child.kill();
    bare.child.kill();
    rmSync(bareDir, { recursive: true, force: true });
  }
}
