import { describe, expect, it } from 'vitest';
import { defaultPaneWidths } from './defaultPaneWidths';

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
