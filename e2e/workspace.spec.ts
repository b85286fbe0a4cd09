import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { SimulatorPage } from './pages/simulatorPage';
import { StudioPage, testIdSelector } from './pages/StudioPage';
import { WorkspacePage } from './pages/workspacePage';
import { NO_SERVICE_WORKER } from './fixtures';

test.use(NO_SERVICE_WORKER);

test.describe('workspace', () => {
  test('a blank Express workflow keeps its new state across a reload', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.createBlank('express-one', 'Express', 'made by e2e');
    await expect(page.getByTestId('ws.bar.name')).toHaveText('express-one');
    await ws.addPass();
    await expect.poll(() => ws.source()).toContain('Type: Pass');
    await ws.draftStored();
    const text = await ws.source();
    await page.reload();
    await expect(page.getByTestId('app.shell')).toBeVisible();
    await expect.poll(() => ws.source()).toBe(text);
    await page.getByTestId('ws.exit').click();
    await page.getByTestId('ws.exitDialog.leave').click();
    await expect(ws.row('express-one')).toContainText('Express');
  });

  test('a draft survives closing the tab without saving', async ({ page, context }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.createBlank('draft-one', 'Standard');
    await ws.addPass();
    await expect(page.getByTestId('ws.dirty')).toHaveAttribute('data-dirty', 'true');
    await ws.draftStored();
    const text = await ws.source();
    const url = page.url();
    await page.close();
    const again = await context.newPage();
    await again.goto(url);
    await expect(again.getByTestId('app.shell')).toBeVisible();
    await expect.poll(() => new WorkspacePage(again).source()).toBe(text);
    await expect(again.getByTestId('ws.dirty')).toHaveAttribute('data-dirty', 'true');
  });

  test('delete moves to the trash and restore brings it back', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.createBlank('trash-me', 'Standard');
    await page.getByTestId('ws.exit').click();
    await ws.row('trash-me').getByTestId('ws.row.delete').click();
    await expect(ws.row('trash-me')).toHaveCount(0);
    await page.getByTestId('ws.trashToggle').click();
    await ws.row('trash-me').getByTestId('ws.row.restore').click();
    await page.getByTestId('ws.trashToggle').click();
    await expect(ws.row('trash-me')).toHaveCount(1);
  });

  test('importing a JSON that is not a workflow is refused and changes nothing', async ({
    page,
  }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.createBlank('import-target', 'Standard');
    const before = await ws.source();
    await page.getByTestId('ws.importFile').setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name": "not-a-workflow", "version": "1.0.0"}'),
    });
    await expect(page.getByTestId('ws.bar.error')).toContainText('not an FDL workflow');
    expect(await ws.source()).toBe(before);
  });

  test('export YAML downloads the exact text', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.createBlank('export-me', 'Standard');
    await ws.addPass();
    await expect.poll(() => ws.source()).toContain('Type: Pass');
    const text = await ws.source();
    await page.getByTestId('ws.export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ws.export.yaml').click(),
    ]);
    expect(download.suggestedFilename()).toBe('export-me.yaml');
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  test('a workflow named with HTML stays text', async ({ page }) => {
    const name = '<img src=x onerror="window.__xss=1">';
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.createBlank(name, 'Standard');
    await expect(page.getByTestId('ws.bar.name')).toHaveText(name);
    await page.getByTestId('ws.exit').click();
    await expect(ws.row(name)).toHaveCount(1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(
      await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
    ).toBeUndefined();
  });

  test('an execution of a stored workflow is kept across a reload', async ({ page }) => {
    const ws = new WorkspacePage(page);
    const sim = new SimulatorPage(page);
    await ws.open();
    await ws.createFromTemplate('guide', 'kept-runs');
    await sim.openDialog();
    await sim.mockOutput('InvokeFunction', '{"greeting": "hi"}');
    await page.getByTestId('sim.name').fill('kept_run');
    await sim.start();
    await expect(sim.status).toHaveText('Succeeded');

    await page.reload();
    await expect(page.getByTestId('app.shell')).toBeVisible();
    await ws.exit();
    const row = ws.row('kept-runs');
    await expect(row.getByTestId('ws.row.lastExecution')).toHaveText('Succeeded');
    await row.getByTestId('ws.row.details').click();
    const details = page.getByTestId('ws.details');
    await expect(details.getByTestId('ws.details.definition')).toContainText('InvokeFunction');
    await details.getByTestId('ws.details.tab.configuration').click();
    await expect(details.getByTestId('ws.details.config')).toContainText('Standard');
    await details.getByTestId('ws.details.tab.executions').click();
    await expect(details.getByTestId('ws.details.execution')).toHaveCount(1);
    await expect(details.getByTestId('ws.details.execution')).toContainText('kept_run');
    await expect(details.getByTestId('ws.details.execution')).toContainText('Succeeded');
  });
});

test.describe('workspace journeys', () => {
  // Monaco, layout, the simulator and exports in a real browser: allow for busy CI machines.
  test.beforeEach(() => test.slow());

  test('a blank Express workflow: two states dragged from the palette survive a reload', async ({
    page,
  }) => {
    const ws = new WorkspacePage(page);
    const studio = new StudioPage(page);
    await ws.open();
    await ws.createBlank('dragged-two', 'Express');
    await expect(studio.emptyDrop).toBeVisible({ timeout: 45_000 });
    const box = await studio.canvas.boundingBox();
    if (!box) throw new Error('canvas not visible');
    await studio.dragPaletteTo('Pass', { x: box.x + box.width / 2, y: box.y + 60 });
    await expect(studio.node('Pass')).toBeVisible();
    // the second one dropped just below the first
    const first = await studio.node('Pass').boundingBox();
    if (!first) throw new Error('first state not visible');
    await studio.dragPaletteTo('Wait', {
      x: first.x + first.width / 2,
      y: first.y + first.height + 40,
    });
    await expect(studio.node('Wait')).toBeVisible();
    await ws.draftStored();
    const text = await ws.source();
    expect(text).toMatch(/Type: Pass/);
    expect(text).toMatch(/Type: Wait/);
    await page.reload();
    await expect(studio.node('Pass')).toBeVisible({ timeout: 45_000 });
    await expect(studio.node('Wait')).toBeVisible();
    await expect.poll(() => ws.source()).toBe(text);
    await ws.exit();
    await expect(ws.row('dragged-two')).toContainText('Express');
  });

  test('exports: YAML exact, JSON the same model, SVG valid with every state, PNG at the chart size', async ({
    page,
  }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.createFromTemplate('guide', 'Export all');
    await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 45_000 });
    const text = await ws.source();
    const names = await page.evaluate(() =>
      [...document.querySelectorAll('[data-testid^="canvas.node."]')].map((n) =>
        (n.getAttribute('data-testid') ?? '').slice('canvas.node.'.length),
      ),
    );
    expect(names.length).toBeGreaterThan(1);
    const get = async (kind: string): Promise<{ name: string; body: Buffer }> => {
      await page.getByTestId('ws.export').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`ws.export.${kind}`).click(),
      ]);
      return { name: download.suggestedFilename(), body: readFileSync(await download.path()) };
    };
    const yaml = await get('yaml');
    expect(yaml.name).toBe('Export-all.yaml');
    expect(yaml.body.toString('utf8')).toBe(text);

    const json = await get('json');
    expect(json.name).toBe('Export-all.json');
    expect(JSON.parse(json.body.toString('utf8'))).toEqual(parseYaml(text));

    const svg = await get('svg');
    expect(svg.name).toBe('Export-all.svg');
    const svgText = svg.body.toString('utf8');
    const checked = await page.evaluate((src) => {
      const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.getElementsByTagName('parsererror').length > 0,
        root: root.localName,
        scripts: doc.getElementsByTagName('script').length,
        text: root.textContent ?? '',
        width: Number.parseFloat(root.getAttribute('width') ?? '0'),
        height: Number.parseFloat(root.getAttribute('height') ?? '0'),
      };
    }, svgText);
    expect(checked.error).toBe(false);
    expect(checked.root).toBe('svg');
    expect(checked.scripts).toBe(0);
    for (const n of names) expect(checked.text).toContain(n);

    const png = await get('png');
    expect(png.name).toBe('Export-all.png');
    expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20; drawn at twice the chart's size.
    expect(png.body.readUInt32BE(16)).toBe(2 * Math.ceil(checked.width));
    expect(png.body.readUInt32BE(20)).toBe(2 * Math.ceil(checked.height));
  });

  test('two tabs on one workflow: the second is warned, taking over loses nothing', async ({
    page,
    context,
  }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.createBlank('two-tabs', 'Standard');
    await ws.addPass();
    await ws.draftStored();
    const firstText = await ws.source();
    const url = page.url();

    const second = await context.newPage();
    await second.goto(url);
    await expect(second.getByTestId('ws.tabConflict')).toBeVisible({ timeout: 45_000 });
    // the first tab goes on editing and saving
    await ws.addPass();
    await expect.poll(() => ws.source()).not.toBe(firstText);
    await ws.draftStored();
    const latest = await ws.source();

    // the second tab takes over: it reloads with the first tab's latest text
    await second.getByTestId('ws.tabConflict.takeOver').click();
    await expect(second.getByTestId('app.shell')).toBeVisible({ timeout: 45_000 });
    await expect.poll(() => new WorkspacePage(second).source()).toBe(latest);
    await expect(second.getByTestId('ws.tabConflict')).toHaveCount(0);
    // and the first tab is told it stopped saving, its text still there to export
    await expect(page.getByTestId('ws.tabConflict')).toBeVisible();
    expect(await ws.source()).toBe(latest);
  });

  test('a state named with HTML stays text on the canvas, in the outline and in the SVG', async ({
    page,
  }) => {
    const evil = '<img src=x onerror=alert(1)>';
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const ws = new WorkspacePage(page);
    await ws.open();
    await page.getByTestId('ws.importFile').setInputFiles({
      name: 'evil.yaml',
      mimeType: 'text/yaml',
      buffer: Buffer.from(
        `Type: StateMachine\nName: evil\nSpecVersion: v1\nStartAt: "${evil}"\nStates:\n  - Type: Pass\n    Name: "${evil}"\n    End: true\n`,
      ),
    });
    await expect(page.getByTestId('app.shell')).toBeVisible({ timeout: 45_000 });
    const node = page.locator(testIdSelector(`canvas.node.${evil}`));
    await expect(node).toContainText(evil, { timeout: 45_000 });
    await page.getByRole('tab', { name: 'Outline', exact: true }).click();
    await expect(page.locator(testIdSelector(`outline.item.${evil}`))).toContainText(evil);

    await page.getByTestId('ws.export').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('ws.export.svg').click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    expect(svg).not.toContain('<img');
    expect(svg).not.toMatch(/<script/i);
    expect(svg).toContain('&lt;img src=x');

    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await ws.exit();
    await expect(ws.row('evil')).toHaveCount(1);
  });
});

test('undo history survives a reload', async ({ page }) => {
  test.slow();
  const ws = new WorkspacePage(page);
  await ws.open();
  await ws.createBlank('undo-kept', 'Standard');
  const blank = await ws.source();
  await ws.addPass();
  await expect.poll(() => ws.source()).toContain('Type: Pass');
  await ws.draftStored();
  await page.reload();
  await expect(page.getByTestId('app.shell')).toBeVisible({ timeout: 45_000 });
  await expect.poll(() => ws.source()).toContain('Type: Pass');
  await expect(page.getByTestId('toolbar.undo')).toBeEnabled();
  await page.getByTestId('toolbar.undo').click();
  await expect.poll(() => ws.source()).toBe(blank);
  await expect(page.getByTestId('toolbar.redo')).toBeEnabled();
});

test.describe('the built page', () => {
  // These journeys are about the built page as shipped: its service worker included.
  test.use({ serviceWorkers: 'allow' });
  // Monaco, layout, the simulator and exports in a real browser: allow for busy CI machines.
  test.beforeEach(() => test.slow());

  test('works offline after the first load (service worker)', async ({ page, context }) => {
    const ws = new WorkspacePage(page);
    await ws.open();
    await ws.createFromTemplate('guide', 'offline-one');
    await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 45_000 });
    // The worker is active once every built file is cached.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    const text = await ws.source();
    await context.setOffline(true);
    const again = await page.reload();
    expect(again?.fromServiceWorker()).toBe(true);
    await expect(page.getByTestId('app.shell')).toBeVisible();
    await expect(page.locator('.react-flow__node').first()).toBeVisible({ timeout: 45_000 });
    await expect(page.getByTestId('yaml.editor').locator('.view-lines')).toBeVisible({
      timeout: 45_000,
    });
    await expect.poll(() => ws.source()).toBe(text);
    // The network is really gone: a file the worker never cached cannot load.
    const missing = await page.evaluate(() =>
      fetch('./not-cached.txt').then(
        () => 'loaded',
        () => 'failed',
      ),
    );
    expect(missing).toBe('failed');
    await context.setOffline(false);
  });

  test('the Content-Security-Policy holds while editing, executing and exporting', async ({
    page,
  }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.text().includes('Refused to')) refused.push(m.text());
    });
    page.on('pageerror', (e) => {
      if (e.message.includes('Content Security Policy')) refused.push(e.message);
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const ws = new WorkspacePage(page);
    const sim = new SimulatorPage(page);
    await ws.open();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-eval');

    await ws.createFromTemplate('guide', 'csp-one');
    // the editor (Monaco and its workers) and the canvas
    const editor = page.getByTestId('yaml.editor');
    await expect(editor.locator('.view-lines')).toBeVisible({ timeout: 45_000 });
    await editor
      .locator('.view-line')
      .first()
      .click({ position: { x: 4, y: 4 } });
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('# typed under the policy\n');
    await expect.poll(() => ws.source()).toContain('# typed under the policy');
    await ws.addPass();
    await expect.poll(() => ws.source()).toContain('Type: Pass');
    // the simulator
    await sim.openDialog();
    await sim.mockOutput('InvokeFunction', '{"greeting": "hi"}');
    await sim.start();
    await expect(sim.status).not.toHaveText('Running');
    await page.getByTestId('sim.close').click();
    // the exports
    for (const kind of ['yaml', 'json', 'svg', 'png', 'mmd']) {
      await page.getByTestId('ws.export').click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId(`ws.export.${kind}`).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^csp-one\./);
    }
    const violations = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
    expect(violations).toEqual([]);
    expect(refused).toEqual([]);
  });
});
