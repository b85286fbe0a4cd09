// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../graph/deriveGraph';
import { isStateNode, type FlowGraph } from '../graph/types';
import type { ElkLike } from '../layout/elkTypes';
import { layoutGraph } from '../layout/layoutGraph';
import type { StateMachine } from '../model/types';
import { parseSource } from '../yaml';
import { renderSvg } from './renderSvg';

const samples = import.meta.glob<string>('../graph/testdata/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const elk: ElkLike = new (await import('elkjs/lib/elk.bundled.js')).default();

/**
 * A strict XML well-formedness check (happy-dom's parser forgives bare `&` and repeated
 * attributes): balanced tags, quoted unique attributes without `<` or bare `&`, text without
 * `<` or bare `&`, only XML-legal characters.
 */
function xmlProblems(xml: string): string[] {
  const out: string[] = [];
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(xml))
    out.push('illegal character');
  const entity = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of xml.matchAll(token)) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray !== undefined) out.push(`stray < at ${m.index}`);
    else if (text !== undefined) {
      if (entity.test(text)) out.push(`bare & in text at ${m.index}`);
    } else if (close === '/') {
      if (stack.pop() !== name) out.push(`unbalanced </${name}> at ${m.index}`);
    } else {
      const names = [...(attrs ?? '').matchAll(/([\w:-]+)="([^"]*)"/g)];
      if (new Set(names.map((a) => a[1])).size !== names.length)
        out.push(`repeated attribute at ${m.index}`);
      for (const a of names)
        if (entity.test(a[2] as string) || (a[2] as string).includes('<'))
          out.push(`bad attribute ${a[1]}`);
      if (selfClose !== '/') stack.push(name as string);
    }
  }
  if (stack.length > 0) out.push(`unclosed ${stack.join(',')}`);
  return out;
}

async function svgOf(model: StateMachine, theme: 'light' | 'dark' = 'light') {
  const graph = deriveGraph(model);
  const svg = renderSvg(graph, await layoutGraph(graph, elk, { direction: 'DOWN' }), {
    theme,
    title: 'My flow',
  });
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  return { graph, svg, doc };
}

const titles = (doc: Document) =>
  [...doc.querySelectorAll('g.state > title')].map((t) => t.textContent ?? '');
const stateNames = (graph: FlowGraph) => graph.nodes.filter(isStateNode).map((n) => n.label);

describe('renderSvg', () => {
  it('checks well-formedness strictly (the checker can fail)', () => {
    expect(xmlProblems('<svg><text>a & b</text></svg>')).toEqual(['bare & in text at 11']);
    expect(xmlProblems('<svg><g a="1" a="2"/></svg>')).toEqual(['repeated attribute at 5']);
    expect(xmlProblems('<svg><text>a</svg>')).not.toEqual([]);
    expect(xmlProblems('<svg><text>a &amp; &#39;b&#39;</text></svg>')).toEqual([]);
  });

  it.each(Object.keys(samples))(
    'given %s, when rendered, then the SVG is well-formed and names every state',
    async (file) => {
      const model = parseSource(samples[file] as string).model as StateMachine;
      const { graph, svg, doc } = await svgOf(model);
      expect(xmlProblems(svg)).toEqual([]);
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
      expect(doc.documentElement.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d+)? \d+(\.\d+)?$/);
      const shown = titles(doc);
      for (const name of stateNames(graph))
        expect(
          shown.some((t) => t.startsWith(`${name} (`)),
          name,
        ).toBe(true);
      const edges = doc.querySelectorAll('path.edge');
      expect(edges).toHaveLength(graph.edges.length);
      for (const e of doc.querySelectorAll('path.edge-catch'))
        expect(e.getAttribute('stroke-dasharray')).not.toBeNull();
      for (const e of doc.querySelectorAll('path.edge-next'))
        expect(e.getAttribute('stroke-dasharray')).toBeNull();
    },
  );

  it('given hostile state names, when rendered, then they are text, never markup, and the SVG stays well-formed', async () => {
    const hostile = [
      '<img src=x onerror=alert(1)>',
      'a & b "c" \'d\'',
      ']]></svg><script>x()</script>',
      'ctl\u0001\u0008x',
      '\uD800lone',
    ];
    const model = {
      StartAt: hostile[0],
      States: hostile.map((Name, i) => ({
        Name,
        Type: 'Pass',
        ...(hostile[i + 1] ? { Next: hostile[i + 1] } : { End: true }),
      })),
    } as StateMachine;
    const { svg, doc } = await svgOf(model);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).not.toMatch(/<img|<script|<foreignObject|javascript:|href=/i);
    for (const el of doc.querySelectorAll('*'))
      for (const attr of el.getAttributeNames())
        expect(attr.toLowerCase().startsWith('on'), attr).toBe(false);
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    const shown = titles(doc);
    expect(shown).toContain('<img src=x onerror=alert(1)> (Pass)');
    expect(shown).toContain('a & b "c" \'d\' (Pass)');
    expect(shown).toContain(']]></svg><script>x()</script> (Pass)');
    expect(shown).toContain('ctl\uFFFD\uFFFDx (Pass)');
  });

  it('given a long name and a Choice, when rendered, then the card truncates and labels sit in pills', async () => {
    const long = 'A very long state name that cannot possibly fit on one card';
    const model = {
      StartAt: 'Pick',
      States: [
        {
          Name: 'Pick',
          Type: 'Choice',
          Branches: [{ Condition: '$Input.n > 1', Next: long }],
          Default: long,
        },
        { Name: long, Type: 'Task', Action: 'FC:InvokeFunction', End: true },
      ],
    } as StateMachine;
    const { doc } = await svgOf(model);
    const names = [...doc.querySelectorAll('text.name')].map((t) => t.textContent ?? '');
    expect(names.some((n) => n.endsWith('…') && long.startsWith(n.slice(0, -1)))).toBe(true);
    const pills = [...doc.querySelectorAll('g.edge-label text')].map((t) => t.textContent);
    expect(pills).toEqual(['$Input.n > 1', 'default']);
  });

  it('given the dark theme, when rendered, then the dark palette is used', async () => {
    const model = parseSource(samples['../graph/testdata/sample-01-hello-pass.yaml'] as string)
      .model as StateMachine;
    const light = (await svgOf(model, 'light')).svg;
    const dark = (await svgOf(model, 'dark')).svg;
    expect(light).toContain('fill="#fafbfc"');
    expect(dark).toContain('fill="#17191e"');
    expect(dark).not.toContain('#fafbfc');
  });
});
