import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

/** A Choice whose second branch and Default both lead to Reject; a Task that catches to it. */
const ROUTED = `Type: StateMachine
Name: routed
SpecVersion: v1
StartAt: Route
States:
  # routes by amount
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.amount > 1000 # big orders
        Next: Big
      - Condition: $Input.amount > 10
        Next: Reject
    Default: Reject
  - Type: Task
    Name: Big
    Action: HTTP:Request
    Parameters:
      url: https://example.com/big
    Catch:
      - Errors: [FnF.ALL]
        Next: Reject
    Next: Done
  - Type: Succeed
    Name: Done
  - Type: Fail
    Name: Reject
    Error: Rejected
`;

/** The text of one state's item, from its `- Type:` line to the next item. */
function stateBlock(text: string, name: string): string {
  const m = new RegExp(`- Type: \\w+\\n\\s+Name: ${name}\\n(?:\\s{4,}\\S.*\\n)*`).exec(text);
  return m?.[0] ?? '';
}

test.describe('inserting on Choice and Catch transitions', () => {
  test('dragging Pass onto a Choice branch puts it on that branch only', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.openWith(ROUTED);
    // The Design view: the whole chart fits, a drop can only land on the canvas.
    await page.getByTestId('toolbar.view.design').click();
    // The branch's drop zone sits where its "+" is (beside the condition): aim there.
    const plus = page.getByTestId('canvas.edgeInsert.Route.Branches/1/Next');
    const box = await plus.boundingBox();
    if (!box) throw new Error('the branch has no insert point on screen');
    await studio.dragPaletteTo('Pass', { x: box.x + box.width / 2, y: box.y + box.height / 2 });
    await expect
      .poll(() => studio.source())
      .toContain('- Condition: $Input.amount > 10\n        Next: Pass\n');
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
    await page
      .getByRole('button', { name: 'Insert a state on branch 2 of Route to Reject' })
      .click();
    await expect
      .poll(() => studio.source())
      .toContain('- Condition: $Input.amount > 10\n        Next: Pass\n');
    const text = await studio.source();
    expect(stateBlock(text, 'Pass')).toContain('Next: Reject');
    expect(text).toContain('    Default: Reject\n');
    await page.getByTestId('toolbar.undo').click();
    await expect.poll(() => studio.source()).toBe(ROUTED);
  });

  test('the "+" on the Default rewires only the Default', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.openWith(ROUTED);
    await page
      .getByRole('button', { name: 'Insert a state on the Default of Route to Reject' })
      .click();
    await expect.poll(() => studio.source()).toContain('    Default: Pass\n');
    const text = await studio.source();
    expect(stateBlock(text, 'Pass')).toContain('Next: Reject');
    expect(text).toContain('- Condition: $Input.amount > 10\n        Next: Reject\n');
  });

  test('the "+" on a Catch edge inserts a handler between the state and its target', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.openWith(ROUTED);
    await page.getByTestId('toolbar.view.design').click();
    await page.getByTestId('canvas.edgeInsert.Big.Catch/0/Next').click();
    await expect.poll(() => studio.source()).toMatch(/- Errors: \[FnF\.ALL\]\n\s+Next: Pass\n/);
    const text = await studio.source();
    expect(stateBlock(text, 'Pass')).toContain('Next: Reject');
    // Big's own Next is untouched
    expect(stateBlock(text, 'Big')).toMatch(/\n {4}Next: Done\n/);
  });
});
