import { expect, test } from '@playwright/test';
import { seriousAxeViolations } from './axe';
import { StudioPage } from './pages/StudioPage';
import { NO_SERVICE_WORKER } from './fixtures';

test.use(NO_SERVICE_WORKER);

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());
// The built page's CSP forbids inline scripts, and axe is injected as one: a test-only bypass
// (the CSP itself is checked by the workspace journeys).
test.use({ bypassCSP: true });

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations on the main page (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const studio = new StudioPage(page);
    await studio.open();
    await expect(studio.node('Hello World')).toBeVisible();
    await studio.editorReady();
    // Monaco's internals are a third-party widget with its own accessibility model.
    const violations = await seriousAxeViolations(page, { exclude: [['.monaco-editor']] });
    expect(violations).toEqual([]);
  });
}
