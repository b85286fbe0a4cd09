import { isLaneNode, isMarkerNode, isStateNode, type FlowGraph } from '../graph/types';
import type { LayoutResult } from '../layout/layoutTypes';
import { escapeXml } from './escapeXml';
import {
  cardSvg,
  containerSvg,
  edgeLabelSvg,
  edgePathSvg,
  laneSvg,
  markerSvg,
  num,
} from './svgShapes';
import { SVG_THEMES } from './svgTheme';

export interface RenderSvgOptions {
  theme: 'light' | 'dark';
  /** Accessible title of the chart (e.g. the workflow name). */
  title?: string;
}

const FONT = "system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif";

/**
 * A standalone SVG document of a laid-out flow graph: containers with their lanes, state cards
 * coloured by type, start/end/fail markers, orthogonal edges with arrowheads, Catch edges dashed,
 * Choice/Default/Catch labels in pills. Long texts are truncated on the card and given in full
 * in a `<title>` (hover).
 *
 * Safe to open anywhere: no external resources, no script, no event attributes; every text from
 * the definition is XML-escaped (a state named `<img src=x onerror=alert(1)>` is shown as text).
 * Nodes or edges missing from `layout` are skipped.
 */
export function renderSvg(
  graph: FlowGraph,
  layout: LayoutResult,
  options: RenderSvgOptions,
): string {
  const t = SVG_THEMES[options.theme];
  const w = num(Math.max(layout.width, 1));
  const h = num(Math.max(layout.height, 1));
  const parents = new Set<string>();
  for (const n of graph.nodes) if (n.parentId !== undefined) parents.add(n.parentId);
  const back: string[] = [];
  const front: string[] = [];
  for (const node of graph.nodes) {
    const b = layout.nodes.get(node.id);
    if (b === undefined) continue;
    if (isLaneNode(node)) back.push(laneSvg(t, node, b));
    else if (isMarkerNode(node)) front.push(markerSvg(t, node, b));
    else if (isStateNode(node)) {
      if (parents.has(node.id)) back.push(containerSvg(t, node, b));
      else front.push(cardSvg(t, node, b.absX, b.absY, b.width));
    }
  }
  const paths: string[] = [];
  const labels: string[] = [];
  for (const edge of graph.edges) {
    const route = layout.edges.get(edge.id);
    if (route === undefined || route.points.length < 2) continue;
    paths.push(edgePathSvg(t, edge, route));
    labels.push(edgeLabelSvg(t, edge, route));
  }
  const title = options.title ?? 'Workflow';
  const arrow = (id: string, colour: string) =>
    `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="${colour}"/></marker>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    '<defs>',
    arrow('arrow', t.edge),
    arrow('arrow-catch', t.catchEdge),
    '<style>',
    `text{font-family:${FONT};fill:${t.text}}`,
    '.name{font-size:13px;font-weight:500}',
    `.sub{font-size:11px;fill:${t.textMuted}}`,
    `.badge{font-size:10px;fill:${t.textMuted}}`,
    `.lane-label{font-size:11px;fill:${t.textMuted}}`,
    `.edge-text{font-size:11px;fill:${t.textMuted}}`,
    `.edge-text.catch{fill:${t.catchEdge}}`,
    '</style>',
    '</defs>',
    `<rect width="100%" height="100%" fill="${t.background}"/>`,
    ...back,
    ...paths,
    ...front,
    ...labels,
    '</svg>',
    '',
  ].join('\n');
}
