import { expect, test } from '@playwright/test';
import { StudioPage, shareValue } from './pages/StudioPage';
import { NO_SERVICE_WORKER } from './fixtures';

test.use(NO_SERVICE_WORKER);

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

test.describe('the Studio shell', () => {
  test('renders the canvas, the YAML editor with the sample and the inspector', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    // the canvas draws the guide's two states
    await expect(studio.node('InvokeFunction')).toBeVisible();
    await expect(studio.node('Hello World')).toBeVisible();
    // accessible names on nodes
    await expect(
      page.getByRole('group', { name: 'InvokeFunction, Task, FC:InvokeFunction' }),
    ).toBeVisible();
    // the editor shows the sample
    await studio.editorReady();
    await expect(studio.editor).toContainText('StartAt: InvokeFunction');
    // the inspector area shows its empty state
    await expect(page.getByTestId('inspector.empty')).toBeVisible();
    await expect(page.getByTestId('toolbar.undo')).toBeVisible();
    await expect(page.getByTestId('toolbar.redo')).toBeVisible();
  });

  test('a malformed share link shows a clear error and opens nothing from it', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open('#def=not-a-valid-link!!');
    await expect(page.getByTestId('toast.error')).toContainText(/damaged|base64url/);
    expect(await studio.source()).toContain('Name: my-wkfl');
  });

  test('a linked text that is not a definition opens in the editor, the banner saying why', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await page.goto(`./#def=${shareValue('just a string\n')}`);
    await expect(studio.banner).toBeVisible({ timeout: 45_000 });
    // one full stop after the parser's message, and no promise of an earlier chart
    await expect(studio.banner).toContainText('The chart appears once the text parses.');
    await expect(studio.banner).not.toContainText('..');
    expect(await studio.source()).toBe('just a string\n');
  });

  test('copy link round-trips the workflow through the URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const studio = new StudioPage(page);
    await studio.open();
    await page.getByTestId('toolbar.copyLink').click();
    await expect(page).toHaveURL(/#def=[A-Za-z0-9_-]+$/);
    const url = page.url();
    await page.goto('about:blank');
    await page.goto(url);
    await studio.ready();
    await expect(studio.node('Hello World')).toBeVisible();
    expect(await studio.source()).toContain("Description: 'Retry policy #1'");
  });
  test('the YAML editor cannot be dragged over the canvas or the inspector, nor reopen so', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    const handle = page.getByRole('separator', { name: 'Resize the YAML editor' });
    const box = await handle.boundingBox();
    if (!box) throw new Error('the editor handle is not visible');
    // drag the handle to the window's left edge
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(5, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    const canvasPane = page.getByRole('region', { name: 'Canvas' });
    const editorPane = page.getByRole('region', { name: 'YAML editor' });
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const check = async () => {
      const c = await canvasPane.boundingBox();
      const e = await editorPane.boundingBox();
      const i = await inspector.boundingBox();
      if (!c || !e || !i) throw new Error('a pane is missing');
      expect(c.width).toBeGreaterThanOrEqual(230);
      expect(e.x + e.width).toBeLessThanOrEqual(i.x + 1);
    };
    await check();
    // the width kept for the next visit is held to the same limit
    await page.reload();
    await studio.ready();
    await check();
  });
});
