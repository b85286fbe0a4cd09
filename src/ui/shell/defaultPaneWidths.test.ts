import { describe, expect, it } from 'vitest';
import {
  MIN_EDITOR,
  MIN_SHARED_PANE,
  defaultPaneWidths,
  editorWidthLimit,
} from './defaultPaneWidths';

describe('defaultPaneWidths', () => {
  it('given 1280 px, then the canvas keeps at least 440 px beside a 320 px editor', () => {
    const w = defaultPaneWidths(1280);
    expect(w.editor).toBe(320);
    expect(1280 - w.left - w.right - w.editor).toBeGreaterThanOrEqual(440);
  });

  it('given 1920 px, then the editor grows to 40% of the middle and the canvas is wider', () => {
    const w = defaultPaneWidths(1920);
    expect(w).toEqual({ left: 240, right: 320, editor: 544 });
    expect(1920 - w.left - w.right - w.editor).toBeGreaterThan(w.editor);
  });

  it('given a very wide window, then the editor stops at 560 px', () => {
    expect(defaultPaneWidths(3840).editor).toBe(560);
  });
});

describe('editorWidthLimit', () => {
  it('given 1280 px with both side panes, then the canvas keeps its minimum beside the editor', () => {
    const max = editorWidthLimit(1280, 216, 288);
    expect(max).toBeLessThan(1280 - 216 - 288);
    expect(1280 - 216 - 288 - max).toBeGreaterThanOrEqual(MIN_SHARED_PANE);
  });

  it('given a hidden side pane (YAML view hides the palette), then the editor may be wider', () => {
    expect(editorWidthLimit(1280, 0, 288)).toBe(editorWidthLimit(1280, 216, 288) + 216);
  });

  it('given a window too small for both, then the editor keeps its own minimum', () => {
    expect(editorWidthLimit(700, 216, 288)).toBe(MIN_EDITOR);
  });
});
