import { expect, test } from '@playwright/test';
import { NO_SERVICE_WORKER, chain } from './fixtures';
import { StudioPage } from './pages/StudioPage';

test.use(NO_SERVICE_WORKER);

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

test('a 200-state workflow opens and scrolls', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.openWith(chain(200));
  expect(await page.evaluate(() => window.__studio?.stateNames().length)).toBe(200);
  // only what is visible is rendered, but the chart is there
  await expect(page.locator('[data-testid^="canvas.node.S"]').first()).toBeAttached();
  // the outline lists every state; picking one brings it into view on the canvas
  await page.getByRole('tab', { name: 'Outline' }).click();
  await expect(page.locator('[data-testid^="outline.item."]')).toHaveCount(200);
  await page.getByTestId('outline.item.S199').click();
  await expect(studio.node('S199')).toBeInViewport();
  await page.getByTestId('outline.item.S0').click();
  await expect(studio.node('S0')).toBeInViewport();
  // scroll the canvas with the wheel: the viewport moves and other states render
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  await page.locator('.react-flow__pane').hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
});
