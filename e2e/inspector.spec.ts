import { expect, test } from '@playwright/test';
import type { InspectorPage } from './pages/inspectorPage';
import { InspectorStudio } from './pages/InspectorStudio';
import { SimulatorPage } from './pages/simulatorPage';
import { NO_SERVICE_WORKER } from './fixtures';

test.use(NO_SERVICE_WORKER);

/** The guide's sample definition ("Option B: Use YAML"), properly indented. */
const GUIDE_EXAMPLE = {
  Type: 'StateMachine',
  Name: 'my-wkfl',
  SpecVersion: 'v1',
  StartAt: 'InvokeFunction',
  States: [
    {
      Type: 'Task',
      Name: 'InvokeFunction',
      Action: 'FC:InvokeFunction',
      TaskMode: 'RequestComplete',
      Parameters: {
        invocationType: 'Sync',
        resourceArn: 'acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST',
      },
      Retry: [{ Errors: [], Description: 'Retry policy #1', MaxAttempts: 1, IntervalSeconds: 1 }],
      Next: 'Hello World',
      Catch: [
        { Errors: ['FC.AccessDenied'], Description: 'Error capture rule #1', Next: 'Hello World' },
      ],
    },
    { Type: 'Pass', Name: 'Hello World', End: true },
  ],
};

/** The same example as YAML text, as the guide prints it (indented). */
const GUIDE_YAML = `Type: StateMachine
Name: my-wkfl
SpecVersion: v1
StartAt: InvokeFunction
States:
  - Type: Task
    Name: InvokeFunction
    Action: FC:InvokeFunction
    TaskMode: RequestComplete
    Parameters:
      invocationType: Sync
      resourceArn: >-
        acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST
    Retry:
      - Errors: []
        Description: 'Retry policy #1'
        MaxAttempts: 1
        IntervalSeconds: 1
    Next: Hello World
    Catch:
      - Errors:
          - FC.AccessDenied
        Description: 'Error capture rule #1'
        Next: Hello World
  - Type: Pass
    Name: Hello World
    End: true
`;

const EMPTY = `Type: StateMachine
Name: my-wkfl
SpecVersion: v1
States: []
`;

/** Region and account do not matter for the comparison (the guide's "modulo account and region"). */
function normaliseArns(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value).replace(
      /acs:fc:[^:"]*:[^:"]*:functions/g,
      'acs:fc:{regionId}:{accountId}:functions',
    ),
  );
}

/** The guide's example, opened through a share link (no dependence on the home page's routes). */
async function openSample(studio: InspectorStudio, select: string): Promise<InspectorPage> {
  await studio.openAt(GUIDE_YAML, select);
  return studio.inspector;
}

// Monaco, layout and a dozen form fields in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

test.describe('the inspector, from an empty canvas', () => {
  test('configures the guide InvokeFunction example, dragging the action', async ({ page }) => {
    // A long journey (two drags, a dozen form fields): generous for a loaded machine.
    test.setTimeout(300_000);
    const studio = new InspectorStudio(page);
    await studio.openWith(EMPTY);
    await expect(studio.emptyDrop).toBeVisible();
    const box = await studio.canvas.boundingBox();
    if (!box) throw new Error('canvas not visible');
    await page.getByRole('tab', { name: 'Actions' }).click();
    // the empty canvas is one drop zone: drop the action anywhere on it
    await studio.dragPaletteTo('FC:InvokeFunction', { x: box.x + box.width / 2, y: box.y + 60 });
    await expect.poll(async () => (await studio.stateNames()).length).toBe(1);
    const taskPath = (await studio.stateNames())[0] as string;
    await expect(studio.node(taskPath)).toBeVisible();
    await page.getByRole('tab', { name: 'Flow' }).click();
    const taskBox = await studio.node(taskPath).boundingBox();
    if (!taskBox) throw new Error('task not visible');
    // the Pass dropped just below the task: on its transition to the end
    await studio.dragPaletteTo('Pass', {
      x: taskBox.x + taskBox.width / 2,
      y: taskBox.y + taskBox.height + 40,
    });
    await configureGuideExample(studio, taskPath);
  });

  test('configures the guide InvokeFunction example, inserting from the palette', async ({
    page,
  }) => {
    // A long journey (two inserts, a dozen form fields): generous for a loaded machine.
    test.setTimeout(300_000);
    const studio = new InspectorStudio(page);
    await studio.openWith(EMPTY);
    await page.getByRole('tab', { name: 'Actions' }).click();
    await studio.paletteItem('FC:InvokeFunction').click();
    await expect.poll(async () => (await studio.stateNames()).length).toBe(1);
    const taskPath = (await studio.stateNames())[0] as string;
    await studio.selectState(taskPath);
    await page.getByRole('tab', { name: 'Flow' }).click();
    await studio.paletteItem('Pass').click();
    await configureGuideExample(studio, taskPath);
  });
});

/** From a Task and a Pass on the canvas: the guide's example through the inspector's forms only. */
async function configureGuideExample(studio: InspectorStudio, taskPath: string) {
  const { page, inspector } = studio;
  await expect.poll(async () => (await studio.stateNames()).length).toBe(2);
  // the Pass: name it and end the flow there
  const passPath = (await studio.stateNames()).find((n) => n !== taskPath) as string;
  await studio.selectState(passPath);
  await inspector.rename('Hello World');
  await expect(studio.selectedName).toHaveText('Hello World');
  await inspector.select('Next', '#end');

  // the Task: the guide's Basic Settings and Troubleshooting tables
  await studio.selectState(taskPath);
  await expect(inspector.section('basic')).toBeVisible();
  await inspector.rename('InvokeFunction');
  await expect(studio.selectedName).toHaveText('InvokeFunction');
  await inspector.type('Function', 'myfunction');
  await inspector.type('Version', 'LATEST');
  await expect(page.getByTestId('inspector.field.resourceArn')).toContainText(
    'functions/myfunction/LATEST',
  );
  await expect(page.getByTestId('inspector.arn.placeholders')).toBeVisible();
  await inspector.select('invocationType', 'Sync');
  await inspector.select('TaskMode', 'RequestComplete');
  // the request load takes YAML or JSON; written as Parameters.body, and removed when cleared
  await inspector.type('body', '{"key1": "value1", "key2.$": "$.myStateInput.key", "key3": 100}');
  await expect
    .poll(async () => (await studio.parsed<typeof GUIDE_EXAMPLE>()).States[0]?.Parameters)
    .toMatchObject({
      body: { key1: 'value1', 'key2.$': '$.myStateInput.key', key3: 100 },
    });
  await inspector.type('body', '');
  await inspector.select('Next', 'Hello World');
  await inspector.addRetry();
  await inspector.addCatch();
  await inspector.addErrorType('Catch.0.Errors', 'FC.AccessDenied');
  await inspector.select('Catch.0.Next', 'Hello World');

  await expect.poll(async () => normaliseArns(await studio.parsed())).toEqual(GUIDE_EXAMPLE);
}

test.describe('the inspector, journeys of issue 5', () => {
  test('renaming a state targeted by a Catch moves the Catch with it', async ({ page }) => {
    const studio = new InspectorStudio(page);
    const inspector = await openSample(studio, 'Hello World');
    await inspector.rename('Fallback');
    await expect.poll(() => studio.source()).toContain('Name: Fallback');
    const doc = await studio.parsed<{
      States: { Next?: string; Catch?: { Next?: string }[] }[];
    }>();
    expect(doc.States[0]?.Catch?.[0]?.Next).toBe('Fallback');
    expect(doc.States[0]?.Next).toBe('Fallback');
    expect(await studio.source()).not.toContain('Hello World');
  });

  test('a duplicate name is refused inline and nothing is written', async ({ page }) => {
    const studio = new InspectorStudio(page);
    const inspector = await openSample(studio, 'Hello World');
    const before = await studio.source();
    await inspector.rename('InvokeFunction');
    await expect(inspector.fieldMessages('Name')).toContainText('already exists');
    await expect(inspector.field('Name')).toHaveValue('InvokeFunction');
    expect(await studio.source()).toBe(before);
  });

  type OptionCase = [string, (i: InspectorPage) => Promise<void>, RegExp];
  const inputOptions: OptionCase[] = [
    ['original', async () => {}, /^(?![\s\S]*InputConstructor)/],
    [
      'jsonpath',
      async (i) => {
        await i.page.getByTestId('inspector.input.jsonpath.0.path').fill('$.order.id');
      },
      /InputConstructor:\n\s+id\.\$: \$\.order\.id/,
    ],
    [
      'filters',
      async (i) => {
        await i.fillRow('InputConstructor', 0, 'FieldA', '123', false);
        await i.fillRow('InputConstructor', 1, 'FieldB', 'string', false);
        await i.fillRow('InputConstructor', 2, 'FieldC', '$Input', true);
      },
      /InputConstructor:\n\s+FieldA: 123\n\s+FieldB: string\n\s+FieldC\.\$: \$Input/,
    ],
  ];
  const outputOptions: OptionCase[] = [
    ['result', async () => {}, /^(?![\s\S]*OutputConstructor)/],
    [
      'jsonpath',
      async (i) => {
        await i.page.getByTestId('inspector.output.jsonpath.0.path').fill('$.Body.id');
      },
      /OutputConstructor:\n\s+id\.\$: \$Output\.Body\.id/,
    ],
    ['raw', async () => {}, /OutputConstructor:\n\s+input\.\$: \$Input/],
    [
      'filters',
      async (i) => {
        await i.fillRow('OutputConstructor', 0, 'status', '$Output.Code', true);
        await i.fillRow('OutputConstructor', 1, 'ok', 'true', false);
      },
      /OutputConstructor:\n\s+status\.\$: \$Output\.Code\n\s+ok: true/,
    ],
  ];
  // The Input options are shown on the Pass, the Output options on the Task.
  const optionJourneys = [
    ...inputOptions.map((c) => ({ side: 'Input', state: 'Hello World', c }) as const),
    ...outputOptions.map((c) => ({ side: 'Output', state: 'InvokeFunction', c }) as const),
  ];
  for (const {
    side,
    state,
    c: [mode, fill, expected],
  } of optionJourneys) {
    test(`the ${side} option “${mode}” round-trips through reload`, async ({ page }) => {
      const studio = new InspectorStudio(page);
      const inspector = await openSample(studio, state);
      const select = side === 'Input' ? inspector.inputMode : inspector.outputMode;
      await select.selectOption(mode);
      await fill(inspector);
      await expect.poll(() => studio.source()).toMatch(expected);
      await studio.reopen();
      await studio.selectState(state);
      await expect(select).toHaveValue(mode);
    });
  }

  test('an IntervalSeconds of 90000 is written, flagged at the field and in the YAML', async ({
    page,
  }) => {
    const studio = new InspectorStudio(page);
    const inspector = await openSample(studio, 'InvokeFunction');
    await inspector.type('Retry.0.IntervalSeconds', '90000');
    await expect.poll(() => studio.source()).toContain('IntervalSeconds: 90000');
    const message =
      'IntervalSeconds is 90000; it must be between 0 and 86400 seconds (one day at most).';
    await expect(inspector.fieldMessages('Retry.0.IntervalSeconds').first()).toHaveText(message);
    await expect
      .poll(
        async () =>
          (await page.evaluate(() => window.__studio?.diagnostics() ?? [])).find(
            (d) => d.code === 'value-out-of-range',
          )?.message,
      )
      .toBe(message);
    await expect(studio.editor.locator('.squiggly-error').first()).toBeAttached();
  });

  test('text that is not a number stays in the field, flagged, and is not written', async ({
    page,
  }) => {
    const studio = new InspectorStudio(page);
    const inspector = await openSample(studio, 'InvokeFunction');
    const before = await studio.source();
    await inspector.type('Retry.0.MaxAttempts', 'three');
    await expect(inspector.fieldMessages('Retry.0.MaxAttempts').first()).toHaveText(
      'MaxAttempts must be a number.',
    );
    expect(await studio.source()).toBe(before);
    // nothing typed is lost when switching states
    await studio.selectState('Hello World');
    await studio.selectState('InvokeFunction');
    await expect(inspector.field('Retry.0.MaxAttempts')).toHaveValue('three');
  });

  test('undo of a field session restores the previous value in one step', async ({ page }) => {
    const studio = new InspectorStudio(page);
    const inspector = await openSample(studio, 'InvokeFunction');
    const before = await studio.source();
    await inspector.type('Description', 'Calls the function');
    await expect
      .poll(
        async () =>
          (await studio.parsed<{ States: { Description?: string }[] }>()).States[0]?.Description,
      )
      .toBe('Calls the function');
    await page.getByTestId('toolbar.undo').click();
    await expect.poll(() => studio.source()).toBe(before);
    await expect(inspector.field('Description')).toHaveValue('');
  });

  test('Escape returns focus to the canvas; the YAML with a syntax error makes the inspector read-only', async ({
    page,
  }) => {
    const studio = new InspectorStudio(page);
    const inspector = await openSample(studio, 'InvokeFunction');
    await inspector.field('Description').click();
    await page.keyboard.press('Escape');
    await expect(studio.node('InvokeFunction')).toBeFocused();
    // a syntax error typed in the YAML: the inspector shows why it is read-only
    await studio.editorReady();
    await studio.clickEditorLine('StartAt: InvokeFunction');
    await page.keyboard.press('Enter');
    await page.keyboard.type('bad: a: b');
    await expect(page.getByTestId('inspector.readonly')).toBeVisible();
    await expect(page.getByTestId('inspector.readonly')).toContainText('line');
    await expect(inspector.field('Description')).toBeDisabled();
  });
});

const ROUTER = `Type: StateMachine
Name: router
SpecVersion: v1
StartAt: Route
States:
  - Type: Choice
    Name: Route
    Branches:
      - Condition: $Input.status == "ready"
        Next: Work
      - Condition: $Input.amount > 100
        Next: Pause
    Default: Work
  - Type: Wait
    Name: Pause
    Seconds: 30
    Next: Work
  - Type: Task
    Name: Work
    Action: FNF:StartExecution
    TaskMode: WaitForSystemCallback
    Parameters:
      resourceArn: acs:fnf:cn-hangzhou:1:flow/child
    Retry:
      - Errors: [FnF.ALL]
        MaxAttempts: 3
        IntervalSeconds: 2
      - Errors: [FC.ResourceThrottled]
        MaxAttempts: 2
        IntervalSeconds: 1
    End: true
`;

type Doc = {
  States: {
    Name: string;
    Branches?: { Condition: string; Next: string }[];
    Retry?: { Errors: string[] }[];
    Parameters?: Record<string, unknown>;
  }[];
};

test.describe('the inspector, state types', () => {
  test('a Choice condition is checked as typed, completes variables, and branches reorder by drag', async ({
    page,
  }) => {
    const studio = new InspectorStudio(page);
    const { inspector } = studio;
    await studio.openAt(ROUTER, 'Route');
    // a syntax error stays in the field, flagged, and is not written (the last valid text is)
    await inspector.type('Branches.1.Condition', '$Input.amount >', { blur: false });
    await expect(inspector.fieldMessages('Branches.1.Condition').first()).toBeVisible();
    await expect(inspector.field('Branches.1.Condition')).toHaveValue('$Input.amount >');
    const written = (await studio.parsed<Doc>()).States[0]?.Branches?.[1]?.Condition;
    expect(written?.trim()).toBe('$Input.amount');
    // completion of $Context fields
    await inspector
      .field('Branches.1.Condition')
      .pressSequentially(' 1 && $Context.Cur', { delay: 10 });
    await expect(page.getByRole('option', { name: /\$Context\.Current\.Input/ })).toBeVisible();
    await page.getByRole('option', { name: /\$Context\.Current\.Input/ }).click();
    await inspector.field('Branches.1.Condition').pressSequentially('.vip', { delay: 10 });
    await expect
      .poll(async () => (await studio.parsed<Doc>()).States[0]?.Branches?.[1]?.Condition)
      .toBe('$Input.amount > 1 && $Context.Current.Input.vip');
    // drag branch 2 above branch 1
    const grips = page.getByTestId('inspector.field.Branches').locator('.ireorder__grip');
    await grips
      .nth(1)
      .dragTo(page.getByTestId('inspector.field.Branches').locator('.ireorder__item').first());
    await expect
      .poll(async () => (await studio.parsed<Doc>()).States[0]?.Branches?.map((b) => b.Next))
      .toEqual(['Pause', 'Work']);
    // add a branch
    await page.getByTestId('inspector.choice.add').click();
    await expect.poll(async () => (await studio.parsed<Doc>()).States[0]?.Branches?.length).toBe(3);
  });

  test('FnF.ALL before another retry policy is warned about; moving it last with the keyboard clears it', async ({
    page,
  }) => {
    const studio = new InspectorStudio(page);
    await studio.openAt(ROUTER, 'Work');
    await expect(page.getByTestId('inspector.retry.shadowed')).toBeVisible();
    const grip = page.getByTestId('inspector.retry.list').locator('.ireorder__grip').first();
    await grip.focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => (await studio.parsed<Doc>()).States[2]?.Retry?.map((r) => r.Errors[0]))
      .toEqual(['FC.ResourceThrottled', 'FnF.ALL']);
    await expect(page.getByTestId('inspector.retry.shadowed')).toHaveCount(0);
  });

  test('Switch to YAML editing edits the parameters in sync with the form', async ({ page }) => {
    const studio = new InspectorStudio(page);
    const { inspector } = studio;
    await studio.openAt(ROUTER, 'Work');
    await inspector.type('executionName', 'child-1');
    await page.getByTestId('inspector.params.switch').click();
    await expect(inspector.field('Parameters')).toHaveValue(/executionName: child-1/);
    await inspector.field('Parameters').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\ninput:\n  id.$: $Input.id');
    await expect
      .poll(async () => (await studio.parsed<Doc>()).States[2]?.Parameters)
      .toEqual({
        resourceArn: 'acs:fnf:cn-hangzhou:1:flow/child',
        executionName: 'child-1',
        input: { 'id.$': '$Input.id' },
      });
    await page.getByTestId('inspector.params.switch').click();
    await expect(inspector.field('executionName')).toHaveValue('child-1');
  });

  test('switching the workflow to Express flags the callback task mode and the long wait', async ({
    page,
  }) => {
    const studio = new InspectorStudio(page);
    const { inspector } = studio;
    await studio.openWith(ROUTER);
    await expect(page.getByTestId('inspector.empty')).toBeVisible();
    await inspector.field('workflow.mode').getByRole('radio', { name: 'Express' }).click();
    const problems = page.getByTestId('inspector.workflow.modeProblems');
    await expect(problems).toContainText('Work');
    await expect(problems).toContainText('Pause');
    await studio.selectState('Pause');
    await expect(inspector.fieldMessages('Seconds').first()).toContainText('20');
    await studio.selectState('Work');
    await expect(inspector.field('TaskMode').locator('option')).toHaveText([
      'WaitForSystemCallback (not available)',
      'RequestComplete',
    ]);
    await inspector.select('TaskMode', 'RequestComplete');
    await expect.poll(() => studio.source()).toContain('TaskMode: RequestComplete');
    // back to Standard for the other tests of this page
    await page.keyboard.press('Escape');
  });

  test('Parallel branches, Map processing mode and a Wait expression are edited through their forms', async ({
    page,
  }) => {
    const studio = new InspectorStudio(page);
    const { inspector } = studio;
    await studio.openWith(SHAPES);
    await studio.selectState('Fan', { header: true });
    await page.getByTestId('inspector.parallel.add').click();
    await expect
      .poll(async () => (await studio.parsed<ShapesDoc>()).States[0]?.Branches?.length)
      .toBe(3);
    // the new branch's first state is selected after the command; back to the Parallel
    await studio.selectState('Fan', { header: true });
    await page.getByRole('button', { name: 'Remove branch 0' }).click();
    await expect
      .poll(async () => (await studio.parsed<ShapesDoc>()).States[0]?.Branches?.length)
      .toBe(2);
    await studio.selectState('Each', { header: true });
    await inspector.select('ProcessorMode', 'distributed:Express');
    await expect
      .poll(async () => (await studio.parsed<ShapesDoc>()).States[1]?.ProcessorConfig)
      .toEqual({ ExecutionMode: 'Express' });
    // The chart grew below the viewport (views are kept across edits): select from the YAML.
    await studio.clickEditorLine('Name: Pause');
    await expect(studio.selectedName).toHaveText('Pause');
    await page.getByTestId('inspector.Seconds.expression').click();
    await inspector.type('Seconds', '$Input.delay');
    await expect
      .poll(async () => (await studio.parsed<ShapesDoc>()).States[2])
      .toMatchObject({
        'Seconds.$': '$Input.delay',
      });
    expect((await studio.parsed<ShapesDoc>()).States[2]?.Seconds).toBeUndefined();
  });
});

type ShapesDoc = {
  States: {
    Branches?: unknown[];
    ProcessorConfig?: unknown;
    Seconds?: number;
    'Seconds.$'?: string;
  }[];
};

const SHAPES = `Type: StateMachine
Name: shapes
SpecVersion: v1
StartAt: Fan
States:
  - Type: Parallel
    Name: Fan
    Branches:
      - StartAt: A
        States:
          - Type: Pass
            Name: A
            End: true
      - StartAt: B
        States:
          - Type: Pass
            Name: B
            End: true
    Next: Each
  - Type: Map
    Name: Each
    ItemsPath: $Input.items
    Processor:
      StartAt: Do
      States:
        - Type: Pass
          Name: Do
          End: true
    Next: Pause
  - Type: Wait
    Name: Pause
    Seconds: 5
    End: true
`;

test.describe('the inspector, expression preview (issue 6)', () => {
  test('an expression shows its value against the input of the last run', async ({ page }) => {
    const studio = new InspectorStudio(page);
    const inspector = await openSample(studio, 'InvokeFunction');
    const sim = new SimulatorPage(page);
    await inspector.inputMode.selectOption('filters');
    await inspector.fillRow('InputConstructor', 0, 'who', '$Input.name', true);
    await expect
      .poll(() => studio.source())
      .toMatch(/InputConstructor:\n\s+who\.\$: \$Input\.name/);
    // no run yet: one quiet hint for the editor
    await expect(page.getByTestId('inspector.preview.InputConstructor')).toHaveText(
      'Run the workflow to preview',
    );

    // when the guide sample is executed with an input
    await sim.openDialog();
    await sim.typeInput('{"name": "Ada", "tags": ["a", "b"]}');
    await sim.start();
    await expect(sim.status).toHaveText('Succeeded');

    // then the expression row shows its value in that run, and follows what is typed
    await studio.selectState('InvokeFunction');
    const row = page.getByTestId('inspector.preview.InputConstructor.0');
    await expect(row).toContainText('"Ada"');
    await inspector.fillRow('InputConstructor', 0, 'who', '$Input.tags[1]', true);
    await expect(row).toContainText('"b"');
    // with a run, the editor's "run the workflow" hint is gone
    await expect(page.getByTestId('inspector.preview.InputConstructor')).toHaveCount(0);
  });
});
