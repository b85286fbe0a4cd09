/** Where the page is: the Workflows list, one workflow, or a shared definition (`#def=`). */
export type Route =
  | { kind: 'start' }
  | { kind: 'list' }
  | { kind: 'workflow'; id: string }
  | { kind: 'share' }
  | { kind: 'sample' };

/**
 * Reads the route from a location hash: `#/w/<id>` opens a workflow, `#def=` is a share link,
 * `#/sample` the sample; no hash at all is the start page (the sample on a first visit, the
 * Workflows page once the user has workflows); anything else is the Workflows page.
 */
export function routeFromHash(hash: string): Route {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  if (h === '') return { kind: 'start' };
  if (/(^|&)def=/.test(h)) return { kind: 'share' };
  // The sample in a scratch Studio, outside the workspace (nothing is stored).
  if (h === '/sample') return { kind: 'sample' };
  const m = /^\/w\/([^/?&]+)$/.exec(h);
  if (m?.[1]) return { kind: 'workflow', id: decodeURIComponent(m[1]) };
  return { kind: 'list' };
}

/** The hash of a route. */
export function hashOf(route: Route): string {
  if (route.kind === 'workflow') return `#/w/${encodeURIComponent(route.id)}`;
  return route.kind === 'sample' ? '#/sample' : '#/';
}
