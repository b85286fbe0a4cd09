import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportDiagram } from './exportDiagram';

const guide = readFileSync(
  new URL('../../../fixtures/valid/guide-invoke-function.yaml', import.meta.url),
  'utf8',
);

describe('exportDiagram', () => {
  it('given the guide sample, when exported to SVG, then a standalone chart names both states', async () => {
    const r = await exportDiagram(guide, 'svg');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.output.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(r.output).toContain('<title>my-wkfl</title>');
    expect(r.output).toContain('InvokeFunction (Task, FC:InvokeFunction)');
    expect(r.output).toContain('Hello World (Pass)');
    expect(r.output).toContain('stroke-dasharray'); // the Catch edge
    expect(r.output).not.toMatch(/<script|href=|@import/);
    // the guide's empty Retry Errors list is a warning, reported but not blocking
    expect(r.diagnostics.every((d) => d.severity !== 'error')).toBe(true);
  });

  it('given the guide sample, when exported to Mermaid left-to-right, then it is a flowchart', async () => {
    const r = await exportDiagram(guide, 'mermaid', { direction: 'RIGHT' });
    expect(r.ok && r.output.split('\n')[0]).toBe('flowchart LR');
    expect(r.ok && r.output).toContain('["Hello World"]');
  });

  it('given text that does not parse, when exported, then it is refused with located diagnostics', async () => {
    const r = await exportDiagram('Type: StateMachine\nStates: [\n', 'svg');
    expect(r.ok).toBe(false);
    expect(r.diagnostics.some((d) => d.severity === 'error' && d.line >= 1)).toBe(true);
  });

  it('given a definition with errors, when exported, then it is refused unless requireValid is false', async () => {
    const broken = guide.replace('Next: Hello World\n    Catch', 'Next: Nowhere\n    Catch');
    expect(broken).not.toBe(guide);
    const refused = await exportDiagram(broken, 'mermaid');
    expect(refused.ok).toBe(false);
    expect(refused.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    const forced = await exportDiagram(broken, 'svg', { requireValid: false, theme: 'dark' });
    expect(forced.ok && forced.output).toContain('fill="#17191e"');
  });
});
