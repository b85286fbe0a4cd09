import { describe, expect, it } from 'vitest';
import { STUDIO_CSP } from '../../src/cli/commands/studio';
import { serviceWorkerSource } from './serviceWorkerSource';
import { cacheVersion, metaPolicy, precacheList } from './studioBuildPlugin';

describe('studio build plugin', () => {
  it('derives the meta policy from fdl studio’s header, without header-only directives', () => {
    // given the header policy of `fdl studio`
    // when it becomes a meta tag's policy
    const meta = metaPolicy(STUDIO_CSP);
    // then it keeps every directive a meta can carry, drops frame-ancestors, allows no eval
    expect(meta).toContain("script-src 'self'");
    expect(meta).toContain("worker-src 'self' blob:");
    expect(meta).toContain("style-src 'self' 'unsafe-inline'");
    expect(meta).not.toContain('frame-ancestors');
    expect(meta).not.toContain('unsafe-eval');
    expect(meta.split('; ')).toHaveLength(STUDIO_CSP.split('; ').length - 1);
  });

  it('precaches every built file once, sorted, but not the worker itself or source maps', () => {
    const list = precacheList([
      'index.html',
      'assets/index-abc.js',
      'assets/index-abc.js.map',
      'sw.js',
      'favicon.svg',
      'index.html',
    ]);
    expect(list).toEqual(['assets/index-abc.js', 'favicon.svg', 'index.html']);
  });

  it('changes the cache version when a name or an unhashed file changes, and only then', () => {
    const files = ['assets/a-1.js', 'index.html'];
    const v = cacheVersion(files, ['<html>']);
    expect(cacheVersion(files, ['<html>'])).toBe(v);
    expect(cacheVersion(['assets/a-2.js', 'index.html'], ['<html>'])).not.toBe(v);
    expect(cacheVersion(files, ['<html lang="en">'])).not.toBe(v);
  });

  it('writes the version and the file list into the worker', () => {
    // given a version and files, including a name that needs escaping
    const src = serviceWorkerSource('v123', ['index.html', "assets/it's-1.js"]);
    // then the worker names its versioned cache and precaches exactly these files
    expect(src).toContain(`const CACHE = PREFIX + "v123";`);
    expect(src).toContain(`const FILES = ["index.html","assets/it's-1.js"];`);
    // and it removes other versions' caches on activation
    expect(src).toMatch(/k\.startsWith\(PREFIX\) && k !== CACHE/);
  });
});
