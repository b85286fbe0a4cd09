import { expect, test } from '@playwright/test';
import { SimulatorPage } from './pages/simulatorPage';
import { StudioPage } from './pages/StudioPage';
import { SAMPLE_WORKFLOW } from '../src/ui/studio/sampleWorkflow';

// The guide's example, opened through a share link (a scratch Studio, nothing stored).
test.describe('simulator', () => {
  test('the guide example with a mocked FC.AccessDenied takes the Catch path to Hello World', async ({
    page,
  }) => {
    const studio = new StudioPage(page);
    const sim = new SimulatorPage(page);
    await studio.openWith(SAMPLE_WORKFLOW);
    await sim.openDialog();
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
    const studio = new StudioPage(page);
    const sim = new SimulatorPage(page);
    await studio.openWith(SAMPLE_WORKFLOW);
    await sim.openDialog();
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
    const studio = new StudioPage(page);
    const sim = new SimulatorPage(page);
    await studio.openWith(SAMPLE_WORKFLOW);
    await sim.openDialog();
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
    const studio = new StudioPage(page);
    const sim = new SimulatorPage(page);
    await studio.openWith(SAMPLE_WORKFLOW);
    await sim.openDialog();
    await page.getByTestId('sim.stepMode').check();
    await sim.start();
    await expect(sim.status).toHaveText('Running');
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
});
