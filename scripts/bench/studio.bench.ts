/// <reference lib="dom" />
/**
 * Studio speed in headless Chromium against the built app (`npm run build` first): time to the
 * first canvas, keystroke in the YAML editor → canvas updated (a value edit: no re-layout), the
 * editor's typing echo, canvas edit (Delete) → editor updated, at 100 / 1,000 / 5,000 states; and
 * the initial JavaScript (gzip) with Monaco and elkjs split out. Medians; one machine, noisy.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';

export const title = 'Studio (headless Chromium, built app)';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PORT = 4199;
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
  const html = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map(
    (m) => m[1] as string,
  );
  const bytes = files.reduce(
    (sum, f) => sum + gzipSync(readFileSync(join(root, 'dist', f))).length,
    0,
  );
  return { bytes, files };
}

async function startPreview(): Promise<ChildProcess> {
  const child = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return child;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill();
  throw new Error('vite preview did not start');
}

/** Opens a definition through a share link and waits for its first state and the editor. */
async function open(page: Page, yaml: string): Promise<void> {
  const def = deflateRawSync(Buffer.from(yaml)).toString('base64url');
  await page.goto(`http://127.0.0.1:${PORT}/#def=${def}`);
  await page.locator('[data-testid^="canvas.node."]').first().waitFor({ timeout: 180_000 });
  await page.locator('.view-lines').waitFor({ timeout: 180_000 });
  // Large charts are fitted at a low zoom; bring S0 into view the way a user would: the outline.
  await page.getByRole('tab', { name: 'Outline' }).click();
  await page.getByTestId('outline.item.S0').click();
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

export async function run(): Promise<string> {
  if (!existsSync(join(root, 'dist', 'index.html')))
    return 'Not measured: run `npm run build` first.';
  const js = initialJsGzip();
  const preview = await startPreview();
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const rows: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const firsts: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      await page.goto(`http://127.0.0.1:${PORT}/?r=${i}`);
      await page.locator('[data-testid^="canvas.node."]').first().waitFor({ timeout: 60_000 });
      firsts.push(await page.evaluate(() => performance.now()));
    }
    for (const n of SIZES) {
      await open(page, waitChain(n));
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
        await page.waitForTimeout(300);
        // canvas edit → editor: delete S1 with the keyboard, then undo
        await page.locator('[data-testid="canvas.node.S1"]').click();
        await probe(page, 'editor');
        await page.keyboard.press('Delete');
        toEditor.push(await probed(page));
        await page.keyboard.press('Control+z');
        await page.locator('[data-testid="canvas.node.S1"]').waitFor({ timeout: 120_000 });
      }
      rows.push(
        `| ${n.toLocaleString('en')} | ${fmt(median(toCanvas))} | ${fmt(median(echo))} | ${fmt(median(toEditor))} |`,
      );
    }
    return [
      `First usable canvas (sample workflow, from navigation start): **${fmt(median(firsts))}** (median of ${REPEATS}).`,
      '',
      `Initial JavaScript, gzip, Monaco and elkjs split out (loaded lazily): **${(js.bytes / 1024).toFixed(0)} KB** (${js.files.join(', ')}).`,
      '',
      '| states | keystroke → canvas (value edit) | typing echo | canvas Delete → editor |',
      '| ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      `Medians of ${REPEATS}. The bare-stack floor (React Flow + Monaco with no application) is not measured by this script yet.`,
    ].join('\n');
  } finally {
    await browser.close();
    preview.kill();
  }
}
