import { expect, test } from '@playwright/test';
import { NO_SERVICE_WORKER, chain, COMMENTED } from './fixtures';
import { StudioPage } from './pages/StudioPage';

test.use(NO_SERVICE_WORKER);

// Layout, Monaco and the chart render in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

test.describe('canvas editing', () => {
  test('the "+" on a transition inserts a state there', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.open();
    await page
      .getByRole('button', { name: 'Insert a state between InvokeFunction and Hello World' })
      .click();
    await expect
      .poll(() => studio.source())
      .toMatch(/Next: Pass\n[\s\S]*Name: Pass\n\s+Next: Hello World/);
    await expect(studio.node('Pass')).toBeVisible();
  });

  test('dragging from a state handle to another state sets Next', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.openWith(COMMENTED);
    const from = studio.node('Receive').locator('.react-flow__handle.source').first();
    const to = studio.node('Done').locator('.react-flow__handle.target').first();
    const a = await from.boundingBox();
    const b = await to.boundingBox();
    if (!a || !b) throw new Error('handles not visible');
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
    await page.mouse.up();
    await expect
      .poll(() => studio.source())
      .toMatch(/Name: Receive\n\s+Next: Done # inline comment on Next/);
  });
});

test('dragging a state onto a drop line moves it there and rewires the chain', async ({ page }) => {
  test.slow();
  const studio = new StudioPage(page);
  await studio.openWith(COMMENTED);
  const box = await studio.node('Receive').boundingBox();
  if (!box) throw new Error('Receive not visible');
  const target = await studio.between('Charge', 'Done');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x, target.y, { steps: 20 });
  await expect(page.getByTestId('canvas.dropline')).toBeVisible();
  await page.mouse.up();
  await expect.poll(() => studio.source()).toContain('StartAt: Charge');
  const text = await studio.source();
  expect(text).toMatch(/Name: Charge[\s\S]*Next: Receive/);
  expect(text).toMatch(/Name: Receive\n\s+Next: Done # inline comment on Next/);
  expect(text).toContain('# the first state');
});

const BLANK = `Type: StateMachine
SpecVersion: v1
Name: "blank"
States: []
`;

test.describe('an empty workflow', () => {
  test('dropping a palette item anywhere on the empty canvas creates the first state', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    await studio.openWith(BLANK);
    await expect(studio.emptyDrop).toContainText('Drop a state here to start');
    const box = await studio.canvas.boundingBox();
    if (!box) throw new Error('canvas not visible');
    // not on the card: anywhere on the canvas is the one drop zone
    await studio.dragPaletteTo('Wait', { x: box.x + box.width / 2, y: box.y + 60 });
    await expect.poll(() => studio.source()).toMatch(/StartAt: Wait/);
    await expect(studio.node('Wait')).toBeInViewport();
    await expect(studio.emptyDrop).toBeHidden();
    expect(await studio.selection()).toEqual(['Wait']);
    const text = await studio.source();
    expect(text).toMatch(/- Type: Wait\n\s+Name: Wait\n[\s\S]*End: true/);
  });

  test('the empty drop zone highlights while dragging and has an add button', async ({ page }) => {
    const studio = new StudioPage(page);
    await studio.openWith(BLANK);
    const item = studio.paletteItem('Choice');
    const card = await studio.emptyDrop.boundingBox();
    if (!card) throw new Error('empty drop zone not visible');
    await item.hover();
    await page.mouse.down();
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2, { steps: 12 });
    await expect(page.getByTestId('canvas.dropline')).toBeVisible();
    await page.mouse.up();
    await expect.poll(() => studio.source()).toMatch(/StartAt: Choice/);
    // undo, then add without dragging
    await page.keyboard.press('Control+z');
    await expect(studio.emptyDrop).toBeVisible();
    await studio.emptyDrop.getByRole('button', { name: 'Add a Pass state' }).click();
    await expect.poll(() => studio.source()).toMatch(/StartAt: Pass/);
    await expect(studio.node('Pass')).toBeVisible();
  });
});

test('a 50-state workflow opens at a readable zoom on its start; a small one is fitted', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.openWith(chain(50));
  await expect(studio.node('S0')).toBeInViewport();
  expect(await studio.zoom()).toBeGreaterThanOrEqual(0.7);
  await expect(studio.node('S49')).not.toBeInViewport();
  await studio.openWith(COMMENTED);
  for (const name of ['Receive', 'Charge', 'Done'])
    await expect(studio.node(name)).toBeInViewport();
});

/** Wider than the Split view's canvas at a readable zoom: a Choice over a Parallel and a Map. */
const WIDE = `Type: StateMachine
Name: wide
SpecVersion: v1
StartAt: Start
States:
  - Type: Pass
    Name: Start
    Next: Route
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.kind == "a"
        Next: Fan
      - Condition: $Input.kind == "b"
        Next: Each
    Default: Done
  - Type: Parallel
    Name: Fan
    Branches:
      - StartAt: A1
        States:
          - Type: Pass
            Name: A1
            Next: A2
          - Type: Pass
            Name: A2
            End: true
      - StartAt: B1
        States:
          - Type: Pass
            Name: B1
            End: true
    Next: Done
  - Type: Map
    Name: Each
    ItemsPath: $Input.items
    Processor:
      StartAt: P1
      States:
        - Type: Pass
          Name: P1
          Next: P2
        - Type: Pass
          Name: P2
          End: true
    Next: Done
  - Type: Succeed
    Name: Done
`;

test('a chart wider than the canvas opens with its first states whole, on the final layout', async ({
  page,
}) => {
  // The first chart is drawn on a provisional layout; the view opens again on elk's, which
  // places the chart differently (before, the Start card was cut by the canvas's left edge).
  const studio = new StudioPage(page);
  await studio.openWith(WIDE);
  await expect(studio.node('Start')).toBeInViewport({ ratio: 0.99 });
  await expect(studio.node('Route')).toBeInViewport({ ratio: 0.99 });
  expect(await studio.zoom()).toBeGreaterThanOrEqual(0.7);
});

const WITH_PARALLEL = `Type: StateMachine
Name: par
SpecVersion: v1
StartAt: A
States:
  - Type: Pass
    Name: A # the state to move
    Next: Par
  - Type: Parallel
    Name: Par
    Branches:
      - StartAt: C
        States:
          - Type: Pass
            Name: C
            End: true
    End: true
`;

test('dragging a state onto the "new branch" zone of a Parallel moves it into a new branch', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.openWith(WITH_PARALLEL);
  const from = await studio.node('A').boundingBox();
  const par = await studio.node('Par').boundingBox();
  if (!from || !par) throw new Error('states not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  // the new-branch zone sits on the Parallel's right edge, half-way down
  await page.mouse.move(par.x + par.width - 10, par.y + par.height / 2, { steps: 20 });
  await expect(page.getByTestId('canvas.dropline')).toContainText('New branch');
  await page.mouse.up();
  await expect.poll(() => studio.source()).toMatch(/- StartAt: A\n/);
  const text = await studio.source();
  expect(text).toMatch(/^StartAt: Par$/m);
  expect(text).toContain('Name: A # the state to move');
  await expect(studio.node('Par/1/A')).toBeVisible();
  // one undo entry
  await page.keyboard.press('Control+z');
  await expect.poll(() => studio.source()).toBe(WITH_PARALLEL);
});

test('a Parallel selected with a state inside it is deleted, duplicated and copied as one', async ({
  page,
}) => {
  const studio = new StudioPage(page);
  await studio.openWith(WITH_PARALLEL);
  // select the Parallel, then add the only state of its branch with Shift
  await studio.node('Par').locator('.state-card').click();
  await studio.node('Par/0/C').click({ modifiers: ['Shift'] });
  await expect.poll(() => studio.selection()).toEqual(['Par', 'Par/0/C']);
  // Ctrl+D: one copy of the Parallel (holding its C), no second copy of C
  await page.keyboard.press('Control+d');
  await expect.poll(() => studio.source()).toContain('Name: ParCopy');
  expect((await studio.source()).match(/Name: CCopy/g)).toBeNull();
  await page.keyboard.press('Control+z');
  await expect.poll(() => studio.source()).toBe(WITH_PARALLEL);
  // Delete: the Parallel goes with its branch (before, C was refused as its branch's last state)
  await studio.node('Par').locator('.state-card').click();
  await studio.node('Par/0/C').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Delete');
  await expect.poll(() => page.evaluate(() => window.__studio?.stateNames())).toEqual(['A']);
});
