import { deflateRawSync } from 'node:zlib';
import { expect, type Locator, type Page } from '@playwright/test';

/** Escapes a test id value for an attribute selector (state names may hold any character). */
export function testIdSelector(id: string): string {
  return `[data-testid="${id.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"]`;
}

/**
 * The share-link value of a definition (`#def=<value>`): raw deflate, base64url without padding,
 * the format `src/ui/share/shareLink.ts` decodes.
 */
export function shareValue(yaml: string): string {
  return deflateRawSync(Buffer.from(yaml, 'utf8'), { level: 9 }).toString('base64url');
}

/** The Studio page, driven like a person: mouse, keyboard, palette, editor. */
export class StudioPage {
  constructor(readonly page: Page) {}

  async open(hash = ''): Promise<void> {
    await this.page.goto(`./${hash}`);
    await this.ready();
  }

  /** Waits for the shell and the first laid-out chart (generous: CI machines can be busy). */
  async ready(): Promise<void> {
    await expect(this.page.getByTestId('app.shell')).toBeVisible();
    await expect(this.page.locator('.react-flow__node').first()).toBeVisible({ timeout: 45_000 });
    // The first chart may be provisional (a kept or quick layout) until elk answers: positions
    // measured before that would move under the mouse.
    await expect(this.page.locator('.canvas[data-layout="settled"]')).toBeVisible({
      timeout: 45_000,
    });
  }

  /**
   * Opens the Studio on a definition through a share link (the user's way to open one). A fresh
   * page goes straight to the link (one load of the app); a page already on the app needs a
   * reload, because changing the hash alone opens nothing.
   */
  async openWith(yaml: string): Promise<void> {
    const fresh = this.page.url() === 'about:blank';
    await this.page.goto(`./#def=${shareValue(yaml)}`);
    if (!fresh) {
      await expect(this.page.getByTestId('app.shell')).toBeVisible();
      await this.page.reload();
    }
    await this.ready();
  }

  node(path: string): Locator {
    return this.page.locator(testIdSelector(`canvas.node.${path}`));
  }

  edge(from: string, to: string): Locator {
    return this.page.locator(testIdSelector(`canvas.edge.${from}.${to}`));
  }

  paletteItem(id: string): Locator {
    return this.page.locator(testIdSelector(`palette.item.${id}`));
  }

  get editor(): Locator {
    return this.page.getByTestId('yaml.editor');
  }

  get banner(): Locator {
    return this.page.getByTestId('canvas.banner.invalid');
  }

  /** Waits until Monaco is mounted and shows text. */
  async editorReady(): Promise<void> {
    await expect(this.editor.locator('.view-lines')).toBeVisible({ timeout: 45_000 });
  }

  async source(): Promise<string> {
    return this.page.evaluate(() => window.__studio?.source() ?? '');
  }

  async selection(): Promise<readonly string[]> {
    return this.page.evaluate(() => window.__studio?.selection() ?? []);
  }

  /** Places the cursor at the end of a line of the editor (clicking it, as a user would). */
  async clickEditorLine(lineText: string): Promise<void> {
    const line = this.editor.locator('.view-line', { hasText: lineText }).first();
    // Monaco re-renders its lines when it scrolls or the panes settle: a click aimed at a line
    // can land on another one. Click again until the caret is on the intended line.
    await expect(async () => {
      // Near the line's start: a .view-line is as wide as the longest line, so its centre can
      // lie past the pane's right edge (the click then scrolled Monaco and hit the inspector).
      await line.click({ position: { x: 4, y: 4 } });
      const at = await this.page.evaluate(() => window.__studio?.cursorLine?.() ?? '');
      expect(at).toContain(lineText);
    }).toPass({ timeout: 20_000 });
    await this.page.keyboard.press('End');
  }

  /** Drags a palette item onto a canvas point (HTML5 drag and drop with the real mouse). */
  async dragPaletteTo(id: string, target: { x: number; y: number }): Promise<void> {
    const item = this.paletteItem(id);
    await item.hover();
    await this.page.mouse.down();
    const box = await item.boundingBox();
    if (!box) throw new Error(`palette item ${id} not visible`);
    await this.page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2, { steps: 4 });
    await this.page.mouse.move(target.x, target.y, { steps: 12 });
    await this.page.mouse.move(target.x + 1, target.y + 1, { steps: 2 });
    await this.page.mouse.up();
  }

  /** The midpoint between two nodes on screen. */
  async between(a: string, b: string): Promise<{ x: number; y: number }> {
    const ba = await this.node(a).boundingBox();
    const bb = await this.node(b).boundingBox();
    if (!ba || !bb) throw new Error('nodes not visible');
    return {
      x: (ba.x + ba.width / 2 + bb.x + bb.width / 2) / 2,
      y: (ba.y + ba.height / 2 + bb.y + bb.height / 2) / 2,
    };
  }

  /** The canvas (React Flow) element. */
  get canvas(): Locator {
    return this.page.locator('.react-flow');
  }

  /** The single drop zone an empty workflow shows. */
  get emptyDrop(): Locator {
    return this.page.getByTestId('canvas.emptyDrop');
  }

  /** The canvas zoom (the viewport's scale). */
  async zoom(): Promise<number> {
    const t = (await this.page.locator('.react-flow__viewport').getAttribute('style')) ?? '';
    const m = /scale\(([\d.]+)\)/.exec(t);
    return m ? Number(m[1]) : NaN;
  }

  /** Focuses a state's card on the canvas and presses keys, one after the other. */
  async pressOn(path: string, ...keys: string[]): Promise<void> {
    await this.node(path).focus();
    for (const k of keys) await this.page.keyboard.press(k);
  }

  /** The state whose card has the keyboard focus, or null. */
  async focusedNode(): Promise<string | null> {
    return this.page.evaluate(() => {
      const el = document.activeElement?.closest('.react-flow__node');
      return el instanceof HTMLElement ? (el.dataset.id ?? null) : null;
    });
  }
}
