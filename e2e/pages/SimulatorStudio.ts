import { expect, type Page } from '@playwright/test';
import { StudioPage } from './StudioPage';
import { SimulatorPage } from './simulatorPage';

/** Where a click selects a container (Parallel/Map) for the run details: its header. */
const HEADER = { x: 40, y: 12 };

/**
 * The Studio with its simulator: the set-up every run journey repeats (open a definition, open
 * the Execute dialog, start, wait for the outcome) in one place. Driving the dialog and reading
 * the run view stays in `SimulatorPage` (`this.sim`).
 */
export class SimulatorStudio extends StudioPage {
  readonly sim: SimulatorPage;

  constructor(page: Page) {
    super(page);
    this.sim = new SimulatorPage(page);
  }

  /** Opens a definition through a share link and its Execute dialog. */
  async openExecute(yaml: string): Promise<void> {
    await this.openWith(yaml);
    await this.sim.openDialog();
  }

  /** Starts the run from the open dialog and waits for the status the user then sees. */
  async startAndExpect(status: string): Promise<void> {
    await this.sim.start();
    await expect(this.sim.status).toHaveText(status);
  }

  /** Selects a container (Map/Parallel) by its header, to show its run details. */
  async selectContainer(path: string): Promise<void> {
    await this.node(path).click({ position: HEADER });
  }
}
