import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

test('keyboard only: add a state, connect it, delete it', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await expect(studio.node('InvokeFunction')).toBeVisible();
  // Tab into the canvas: focus lands on a node; arrows move along transitions
  await studio.node('InvokeFunction').focus();
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => studio.selection()).toEqual(['Hello World']);
  // "/" opens the palette search to insert after the selection; Enter inserts the first match
  await page.keyboard.press('/');
  await page.keyboard.type('Wait');
  await page.keyboard.press('Enter');
  await expect.poll(() => studio.source()).toMatch(/Name: Wait/);
  const afterAdd = await studio.source();
  expect(afterAdd).toMatch(/Name: Hello World\n\s+Next: Wait/);
  // connect: the new state is selected; delete it with the keyboard and the chain is repaired
  await expect.poll(() => studio.selection()).toEqual(['Wait']);
  await studio.node('Wait').focus();
  await page.keyboard.press('Delete');
  await expect.poll(() => studio.source()).not.toMatch(/Name: Wait/);
  // undo with the keyboard restores it
  await page.keyboard.press('Control+z');
  await expect.poll(() => studio.source()).toBe(afterAdd);
});
