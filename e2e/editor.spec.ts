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

test.describe('the YAML editor: folding', () => {
  test('folds and unfolds a block by its indentation, text unchanged', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    const before = await studio.source();
    const attempts = studio.editor.locator('.view-line', { hasText: 'MaxAttempts: 1' });
    await expect(attempts).toHaveCount(1);
    await studio.clickEditorLine('Retry:');
    await page.keyboard.press('Control+Shift+BracketLeft');
    await expect(attempts).toHaveCount(0);
    await expect(studio.editor.locator('.view-line', { hasText: 'Next: Hello World' })).toHaveCount(
      2,
    );
    await page.keyboard.press('Control+Shift+BracketRight');
    await expect(attempts).toHaveCount(1);
    expect(await studio.source()).toBe(before);
  });
});

test.describe('the YAML editor: schema hover and markers', () => {
  test('shows hover documentation from the schema', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    const key = studio.editor.locator('.view-line span', { hasText: 'TaskMode' }).first();
    await key.hover();
    // The content hover (the glyph hover widget stays hidden): the field's documentation.
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    await expect(hover).toBeVisible();
    await expect(hover).toContainText('WaitForSystemCallback');
  });

  test('hides schema markers while unparsable, keeps the core syntax error, restores them after', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    const markers = () => page.evaluate(() => window.__studio?.markers?.() ?? []).then((ms) => ms);
    const owners = async (owner: string) =>
      (await markers()).filter((m) => m.owner === owner).length;
    // an unknown key in a Pass state: the schema flags it (owner yaml)
    await studio.clickEditorLine('End: true');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Bogus: 1', { delay: 10 });
    await expect.poll(() => owners('yaml'), { timeout: 30_000 }).toBeGreaterThan(0);
    // break the YAML: only the core's syntax diagnostics remain
    await studio.clickEditorLine('StartAt: InvokeFunction');
    await page.keyboard.type(': x', { delay: 10 });
    await page.keyboard.press('Escape');
    await expect(studio.banner).toBeVisible();
    await expect.poll(() => owners('yaml'), { timeout: 30_000 }).toBe(0);
    expect((await markers()).some((m) => m.owner === 'fdl' && m.severity === 8 /* Error */)).toBe(
      true,
    );
    // fix it: the schema marker comes back
    await studio.clickEditorLine('StartAt: InvokeFunction: x');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await expect(studio.banner).toBeHidden();
    await expect.poll(() => owners('yaml'), { timeout: 30_000 }).toBeGreaterThan(0);
  });

  test('checks a very long document against the schema only once it is short enough again', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    const flow = [
      'Type: StateMachine',
      'SpecVersion: v1',
      'StartAt: Hold',
      'States:',
      '  - Type: Pass',
      '    Name: Hold',
      '    Bogus: 1',
      '    End: true',
      '# padding',
    ];
    await studio.openWith(
      [...flow, ...Array.from({ length: 10_000 }, () => '# padding')].join('\n'),
    );
    await studio.editorReady();
    const owners = async (owner: string) =>
      (await page.evaluate(() => window.__studio?.markers?.() ?? [])).filter(
        (m) => m.owner === owner,
      ).length;
    // the core's own validation covers it at any size
    await expect.poll(() => owners('fdl'), { timeout: 30_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(3_000);
    expect(await owners('yaml')).toBe(0);
    // cut the padding: monaco-yaml checks it again and flags the unknown key
    await studio.clickEditorLine('# padding');
    await page.keyboard.press('Home');
    await page.keyboard.press('Control+Shift+End');
    await page.keyboard.press('Delete');
    await expect.poll(() => owners('yaml'), { timeout: 30_000 }).toBeGreaterThan(0);
  });
});
