import { deflateRawSync } from 'node:zlib';
import { StudioPage } from './StudioPage';

/**
 * The share-link value of a definition (`#def=<value>`): raw deflate, base64url without padding,
 * the format `src/ui/share/shareLink.ts` decodes. Computed here, in Node, so that a fresh page
 * needs no page of the app to compress it.
 */
export function shareValue(yaml: string): string {
  return deflateRawSync(Buffer.from(yaml, 'utf8'), { level: 9 }).toString('base64url');
}

/** The Studio opened from share links, loading the app once per open. */
export class LinkedStudioPage extends StudioPage {
  /**
   * Opens the Studio on a definition through a share link. A fresh page (a new test) goes
   * straight to the link: one load of the app instead of two. A page already on the app needs
   * the full reload of `StudioPage.openWith` (changing the hash alone opens nothing).
   */
  override async openWith(yaml: string): Promise<void> {
    if (this.page.url() !== 'about:blank') return super.openWith(yaml);
    await this.page.goto(`./#def=${shareValue(yaml)}`);
    await this.ready();
  }
}
