import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

test.describe('the YAML editor', () => {
  test('offers FDL completion from the schema', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    await studio.clickEditorLine('TaskMode: RequestComplete');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Time', { delay: 30 });
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.suggest-widget');
    await expect(suggest).toBeVisible();
    await expect(suggest).toContainText('Timeout');
    await page.screenshot({ path: 'test-results/completion.png' });
  });

  test('shows schema and core diagnostics as markers', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    // the sample's {regionId} placeholder and empty Errors produce core warnings (owner fdl)
    await expect(
      page.locator('.yaml-editor .squiggly-warning, .yaml-editor .squiggly-error').first(),
    ).toBeVisible();
    // an unknown key in a Pass state: the schema flags it
    await studio.clickEditorLine('End: true');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Bogus: 1', { delay: 10 });
    await expect
      .poll(async () =>
        page.locator('.yaml-editor .squiggly-error, .yaml-editor .squiggly-warning').count(),
      )
      .toBeGreaterThan(1);
    await page.screenshot({ path: 'test-results/markers.png' });
  });
});
