import { expect, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { InspectorPage } from './inspectorPage';
import { StudioPage } from './StudioPage';

/** Where a click selects a container (Parallel/Map) rather than a state inside it: its header. */
const HEADER = { x: 24, y: 14 };

/** The last name of a state path (`Fan/0/A` → `A`; `\/` and `\\` are an escaped `/` and `\`). */
export function stateName(path: string): string {
  let name = '';
  for (let i = 0; i < path.length; i++) {
    const c = path[i] as string;
    if (c === '\\' && i + 1 < path.length) name += path[++i];
    else if (c === '/') name = '';
    else name += c;
  }
  return name;
}

/**
 * The Studio with its inspector: the set-up every inspector journey repeats (open a definition,
 * select a state, read the written YAML back) in one place. Field-level driving stays in
 * `InspectorPage` (`this.inspector`).
 */
export class InspectorStudio extends StudioPage {
  readonly inspector: InspectorPage;

  constructor(page: Page) {
    super(page);
    this.inspector = new InspectorPage(page);
  }

  /** The selected state's name in the inspector header. */
  get selectedName(): Locator {
    return this.page.getByTestId('inspector.name');
  }

  /**
   * Selects a state by clicking its card (a container by its header) and waits until the
   * inspector shows it, so that the next field read or typed is that state's.
   */
  async selectState(path: string, opts: { header?: boolean } = {}): Promise<void> {
    await this.node(path).click(opts.header ? { position: HEADER } : {});
    await expect(this.selectedName).toHaveText(stateName(path));
  }

  /** Opens a definition through a share link and selects one of its states. */
  async openAt(yaml: string, path: string): Promise<void> {
    await this.openWith(yaml);
    await this.selectState(path);
  }

  /** Opens the current text again through a share link: a full reload of the app. */
  async reopen(): Promise<void> {
    await this.openWith(await this.source());
  }

  /** The written definition, parsed (the YAML the inspector's edits produced). */
  async parsed<T = unknown>(): Promise<T> {
    return parse(await this.source()) as T;
  }

  /** The state names in the document, as `window.__studio` reads them. */
  async stateNames(): Promise<string[]> {
    return this.page.evaluate(() => window.__studio?.stateNames() ?? []);
  }
}
