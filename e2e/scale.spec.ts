import { expect, test } from '@playwright/test';
import { seriousAxeViolations } from './axe';
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

  // the outline renders only the rows in view (and a few beyond), yet scrolls over all 200
  const tab = page.getByRole('tab', { name: 'Outline' });
  await tab.click();
  const outline = page.getByRole('tree', { name: 'Outline of states' });
  const rows = page.locator('[data-testid^="outline.item."]');
  await expect(page.getByTestId('outline.item.S0')).toBeVisible();
  expect(await rows.count()).toBeLessThan(200);
  await expect(page.getByTestId('outline.item.S199')).toHaveCount(0);
  expect(await outline.evaluate((e) => e.scrollHeight > e.clientHeight)).toBe(true);

  // keyboard only: the tree is the one tab stop after the tab; End reaches the last state and
  // shows it with a focus ring, Enter selects it and brings it into view on the canvas
  await tab.focus();
  await page.keyboard.press('Tab');
  await expect(outline).toBeFocused();
  await page.keyboard.press('End');
  const last = page.getByTestId('outline.item.S199');
  await expect(last).toBeInViewport();
  await expect(outline).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!);
  await expect(last).toHaveCSS('outline-style', 'solid');
  await page.keyboard.press('Enter');
  await expect(studio.node('S199')).toBeInViewport();
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect.poll(() => studio.selection()).toEqual(['S198']);
  // the next Tab leaves the tree: its rows are no tab stops
  await page.keyboard.press('Tab');
  await expect(outline).not.toBeFocused();
  expect(await page.evaluate(() => !document.activeElement?.closest('[role="tree"]'))).toBe(true);

  // a selection made on the canvas scrolls the outline to its row
  await outline.hover();
  await page.mouse.wheel(0, -100_000);
  await expect(page.getByTestId('outline.item.S0')).toBeInViewport();
  await expect(last).toHaveCount(0);
  await studio.node('S199').click();
  await expect(last).toBeInViewport();
  await expect(last).toHaveAttribute('aria-selected', 'true');

  // a click on a row selects it and brings it into view on the canvas
  await outline.hover();
  await page.mouse.wheel(0, -100_000);
  await page.getByTestId('outline.item.S0').click();
  await expect(studio.node('S0')).toBeInViewport();

  // scroll the canvas with the wheel: the viewport moves and other states render
  const viewport = page.locator('.react-flow__viewport');
  const before = await viewport.getAttribute('style');
  await page.locator('.react-flow__pane').hover();
  await page.mouse.wheel(0, 400);
  await expect.poll(() => viewport.getAttribute('style')).not.toBe(before);
});

test('a 200-state workflow never mounts all its cards: not on opening, nor on a new layout', async ({
  page,
}) => {
  // The most cards the page ever held at once, from before the app's first script.
  await page.addInitScript(() => {
    const w = window as unknown as { __mostCards: number };
    w.__mostCards = 0;
    new MutationObserver(() => {
      const n = document.querySelectorAll('.react-flow__node').length;
      if (n > w.__mostCards) w.__mostCards = n;
    }).observe(document, { subtree: true, childList: true });
  });
  const studio = new StudioPage(page);
  await studio.openWith(chain(200));
  const settled = page.locator('[data-layout="settled"]');
  await expect(settled).toBeAttached({ timeout: 60_000 });
  // a structural edit: the states after S1 move up, every one of them a new node object
  const top = async () => (await studio.node('S2').boundingBox())?.y ?? NaN;
  const before = await top();
  await studio.node('S1').click();
  await page.keyboard.press('Delete');
  await expect(studio.node('S1')).toHaveCount(0);
  await expect.poll(top).toBeLessThan(before);
  await expect(settled).toBeAttached({ timeout: 60_000 });
  await page.keyboard.press('Control+z');
  await expect(studio.node('S1')).toBeAttached();
  await expect(settled).toBeAttached({ timeout: 60_000 });
  // 1280×800 shows a few dozen cards at most (React Flow draws only what is in view)
  const most = await page.evaluate(
    () => (window as unknown as { __mostCards: number }).__mostCards,
  );
  expect(most).toBeGreaterThan(3);
  expect(most).toBeLessThan(60);
});

test.describe('the outline of a large workflow', () => {
  // The built page's CSP forbids inline scripts, and axe is injected as one: a test-only bypass
  // (as in a11y.spec.ts, which checks the page with the palette shown).
  test.use({ bypassCSP: true });

  test('has no serious or critical axe violations', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.openWith(chain(200));
    await page.getByRole('tab', { name: 'Outline' }).click();
    const outline = page.getByRole('tree', { name: 'Outline of states' });
    await outline.focus();
    await page.keyboard.press('ArrowDown');
    const violations = await seriousAxeViolations(page, { include: [['.sidebar--left']] });
    expect(violations).toEqual([]);
  });
});

test('a large chart has a drawn minimap that moves the view where it is clicked', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.openWith(chain(600));
  const minimap = page.getByRole('img', { name: 'Minimap' });
  await expect(minimap).toBeVisible();
  // one canvas, not an SVG element per node
  expect(await page.locator('.react-flow__minimap-node').count()).toBe(0);
  expect(await minimap.evaluate((e) => e.tagName)).toBe('CANVAS');
  // the chart is drawn on it (some pixels are not blank)
  const painted = await minimap.evaluate((e) => {
    const c = e as HTMLCanvasElement;
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? [];
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
    return n;
  });
  expect(painted).toBeGreaterThan(50);

  // a click at the bottom of a tall chain's minimap brings its last states into view
  await studio.node('S0').click();
  await expect(studio.node('S599')).toHaveCount(0);
  const box = (await minimap.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 4);
  await expect(studio.node('S599')).toBeInViewport();
});
