import { describe, expect, it } from 'vitest';
import { commitDelay, TYPING_DEBOUNCE_MAX_MS, TYPING_DEBOUNCE_MS } from './yamlBridge';

describe('commitDelay', () => {
  it('given a fast last commit, when typing, then the commit waits the shortest pause', () => {
    expect(commitDelay(0)).toBe(TYPING_DEBOUNCE_MS);
    expect(commitDelay(12)).toBe(TYPING_DEBOUNCE_MS);
  });

  it('given a slower last commit, when typing, then the pause is as long as that commit took', () => {
    expect(commitDelay(90.4)).toBe(90);
  });

  it('given a very slow last commit, when typing, then the pause is capped', () => {
    expect(commitDelay(5_000)).toBe(TYPING_DEBOUNCE_MAX_MS);
  });
});
