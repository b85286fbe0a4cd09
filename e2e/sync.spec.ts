import { expect, test } from '@playwright/test';
import { COMMENTED } from './fixtures';
import { StudioPage } from './pages/StudioPage';

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

/**
 * Breaks the sample's YAML by typing after `StartAt: InvokeFunction`, and waits for the banner
 * and for the whole typed text in the store (the banner may show for "InvokeFunction:" while
 * " x" is still on its way).
 */
async function breakStartAt(studio: StudioPage): Promise<void> {
  await studio.clickEditorLine('StartAt: InvokeFunction');
  await studio.page.keyboard.type(': x', { delay: 10 });
  await expect(studio.banner).toBeVisible();
  await expect.poll(() => studio.source()).toContain('StartAt: InvokeFunction: x');
}

test.describe('canvas and YAML in sync', () => {
  test('dragging Pass between two states wires Next and keeps every comment', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.openWith(COMMENTED);
    await expect(studio.node('Charge')).toBeVisible();
    await studio.editorReady();
    // when Pass is dragged from the palette onto the middle of Receive → Charge
    await page.getByRole('tab', { name: 'Flow' }).click();
    await studio.dragPaletteTo('Pass', await studio.between('Receive', 'Charge'));
    // then a new state sits between them
    await expect.poll(() => studio.source()).toMatch(/Name: Pass/);
    const text = await studio.source();
    expect(text).toMatch(/Name: Receive\n\s+Next: Pass # inline comment on Next/);
    expect(text).toMatch(/Name: Pass\n\s+Next: Charge/);
    for (const comment of [
      '# Order workflow (comment at the top)',
      '# the first state',
      '# the endpoint',
      '# the last state',
    ]) {
      expect(text).toContain(comment);
    }
    // and the editor shows it too
    await expect(studio.editor).toContainText('Name: Pass');
    await expect(studio.node('Pass')).toBeVisible();
  });

  test('typing a new state in YAML draws a node', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    await studio.clickEditorLine('End: true');
    await page.keyboard.press('End');
    // Monaco auto-indents: type the item at the list's indentation, line by line.
    // Escape closes Monaco's suggestions so Enter makes a new line instead of accepting one.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.type('- Type: Succeed', { delay: 10 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.keyboard.type('  Name: Typed', { delay: 10 });
    await page.keyboard.press('Escape');
    await expect.poll(() => studio.source()).toMatch(/\n {2}- Type: Succeed\n {4}Name: Typed/);
    await expect(studio.node('Typed')).toBeVisible();
  });

  test('broken YAML: banner, dimmed chart, text untouched; fixing it recovers', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    await breakStartAt(studio);
    await page.keyboard.press('Escape');
    await expect(studio.banner).toContainText('line');
    await expect(page.locator('.canvas--stale')).toBeVisible();
    await expect(studio.node('InvokeFunction')).toBeVisible();
    // a canvas edit is refused with the reason
    await page.getByRole('tab', { name: 'Flow' }).click();
    await studio.paletteItem('Pass').click();
    await expect(page.getByTestId('toast.error')).toContainText('syntax error');
    expect(await studio.source()).not.toContain('Name: Pass');
    // fix it
    await studio.clickEditorLine('StartAt: InvokeFunction: x');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => studio.source()).toContain('StartAt: InvokeFunction\n');
    await expect(studio.banner).toBeHidden();
    await expect(page.locator('.canvas--stale')).toHaveCount(0);
  });

  test('while the YAML does not parse, Delete on a card says why nothing happened', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    await breakStartAt(studio);
    const before = await studio.source();
    await studio.node('Hello World').click();
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('toast.error')).toContainText('syntax error');
    expect(await studio.source()).toBe(before);
  });

  test('one undo history across a YAML edit and a canvas edit', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    const original = await studio.source();
    // a YAML edit
    await studio.clickEditorLine('Name: my-wkfl');
    await page.keyboard.type('-2', { delay: 10 });
    await expect.poll(() => studio.source()).toContain('Name: my-wkfl-2');
    // a canvas edit: insert Pass after the selected state
    await studio.node('Hello World').click();
    await page.getByRole('tab', { name: 'Flow' }).click();
    await studio.paletteItem('Pass').click();
    await expect.poll(() => studio.source()).toContain('Name: Pass');
    // undo twice from the toolbar: both edits gone, text byte-identical
    await page.getByTestId('toolbar.undo').click();
    await expect.poll(() => studio.source()).not.toContain('Name: Pass');
    expect(await studio.source()).toContain('my-wkfl-2');
    await page.getByTestId('toolbar.undo').click();
    await expect.poll(() => studio.source()).toBe(original);
    await expect(studio.editor).not.toContainText('my-wkfl-2');
    // redo brings the YAML edit back
    await page.getByTestId('toolbar.redo').click();
    await expect.poll(() => studio.source()).toContain('my-wkfl-2');
  });

  test('clicking a node highlights its YAML; the cursor in YAML selects the node', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await studio.editorReady();
    await studio.node('Hello World').click();
    await expect(page.locator('.yaml-editor__highlight').first()).toBeVisible();
    expect(await studio.selection()).toEqual(['Hello World']);
    await expect(page.getByTestId('inspector.name')).toHaveText('Hello World');
    await studio.clickEditorLine('Action: FC:InvokeFunction');
    await expect.poll(() => studio.selection()).toEqual(['InvokeFunction']);
  });
});

test('a palette item dropped on the YAML editor changes no text', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.editorReady();
  const before = await studio.source();
  const line = studio.editor.locator('.view-line', { hasText: 'StartAt: InvokeFunction' }).first();
  const box = await line.boundingBox();
  if (!box) throw new Error('editor line not visible');
  await studio.dragPaletteTo('Pass', { x: box.x + 40, y: box.y + box.height / 2 });
  // A known edit after the drop: once it reached the store, so would any text the drop inserted.
  await studio.clickEditorLine('SpecVersion: v1');
  await page.keyboard.type(' # after', { delay: 10 });
  await expect.poll(() => studio.source()).toContain('SpecVersion: v1 # after');
  expect(await studio.source()).toBe(before.replace('SpecVersion: v1', 'SpecVersion: v1 # after'));
});
