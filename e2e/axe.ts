import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** What axe is asked to look at: CSS selectors to include, and to leave out. */
export interface AxeScope {
  include?: string[][];
  exclude?: string[][];
}

/**
 * Runs axe-core in the page and returns its serious and critical violations, each as
 * "rule: up to three targets". axe is injected as an inline script, which the built page's CSP
 * forbids: the spec must `test.use({ bypassCSP: true })`.
 */
export async function seriousAxeViolations(page: Page, scope: AxeScope): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (context) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
  }, scope);
}
