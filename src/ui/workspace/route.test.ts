import { describe, expect, it } from 'vitest';
import { hashOf, routeFromHash } from './route';

describe('routeFromHash', () => {
  it('starts on the start page without a hash, a workflow by id, and keeps share links', () => {
    expect(routeFromHash('')).toEqual({ kind: 'start' });
    expect(routeFromHash('#')).toEqual({ kind: 'start' });
    expect(routeFromHash('#/')).toEqual({ kind: 'list' });
    expect(routeFromHash('#/w/abc-1')).toEqual({ kind: 'workflow', id: 'abc-1' });
    expect(routeFromHash('#def=eJxLz')).toEqual({ kind: 'share' });
    expect(routeFromHash('#/sample')).toEqual({ kind: 'sample' });
  });
  it('round-trips ids', () => {
    const route = { kind: 'workflow', id: 'a b/c' } as const;
    expect(routeFromHash(hashOf(route))).toEqual(route);
  });
});
