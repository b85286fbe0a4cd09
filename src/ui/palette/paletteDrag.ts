import { PALETTE, type PaletteEntry } from './paletteCatalog';

/** The drag-and-drop MIME type carrying a palette entry id. */
export const PALETTE_MIME = 'application/x-fdl-palette';
/** The drag-and-drop MIME type carrying the path of an existing state being moved. */
export const STATE_MIME = 'application/x-fdl-state';

export function paletteEntry(id: string): PaletteEntry | undefined {
  return PALETTE.find((e) => e.id === id);
}
