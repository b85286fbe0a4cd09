import { expect, type Locator, type Page } from '@playwright/test';
import { testIdSelector } from './StudioPage';

/** The simulator as a user drives it: Execute, fill the dialog, read the run view. */
export class SimulatorPage {
  constructor(readonly page: Page) {}

  get dialog(): Locator {
    return this.page.getByTestId('sim.dialog');
  }

  get panel(): Locator {
    return this.page.getByTestId('sim.panel');
  }

  get status(): Locator {
    return this.page.getByTestId('sim.status');
  }

  async openDialog(): Promise<void> {
    await this.page.getByTestId('toolbar.execute').click();
    await expect(this.dialog).toBeVisible();
  }

  /** Replaces the input JSON (select all, type), as a person edits the field. */
  async typeInput(text: string): Promise<void> {
    const input = this.page.getByTestId('sim.input');
    await input.fill(text);
  }

  /** Makes the task's mock (first attempt) fail with `code` and `cause`. */
  async mockError(task: string, code: string, cause = ''): Promise<void> {
    const row = `sim.mock.${task}.0`;
    await this.page.locator(testIdSelector(`${row}.kind`)).selectOption('error');
    await this.page.locator(testIdSelector(`${row}.error`)).fill(code);
    if (cause) await this.page.locator(testIdSelector(`${row}.cause`)).fill(cause);
  }

  /** Sets the task's mocked result (first attempt) as JSON text. */
  async mockOutput(task: string, json: string): Promise<void> {
    await this.page.locator(testIdSelector(`sim.mock.${task}.0.output`)).fill(json);
  }

  async start(): Promise<void> {
    await this.page.getByTestId('sim.start').click();
  }

  /** The card of a state on the canvas (carries `data-run-status` during a run). */
  card(path: string): Locator {
    return this.page.locator(`${testIdSelector(`canvas.node.${path}`)} .state-card`).first();
  }

  /** The highlighted (taken) transitions drawn between two states. */
  takenEdges(from: string, to: string): Locator {
    return this.page.locator(`${testIdSelector(`canvas.edge.${from}.${to}`)} .studio-edge--taken`);
  }

  edges(from: string, to: string): Locator {
    return this.page.locator(`${testIdSelector(`canvas.edge.${from}.${to}`)} .studio-edge`);
  }

  /** Opens Map iteration `index` (or Parallel branch) of the container shown in the State tab. */
  async drill(kind: 'iteration' | 'branch', index: number): Promise<void> {
    await this.page.getByTestId('sim.tab.state').click();
    await this.page.getByTestId(`sim.${kind}.${index}`).click();
    await expect(this.page.getByTestId('sim.focus')).toBeVisible();
  }

  /** The drill-down breadcrumb. */
  get focus(): Locator {
    return this.page.getByTestId('sim.focus');
  }
}
