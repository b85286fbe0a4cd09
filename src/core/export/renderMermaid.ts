import { isStateNode, type FlowEdge, type FlowGraph, type FlowNode } from '../graph/types';
import type { StateType } from '../model/types';

export interface RenderMermaidOptions {
  /** `TD` (top-down, the default) or `LR`. */
  direction?: 'TD' | 'LR';
}

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f"#<>&|;`\\'[\]{}%~^]/g;

/**
 * A label as Mermaid text inside double quotes: line breaks become spaces and every character
 * that Mermaid or its HTML labels could read as syntax (quotes, `#`, `<`, `>`, `&`, `|`, `;`,
 * backtick, brackets, `%`, ...) becomes a Mermaid entity code `#<decimal>;`, which Mermaid shows
 * as the character itself. Other characters, including non-ASCII letters, stay as they are.
 */
export function mermaidLabel(text: string): string {
  const flat = text.replace(/\r\n|\r|\n/g, ' ');
  return `"${flat.replace(UNSAFE, (c) => `#${c.codePointAt(0) ?? 63};`)}"`;
}

const CLASS_OF: Record<StateType, string> = {
  Task: 'task',
  Pass: 'pass',
  Wait: 'wait',
  Choice: 'choice',
  Parallel: 'container',
  Map: 'container',
  Succeed: 'succeed',
  Fail: 'fail',
};

const CLASS_DEFS = [
  'classDef task fill:#ffffff,stroke:#2563eb,stroke-width:2px',
  'classDef pass fill:#ffffff,stroke:#6b7585,stroke-width:2px',
  'classDef wait fill:#ffffff,stroke:#0d9488,stroke-width:2px',
  'classDef choice fill:#ffffff,stroke:#c27c00,stroke-width:2px',
  'classDef container fill:#f7f3fe,stroke:#7c3aed',
  'classDef succeed fill:#ffffff,stroke:#2e8b47,stroke-width:2px',
  'classDef fail fill:#ffffff,stroke:#d32f2f,stroke-width:2px',
  'classDef marker fill:#1b2030,stroke:#1b2030,color:#ffffff',
  'classDef failMarker fill:#d32f2f,stroke:#d32f2f,color:#ffffff',
];

/**
 * A Mermaid `flowchart` of the graph: Parallel and Map states as subgraphs holding one subgraph
 * per lane ("Branch i", "Processor"), collapsed containers as plain nodes, Choice decisions as
 * rhombi, start/end/fail markers as circles, Choice/Default/Catch edges labelled, Catch edges
 * dotted.
 *
 * Node ids are generated (`n0`, `n1`, ... in graph order), never state names, so any name is
 * safe; every label goes through mermaidLabel. Deterministic for a given graph.
 */
export function renderMermaid(graph: FlowGraph, options: RenderMermaidOptions = {}): string {
  const ids = new Map<string, string>();
  graph.nodes.forEach((n, i) => ids.set(n.id, `n${i}`));
  const children = new Map<string | undefined, FlowNode[]>();
  for (const n of graph.nodes) {
    const list = children.get(n.parentId);
    if (list) list.push(n);
    else children.set(n.parentId, [n]);
  }
  const classes = new Map<string, string[]>();
  const addClass = (cls: string, id: string) => classes.set(cls, [...(classes.get(cls) ?? []), id]);
  const lines = [`flowchart ${options.direction ?? 'TD'}`];

  const emit = (node: FlowNode, indent: string): void => {
    const id = ids.get(node.id) as string;
    const inner = children.get(node.id);
    if (inner !== undefined) {
      const title = isStateNode(node) ? `${node.label} (${node.kind})` : node.label;
      lines.push(`${indent}subgraph ${id}[${mermaidLabel(title)}]`);
      for (const child of inner) emit(child, indent + '  ');
      lines.push(`${indent}end`);
      if (isStateNode(node)) addClass('container', id);
      return;
    }
    if (node.kind === 'start') {
      lines.push(`${indent}${id}((${mermaidLabel('start')}))`);
      addClass('marker', id);
    } else if (node.kind === 'end' || node.kind === 'fail') {
      lines.push(`${indent}${id}(((${mermaidLabel(node.kind)})))`);
      addClass(node.kind === 'fail' ? 'failMarker' : 'marker', id);
    } else if (isStateNode(node)) {
      const text = node.subtitle === undefined ? node.label : `${node.label}: ${node.subtitle}`;
      const label = mermaidLabel(node.collapsed ? `${text} (collapsed)` : text);
      lines.push(`${indent}${id}${node.kind === 'Choice' ? `{${label}}` : `[${label}]`}`);
      addClass(CLASS_OF[node.kind] ?? 'pass', id);
    }
  };
  for (const node of children.get(undefined) ?? []) emit(node, '  ');
  for (const edge of graph.edges) {
    const from = ids.get(edge.source);
    const to = ids.get(edge.target);
    if (from !== undefined && to !== undefined) lines.push(`  ${from} ${arrow(edge)} ${to}`);
  }
  for (const def of CLASS_DEFS) lines.push(`  ${def}`);
  for (const [cls, list] of classes) lines.push(`  class ${list.join(',')} ${cls}`);
  return lines.join('\n') + '\n';
}

function arrow(edge: FlowEdge): string {
  const link = edge.kind === 'catch' ? '-.->' : '-->';
  const label =
    edge.kind === 'choice' && edge.label === '' ? `#${edge.branchIndex ?? 0}` : edge.label;
  return label === undefined || label === '' ? link : `${link}|${mermaidLabel(label)}|`;
}
