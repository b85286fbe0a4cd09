import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { SimulatorPage } from './pages/simulatorPage';
import { WorkspacePage } from './pages/workspacePage';

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
