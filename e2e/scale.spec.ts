import { expect, test } from '@playwright/test';
import { chain } from './fixtures';
import { StudioPage } from './pages/StudioPage';

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

test('a 200-state workflow opens and scrolls', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.openWith(chain(200));
  await expect(studio.node('S0')).toBeAttached({ timeout: 30_000 });
  expect(await page.evaluate(() => window.__studio?.stateNames().length)).toBe(200);
  // the outline lists every state; picking the last one brings it into view on the canvas
  await page.getByRole('tab', { name: 'Outline' }).click();
  await page.getByTestId('outline.item.S199').click();
  await page.keyboard.press('Shift+F');
  await expect(studio.node('S199')).toBeInViewport();
  // scroll the canvas with the wheel
  const canvas = page.locator('.react-flow__pane');
  await canvas.hover();
  await page.mouse.wheel(0, -600);
  await expect(page.locator('.react-flow__node').first()).toBeAttached();
});
