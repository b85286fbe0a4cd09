import { expect, type Locator, type Page } from '@playwright/test';

/** The Workflows page and the workspace bar of an open workflow, driven like a person. */
export class WorkspacePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('./#/');
    await expect(this.page.getByTestId('ws.page')).toBeVisible();
  }

  row(name: string): Locator {
    return this.page.getByTestId('ws.row').filter({
      has: this.page.getByTestId('ws.row.name').getByText(name, { exact: true }),
    });
  }

  /** Create Workflow → Use Blank Canvas, with the guide's fields. */
  async createBlank(name: string, mode: 'Standard' | 'Express', description = ''): Promise<void> {
    await this.page.getByTestId('ws.createButton').click();
    const dialog = this.page.getByTestId('ws.create');
    await dialog.getByTestId('ws.create.name').fill(name);
    if (description) await dialog.getByTestId('ws.create.description').fill(description);
    await dialog.getByTestId(`ws.create.mode.${mode}`).check();
    await dialog.getByTestId('ws.create.submit').click();
    // Generous: the Studio loads Monaco and lays out the chart (CI machines can be busy).
    await expect(this.page.getByTestId('app.shell')).toBeVisible({ timeout: 45_000 });
  }

  /** Create Workflow → From template (a gallery card), with a name. */
  async createFromTemplate(template: string, name: string): Promise<void> {
    await this.page.getByTestId('ws.createButton').click();
    const dialog = this.page.getByTestId('ws.create');
    await dialog.getByTestId('ws.create.fromTemplate').click();
    await dialog.getByTestId(`ws.template.${template}`).click();
    await dialog.getByTestId('ws.create.name').fill(name);
    await dialog.getByTestId('ws.create.submit').click();
    // Generous: the Studio loads Monaco and lays out the chart (CI machines can be busy).
    await expect(this.page.getByTestId('app.shell')).toBeVisible({ timeout: 45_000 });
  }

  /** Exit to the Workflows page (leaving without saving when asked). */
  async exit(): Promise<void> {
    await this.page.getByTestId('ws.exit').click();
    const leave = this.page.getByTestId('ws.exitDialog.leave');
    await expect(this.page.getByTestId('ws.page').or(leave)).toBeVisible();
    if (await leave.isVisible()) await leave.click();
    await expect(this.page.getByTestId('ws.page')).toBeVisible();
  }

  /** Inserts a Pass state by clicking its palette entry. */
  async addPass(): Promise<void> {
    const flowTab = this.page.getByRole('tab', { name: 'Flow', exact: true });
    if (await flowTab.isVisible()) await flowTab.click();
    await this.page.getByTestId('palette.item.Pass').getByRole('button').click();
  }

  async source(): Promise<string> {
    return this.page.evaluate(() => window.__studio?.source() ?? '');
  }

  /** Waits until the draft of the current text is stored. */
  async draftStored(): Promise<void> {
    await expect(this.page.getByTestId('ws.dirty')).toHaveText(/Saved|draft kept/);
  }
}
