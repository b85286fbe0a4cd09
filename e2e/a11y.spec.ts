import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';
import { NO_SERVICE_WORKER } from './fixtures';

test.use(NO_SERVICE_WORKER);

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());
// The built page's CSP forbids inline scripts, and axe is injected as one: a test-only bypass
// (the CSP itself is checked by the workspace journeys).
test.use({ bypassCSP: true });

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

for (const theme of ['light', 'dark'] as const) {
  test(`no serious or critical axe violations on the main page (${theme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    const studio = new StudioPage(page);
    await studio.open();
    await expect(studio.node('Hello World')).toBeVisible();
    await studio.editorReady();
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: unknown,
              opts: unknown,
            ) => Promise<{
              violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
            }>;
          };
        }
      ).axe;
      // Monaco's internals are a third-party widget with its own accessibility model.
      const result = await axe.run(
        { exclude: [['.monaco-editor']] },
        { resultTypes: ['violations'] },
      );
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(' | ')}`,
        );
    });
    expect(violations).toEqual([]);
  });
}
