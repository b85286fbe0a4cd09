import { expect, test } from '@playwright/test';
import { StudioPage } from './pages/StudioPage';
import { NO_SERVICE_WORKER } from './fixtures';

test.use(NO_SERVICE_WORKER);

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

test('Tab to another card selects it: Delete removes the card the focus ring is on', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.open();
  await studio.node('InvokeFunction').click();
  await expect.poll(() => studio.selection()).toEqual(['InvokeFunction']);
  await page.keyboard.press('Tab');
  await expect(studio.node('Hello World')).toBeFocused();
  await expect.poll(() => studio.selection()).toEqual(['Hello World']);
  await page.keyboard.press('Delete');
  await expect.poll(() => studio.source()).not.toMatch(/Name: Hello World/);
  expect(await studio.source()).toMatch(/Name: InvokeFunction/);
});

const BRANCHY = `Type: StateMachine
Name: branchy
SpecVersion: v1
StartAt: Route
States:
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.a == 1
        Next: One
    Default: Other
  - Type: Pass
    Name: One
    Next: Fan
  - Type: Pass
    Name: Other
    Next: Fan
  - Type: Parallel
    Name: Fan
    Branches:
      - StartAt: A1
        States:
          - Type: Pass
            Name: A1
            End: true
      - StartAt: B1
        States:
          - Type: Pass
            Name: B1
            End: true
    End: true
`;

test('arrow keys follow the graph: Choice targets, into and out of a Parallel', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.openWith(BRANCHY);
  await expect(studio.node('Route')).toBeVisible();
  // let the page settle (the editor loads lazily, the chart's final layout follows the first)
  await studio.editorReady();
  // on a Choice, Down enters its first branch target, Right cycles to the Default
  await studio.pressOn('Route', 'ArrowDown');
  await expect.poll(() => studio.focusedNode()).toBe('One');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => studio.focusedNode()).toBe('Other');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => studio.focusedNode()).toBe('One');
  // Up returns to the Choice; Down twice reaches the Parallel
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => studio.focusedNode()).toBe('Route');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => studio.focusedNode()).toBe('Fan');
  // Enter descends into the first branch, Right moves to the next branch, Escape ascends
  await page.keyboard.press('Enter');
  await expect.poll(() => studio.focusedNode()).toBe('Fan/0/A1');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => studio.focusedNode()).toBe('Fan/1/B1');
  expect(await studio.selection()).toEqual(['Fan/1/B1']);
  await page.keyboard.press('Escape');
  await expect.poll(() => studio.focusedNode()).toBe('Fan');
  // Enter on a plain state opens the inspector
  await studio.pressOn('One', 'Enter');
  await expect(page.getByTestId('inspector.name')).toHaveText('One');
});

test('keyboard insert into an empty workflow creates the first state', async ({ page }) => {
  const studio = new StudioPage(page);
  await studio.openWith('Type: StateMachine\nSpecVersion: v1\nName: blank\nStates: []\n');
  await expect(studio.emptyDrop).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type('Wait');
  await page.keyboard.press('Enter');
  await expect.poll(() => studio.source()).toMatch(/StartAt: Wait/);
  await expect(studio.node('Wait')).toBeInViewport();
});
