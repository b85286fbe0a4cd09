import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

/**
 * The Choice fixture shared with the unit tests (dropZones, edgeInsert, core commands): branch
 * 3 of Route and its Default both lead to Reject, and so do Big's Catch rule and its Next.
 */
const ROUTED = readFileSync('fixtures/editing/choice-routed.yaml', 'utf8');
/** Branch 3 of Route, as written in the fixture, leading to `next`. */
const branch3 = (next: string) => `- Condition: $Input.amount > 10\n        Next: ${next}\n`;

/** The text of one state's item, from its `- Type:` line to the next item. */
function stateBlock(text: string, name: string): string {
  const m = new RegExp(`- Type: \\w+\\n\\s+Name: ${name}\\n(?:\\s{4,}\\S.*\\n)*`).exec(text);
  return m?.[0] ?? '';
}

/**
 * Clicks an edge's "+" and waits for the inserted Pass to be `written` into the source; checks
 * that the new state goes on to the edge's old target (Reject) and returns the new text.
 */
async function insertWithPlus(studio: StudioPage, plus: Locator, written: string | RegExp) {
  await plus.click();
  const source = expect.poll(() => studio.source());
  await (typeof written === 'string' ? source.toContain(written) : source.toMatch(written));
  const text = await studio.source();
  expect(stateBlock(text, 'Pass')).toContain('Next: Reject');
  return text;
}

/** The centre of an edge's "+" button: its drop zone sits there too. */
async function plusCentre(page: Page, testId: string): Promise<{ x: number; y: number }> {
  const box = await page.getByTestId(testId).boundingBox();
  if (!box) throw new Error(`${testId} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test.describe('inserting on Choice and Catch transitions', () => {
  test('dragging Pass onto a Choice branch puts it on that branch only', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.openWith(ROUTED);
    // The Design view: the whole chart fits, a drop can only land on the canvas.
    await page.getByTestId('toolbar.view.design').click();
    // The branch's drop zone sits where its "+" is (beside the condition): aim there.
    const at = await plusCentre(page, 'canvas.edgeInsert.Route.Branches/2/Next');
    await studio.dragPaletteTo('Pass', at);
    await expect.poll(() => studio.source()).toContain(branch3('Pass'));
    const text = await studio.source();
    // the new state goes on to the branch's old target; the Default and the other branch stay
    expect(stateBlock(text, 'Pass')).toContain('Next: Reject');
    expect(text).toContain('    Default: Reject\n');
    expect(text).toContain('- Condition: $Input.amount > 1000 # big orders\n        Next: Big\n');
    expect(text).toContain('# routes by amount');
    await expect(studio.node('Pass')).toBeVisible();
  });

  test('the "+" on a branch inserts there, and one undo takes it back', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.openWith(ROUTED);
    const text = await insertWithPlus(
      studio,
      page.getByRole('button', { name: 'Insert a state on branch 3 of Route to Reject' }),
      branch3('Pass'),
    );
    expect(text).toContain('    Default: Reject\n');
    await page.getByTestId('toolbar.undo').click();
    await expect.poll(() => studio.source()).toBe(ROUTED);
  });

  test('the "+" on the Default rewires only the Default', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.openWith(ROUTED);
    const text = await insertWithPlus(
      studio,
      page.getByRole('button', { name: 'Insert a state on the Default of Route to Reject' }),
      '    Default: Pass\n',
    );
    expect(text).toContain(branch3('Reject'));
  });

  test('the "+" on a Catch edge inserts a handler between the state and its target', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.openWith(ROUTED);
    await page.getByTestId('toolbar.view.design').click();
    const text = await insertWithPlus(
      studio,
      page.getByTestId('canvas.edgeInsert.Big.Catch/0/Next'),
      /- Errors: \[FnF\.ALL\]\n\s+Next: Pass\n/,
    );
    // Big's own Next, to the same state, is untouched
    expect(stateBlock(text, 'Big')).toMatch(/\n {4}Next: Reject\n/);
  });

  test('dragging a state onto the Default moves it there, branch 3 keeps its target, one undo', async ({
    page,
  }) => {
    const withMover = `${ROUTED}  - Type: Pass\n    Name: Mover\n    End: true\n`;
    const studio = new StudioPage(page);
    await studio.openWith(withMover);
    await page.getByTestId('toolbar.view.design').click();
    const from = await studio.node('Mover').boundingBox();
    if (!from) throw new Error('Mover is not on screen');
    const at = await plusCentre(page, 'canvas.edgeInsert.Route.Default');
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(at.x, at.y, { steps: 20 });
    await expect(page.getByTestId('canvas.dropline')).toContainText('Insert on the Default');
    await page.mouse.up();
    await expect.poll(() => studio.source()).toContain('    Default: Mover\n');
    const text = await studio.source();
    expect(text).toContain(branch3('Reject'));
    expect(stateBlock(text, 'Mover')).toContain('Name: Mover\n    Next: Reject\n');
    await page.keyboard.press('Control+z');
    await expect.poll(() => studio.source()).toBe(withMover);
  });
});
