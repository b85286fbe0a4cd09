import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../graph/deriveGraph';
import type { StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { mermaidLabel, renderMermaid } from './renderMermaid';

const samples = import.meta.glob<string>('../graph/testdata/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const graphOf = (file: string) =>
  deriveGraph(
    parseSource(samples[`../graph/testdata/${file}.yaml`] as string).model as StateMachine,
  );

/** The shapes renderMermaid writes, one per line; a quoted label holds no raw `"`. */
const LABEL = '"[^"]*"';
const LINE = new RegExp(
  [
    '^flowchart (TD|LR)$',
    `^\\s*subgraph n\\d+\\[${LABEL}\\]$`,
    '^\\s*end$',
    `^\\s*n\\d+(\\[${LABEL}\\]|\\{${LABEL}\\}|\\(\\(${LABEL}\\)\\)|\\(\\(\\(${LABEL}\\)\\)\\))$`,
    `^\\s*n\\d+ (-->|-\\.->)(\\|${LABEL}\\|)? n\\d+$`,
    '^\\s*classDef \\w+ [\\w:#,-]+$',
    '^\\s*class n\\d+(,n\\d+)* \\w+$',
  ].join('|'),
);

describe('renderMermaid', () => {
  it('given Parallel ⊃ Map ⊃ Parallel, when rendered, then containers and lanes are nested subgraphs', () => {
    const graph = graphOf('sample-12-nightly-report');
    const text = renderMermaid(graph);
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('flowchart TD');
    for (const line of lines) expect(line).toMatch(LINE);
    const opened = lines.filter((l) => l.trim().startsWith('subgraph ')).length;
    expect(lines.filter((l) => l.trim() === 'end')).toHaveLength(opened);
    // Gather + 2 lanes, PerRegion + processor lane, RegionStats + 2 lanes
    expect(opened).toBe(8);
    expect(text).toContain('subgraph n1["Gather (Parallel)"]');
    expect(text).toContain('["Branch 0"]');
    expect(text).toContain('["Processor"]');
    expect(lines.filter((l) => / (-->|-\.->)/.test(l))).toHaveLength(graph.edges.length);
    expect(text).toMatch(/ -\.->\|"FnF\.ALL"\| /);
  });

  it('given a Choice, when rendered, then it is a rhombus with labelled branches and a default', () => {
    const text = renderMermaid(graphOf('sample-02-order-router'), { direction: 'LR' });
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    expect(text).toMatch(/n2\{"Route"\}/);
    expect(text).toContain('-->|"$Input.amount #60;= 0"|');
    expect(text).toContain('-->|"$Input.vip == true #38;#38; $Input.amount #62;= 1000"|');
    expect(text).toContain('-->|"default"|');
    expect(text).toMatch(/\(\(\("fail"\)\)\)/);
  });

  it('given hostile names, when rendered, then ids are generated and labels cannot break out', () => {
    const names = ['A"]; click n0 call alert(1) %%', 'Hello World', '检查 | pipe', 'x<br>y`md`#'];
    const model = {
      StartAt: names[0],
      States: names.map((Name, i) => ({
        Name,
        Type: 'Pass',
        ...(names[i + 1] ? { Next: names[i + 1] } : { End: true }),
      })),
    } as StateMachine;
    const text = renderMermaid(deriveGraph(model));
    for (const line of text.trimEnd().split('\n')) expect(line).toMatch(LINE);
    expect(text).toContain('["A#34;#93;#59; click n0 call alert(1) #37;#37;"]');
    expect(text).toContain('["Hello World"]');
    expect(text).toContain('["检查 #124; pipe"]');
    expect(text).toContain('["x#60;br#62;y#96;md#96;#35;"]');
    expect(text).not.toMatch(/^\s*click /m);
  });

  it('escapes labels to Mermaid entity codes and flattens line breaks', () => {
    expect(mermaidLabel('a\nb\r\nc')).toBe('"a b c"');
    expect(mermaidLabel('"&;')).toBe('"#34;#38;#59;"');
  });

  it('given the same graph, when rendered twice, then the text is identical', () => {
    expect(renderMermaid(graphOf('sample-05-profile-enrich'))).toBe(
      renderMermaid(graphOf('sample-05-profile-enrich')),
    );
  });
});
