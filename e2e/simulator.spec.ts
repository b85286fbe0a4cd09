import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { SimulatorStudio } from './pages/SimulatorStudio';
import { NO_SERVICE_WORKER } from './fixtures';

test.use(NO_SERVICE_WORKER);

const fixture = (name: string) => readFileSync(`fixtures/valid/${name}`, 'utf8');
// The guide's example as the Studio's sample shows it (the fixture without its leading comment).
const SAMPLE_WORKFLOW = fixture('guide-invoke-function.yaml').replace(/^(?:#[^\n]*\n)+/, '');

// Monaco, layout and runs in a real browser: allow for busy CI machines.
test.beforeEach(() => test.slow());

// The guide's example, opened through a share link (a scratch Studio, nothing stored).
test.describe('simulator', () => {
  test('the guide example with a mocked FC.AccessDenied takes the Catch path to Hello World', async ({
    page,
  }) => {
    const studio = new SimulatorStudio(page);
    const { sim } = studio;
    await studio.openExecute(SAMPLE_WORKFLOW);
    await sim.mockError('InvokeFunction', 'FC.AccessDenied', 'no permission');
    await sim.start();

    await expect(sim.status).toHaveText('Succeeded');
    await expect(sim.card('InvokeFunction')).toHaveAttribute('data-run-status', 'caught');
    await expect(sim.card('Hello World')).toHaveAttribute('data-run-status', 'succeeded');
    // Next and Catch both lead to Hello World: only the Catch transition is highlighted.
    await expect(sim.takenEdges('InvokeFunction', 'Hello World')).toHaveCount(1);
    await expect(sim.takenEdges('InvokeFunction', 'Hello World')).toHaveClass(/studio-edge--catch/);
    await expect(page.getByTestId('sim.legend')).toContainText('Caught');

    // Clicking the caught state shows its error and evaluated parameters.
    await studio.node('InvokeFunction').click();
    await expect(page.getByTestId('sim.state.status')).toHaveText('Caught');
    await expect(page.getByTestId('sim.state.error')).toContainText(
      'FC.AccessDenied: no permission',
    );
  });

  test('a happy-path run shows the output, the Next path and the execution in the list', async ({
    page,
  }) => {
    const studio = new SimulatorStudio(page);
    const { sim } = studio;
    await studio.openExecute(SAMPLE_WORKFLOW);
    await sim.typeInput('{"name": "Ada"}');
    await sim.mockOutput('InvokeFunction', '{"greeting": "hi"}');
    await page.getByTestId('sim.name').fill('first_run');
    await sim.start();

    await expect(sim.status).toHaveText('Succeeded');
    // FC wraps the function's result in Body; Hello World passes it through.
    await expect(page.getByTestId('sim.output')).toContainText('"greeting": "hi"');
    await expect(sim.card('InvokeFunction')).toHaveAttribute('data-run-status', 'succeeded');
    await expect(sim.takenEdges('InvokeFunction', 'Hello World')).toHaveCount(1);
    await expect(sim.takenEdges('InvokeFunction', 'Hello World')).toHaveClass(/studio-edge--next/);

    await page.getByTestId('sim.tab.executions').click();
    await expect(page.getByTestId('sim.executions')).toContainText('first_run');

    // The input is remembered for the next Execute of this workflow.
    await sim.openDialog();
    await expect(page.getByTestId('sim.input')).toHaveValue('{"name": "Ada"}');
  });

  test('bad input JSON is located and kept; an invalid execution name is refused', async ({
    page,
  }) => {
    const studio = new SimulatorStudio(page);
    const { sim } = studio;
    await studio.openExecute(SAMPLE_WORKFLOW);
    await sim.typeInput('{"name": }');
    await expect(page.getByTestId('sim.input.error')).toContainText(
      'not valid JSON at line 1 column 10',
    );
    await sim.start();
    await expect(sim.dialog).toBeVisible();
    await expect(page.getByTestId('sim.input')).toHaveValue('{"name": }');

    await page.getByTestId('sim.name').fill('9 bad');
    await expect(page.getByTestId('sim.name.error')).toBeVisible();
    await expect(page.getByTestId('sim.start')).toBeDisabled();
  });

  test('step mode starts paused, Step runs one state; a breakpoint stops the next run', async ({
    page,
  }) => {
    const studio = new SimulatorStudio(page);
    const { sim } = studio;
    await studio.openExecute(SAMPLE_WORKFLOW);
    await page.getByTestId('sim.stepMode').check();
    await studio.startAndExpect('Running');
    await expect(page.getByTestId('sim.stoppedAt')).toContainText('Step runs InvokeFunction');
    await expect(sim.card('InvokeFunction')).toHaveAttribute('data-run-status', 'notRun');

    await page.getByTestId('sim.step').click();
    await expect(page.getByTestId('sim.stoppedAt')).toContainText('Before Hello World');
    await expect(sim.card('InvokeFunction')).toHaveAttribute('data-run-status', 'succeeded');
    await expect(sim.card('Hello World')).toHaveAttribute('data-run-status', 'notRun');
    await page.getByTestId('sim.continue').click();
    await expect(sim.status).toHaveText('Succeeded');

    // A breakpoint set in the run panel stops the next run's Continue before the state.
    await page.getByTestId('sim.tab.breakpoints').click();
    await page.getByTestId('sim.breakpoints').getByLabel('Hello World').check();
    await sim.openDialog();
    await page.getByTestId('sim.stepMode').uncheck();
    await sim.start();
    await expect(page.getByTestId('sim.stoppedAt')).toContainText('At breakpoint Hello World');
    await expect(sim.card('Hello World')).toHaveAttribute('data-run-status', 'notRun');
    await page.getByTestId('sim.continue').click();
    await expect(sim.status).toHaveText('Succeeded');

    // Closing the run view gives the canvas its design colours back.
    await page.getByTestId('sim.close').click();
    await expect(sim.card('Hello World')).not.toHaveAttribute('data-run-status', /.*/);
  });

  test('a Map iteration and a Parallel branch are drilled into: the canvas and the details show that one only', async ({
    page,
  }) => {
    const studio = new SimulatorStudio(page);
    const { sim } = studio;
    await studio.openExecute(fixture('sample-06-thumbnail-batch.yaml'));
    await sim.typeInput(
      '{"images": [{"key": "a", "format": "jpg"}, {"key": "b", "format": "gif"}, {"key": "c", "format": "png"}]}',
    );
    await studio.startAndExpect('Succeeded');
    // The whole run: both paths of the processor were taken by some item.
    await expect(sim.card('ForEachImage/MakeThumbnail')).toHaveAttribute(
      'data-run-status',
      'succeeded',
    );
    await expect(sim.card('ForEachImage/Skip')).toHaveAttribute('data-run-status', 'succeeded');

    await studio.selectContainer('ForEachImage');
    await sim.drill('iteration', 1);
    await expect(sim.focus).toContainText('ForEachImage · iteration #1');
    // Item 1 (a gif) went to Skip only.
    await expect(sim.card('ForEachImage/Skip')).toHaveAttribute('data-run-status', 'succeeded');
    await expect(sim.card('ForEachImage/MakeThumbnail')).toHaveAttribute(
      'data-run-status',
      'notRun',
    );
    await expect(page.getByTestId('run.focus.ForEachImage')).toHaveText('Showing iteration #1');
    await expect(page.getByTestId('sim.iteration')).toContainText('"gif"');

    // A state inside shows that iteration's input, output and events.
    await studio.node('ForEachImage/Skip').click();
    await expect(page.getByTestId('sim.state.input')).toContainText('"key": "b"');
    await expect(page.getByTestId('sim.state.output')).toContainText('"skipped": true');
    await expect(page.getByTestId('sim.state.events')).toContainText('StepEntered');
    await page.getByTestId('sim.tab.events').click();
    await expect(page.getByTestId('sim.events.count')).toContainText(
      'in ForEachImage · iteration #1',
    );
    await expect(page.getByTestId('sim.events')).not.toContainText('MakeThumbnail');

    // Iteration 0 (a jpg): MakeThumbnail with its evaluated parameters.
    await studio.selectContainer('ForEachImage');
    await sim.drill('iteration', 0);
    await expect(sim.card('ForEachImage/MakeThumbnail')).toHaveAttribute(
      'data-run-status',
      'succeeded',
    );
    await expect(sim.card('ForEachImage/Skip')).toHaveAttribute('data-run-status', 'notRun');
    await studio.node('ForEachImage/MakeThumbnail').click();
    await expect(page.getByTestId('sim.state.parameters')).toContainText('"key": "a"');

    // The breadcrumb goes back to the whole run.
    await page.getByTestId('sim.focus.level.0').click();
    await expect(sim.focus).toBeHidden();
    await expect(sim.card('ForEachImage/Skip')).toHaveAttribute('data-run-status', 'succeeded');

    // A Parallel branch.
    await studio.openExecute(fixture('tc-02-parallel-output.yaml'));
    await studio.startAndExpect('Succeeded');
    await studio.selectContainer('Parallel1');
    await sim.drill('branch', 1);
    await expect(sim.card('Parallel1/1/Pass2')).toHaveAttribute('data-run-status', 'succeeded');
    await expect(sim.card('Parallel1/0/Pass1')).toHaveAttribute('data-run-status', 'notRun');
    await studio.node('Parallel1/1/Pass2').click();
    await expect(page.getByTestId('sim.state.input')).toContainText('"FieldA": 321');
  });

  test('the input editor locates a JSON error on its line, formats valid JSON, and the dialog is a modal', async ({
    page,
  }) => {
    const studio = new SimulatorStudio(page);
    const { sim } = studio;
    await studio.openExecute(SAMPLE_WORKFLOW);
    await sim.typeInput('{\n  "name": "Ada",\n  "x": }');
    await expect(page.getByTestId('sim.input.error')).toContainText(
      'not valid JSON at line 3 column 8',
    );
    // The line number of the error is marked in the gutter, the character in the text.
    await expect(page.getByTestId('sim.input.errorLine')).toHaveText('3');
    await expect(page.getByTestId('sim.input.mark')).toHaveText('}');
    await expect(page.getByTestId('sim.input.format')).toBeDisabled();

    await sim.typeInput('{"name":"Ada","tags":[1,2]}');
    await expect(page.getByTestId('sim.input.error')).toBeHidden();
    await page.getByTestId('sim.input.format').click();
    await expect(page.getByTestId('sim.input')).toHaveValue(
      '{\n  "name": "Ada",\n  "tags": [\n    1,\n    2\n  ]\n}',
    );

    // A modal: Tab from the last control comes back into the dialog; Escape closes it.
    await page.getByTestId('sim.start').focus();
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => !!document.activeElement?.closest('[data-testid="sim.dialog"]')),
    ).toBe(true);
    await page.keyboard.press('Escape');
    await expect(sim.dialog).toBeHidden();

    // Started with Ctrl+Enter, the input is remembered for the next Execute of the workflow.
    await sim.openDialog();
    await sim.typeInput('{"remembered": true}');
    await page.keyboard.press('Control+Enter');
    await expect(sim.status).toHaveText('Succeeded');
    await sim.openDialog();
    await expect(page.getByTestId('sim.input')).toHaveValue('{"remembered": true}');
  });

  test('a WaitForCustomCallback task pauses the run until the user reports', async ({ page }) => {
    const studio = new SimulatorStudio(page);
    const { sim } = studio;
    await studio.openExecute(fixture('sample-08-manual-approval.yaml'));
    await expect(page.getByTestId('sim.mock.RequestApproval.0.wait')).toBeVisible();
    await sim.typeInput('{"requestId": "r-1"}');
    await studio.startAndExpect('Paused');
    await expect(page.getByTestId('sim.callback')).toContainText('RequestApproval');
    await page.getByTestId('sim.callback.output').fill('{"approver": "ann"}');
    await page.getByTestId('sim.callback.success').click();
    await expect(sim.status).toHaveText('Succeeded');
    await expect(page.getByTestId('sim.output')).toContainText('"approver": "ann"');
    await expect(sim.card('Approved')).toHaveAttribute('data-run-status', 'succeeded');

    // Reporting a failure takes the Catch to Rejected.
    await sim.openDialog();
    await sim.start();
    await expect(page.getByTestId('sim.callback.failure')).toBeDisabled();
    await page.getByTestId('sim.callback.error').fill('Rejected');
    await page.getByTestId('sim.callback.failure').click();
    await expect(sim.status).toHaveText('Succeeded');
    await expect(sim.card('RequestApproval')).toHaveAttribute('data-run-status', 'caught');
    await expect(sim.card('Rejected')).toHaveAttribute('data-run-status', 'succeeded');
  });
});
