import { expect, type Locator, type Page } from '@playwright/test';
import { testIdSelector } from './StudioPage';

/** The inspector, driven like a person: click fields, type, pick options, press keys. */
export class InspectorPage {
  constructor(readonly page: Page) {}

  get panel(): Locator {
    return this.page.getByTestId('inspector.panel');
  }

  section(id: 'basic' | 'input' | 'output' | 'troubleshooting' | 'workflow'): Locator {
    return this.page.getByTestId(`inspector.section.${id}`);
  }

  /** A field by its test id suffix: `Name`, `Retry.0.IntervalSeconds`, `Function`. */
  field(name: string): Locator {
    return this.page.locator(testIdSelector(`inspector.field.${name}`));
  }

  /** The messages shown under a field (its FieldShell). */
  fieldMessages(name: string): Locator {
    return this.page.locator('.ifield', { has: this.field(name) }).locator('.ifield__msg');
  }

  /** Types into a field as a burst of keystrokes (one field session), then leaves it. */
  async type(
    name: string,
    text: string,
    opts: { clear?: boolean; blur?: boolean } = {},
  ): Promise<void> {
    const f = this.field(name);
    await f.click();
    // Select everything and type over it, as a person does (no intermediate empty value).
    if (opts.clear !== false) await f.press('ControlOrMeta+a');
    if (text === '') await f.press('Delete');
    else await f.pressSequentially(text, { delay: 20 });
    if (opts.blur !== false) await f.press('Tab');
  }

  /** Renames the selected state through the State Name field (Enter commits). */
  async rename(newName: string): Promise<void> {
    const f = this.field('Name');
    await f.click();
    await f.fill(newName);
    await f.press('Enter');
  }

  async select(name: string, value: string): Promise<void> {
    await this.field(name).selectOption(value);
  }

  get inputMode(): Locator {
    return this.page.getByTestId('inspector.input.mode');
  }

  get outputMode(): Locator {
    return this.page.getByTestId('inspector.output.mode');
  }

  async addRetry(): Promise<void> {
    await this.page.getByTestId('inspector.retry.add').click();
  }

  async addCatch(): Promise<void> {
    await this.page.getByTestId('inspector.catch.add').click();
  }

  /** Adds an error type to a Retry/Catch rule (`Retry.0.Errors`) by typing it and Enter. */
  async addErrorType(field: string, name: string): Promise<void> {
    const f = this.field(field);
    await f.click();
    await f.pressSequentially(name, { delay: 10 });
    // A known name is added as soon as it is complete; a custom one needs Enter.
    if ((await f.inputValue()) !== '') await f.press('Enter');
    await expect(this.field(`${field}.list`)).toContainText(name);
  }

  /** Fills row `i` of a key/value constructor editor. */
  async fillRow(
    editor: string,
    i: number,
    key: string,
    value: string,
    expression: boolean,
  ): Promise<void> {
    const box = this.field(editor);
    const rows = box.locator('.irow');
    if ((await rows.count()) <= i) await box.getByRole('button', { name: 'Add row' }).click();
    const row = rows.nth(i);
    await row.getByLabel(`Row ${i + 1} key`).fill(key);
    const kind = row.locator('.irow__kind');
    const isExpr = (await kind.textContent()) === '.$';
    if (isExpr !== expression) await kind.click();
    await row.getByLabel(new RegExp(`Row ${i + 1} (value|expression)`)).fill(value);
  }
}
