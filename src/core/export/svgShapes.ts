import type { FlowEdge, LaneFlowNode, MarkerFlowNode, StateFlowNode } from '../graph/types';
import type { EdgeLayout, NodeLayout } from '../layout/layoutTypes';
import { CARD_HEIGHT, CARD_WIDTH, CONTAINER_PADDING } from '../layout/sizes';
import type { StateType } from '../model/types';
import { escapeXml as x, truncate } from './escapeXml';
import type { SvgTheme } from './svgTheme';

/** Rounds a coordinate for compact output. */
export const num = (v: number): string => String(Math.round(v * 100) / 100);

const kindColour = (t: SvgTheme, kind: StateType): string => t.kinds[kind] ?? t.kinds.Pass;

/** A 4 px strip with rounded outer corners on the left edge of a card. */
const strip = (bx: number, by: number, h: number): string =>
  `M${num(bx + 4)} ${num(by)}H${num(bx + 8)}A8 8 0 0 0 ${num(bx)} ${num(by + 8)}V${num(by + h - 8)}A8 8 0 0 0 ${num(bx + 8)} ${num(by + h)}H${num(bx + 4)}Z`;

/** A state card at (bx, by): strip, name, muted second line, Retry/Catch badges; full text in a title. */
export function cardSvg(
  t: SvgTheme,
  node: StateFlowNode,
  bx: number,
  by: number,
  w = CARD_WIDTH,
): string {
  const h = CARD_HEIGHT;
  const colour = kindColour(t, node.kind);
  const second = node.subtitle ?? node.kind;
  const badges: string[] = [];
  if (node.flags.hasRetry) badges.push(`↻${node.flags.retryCount}`);
  if (node.flags.hasCatch) badges.push(`⚡${node.flags.catchCount}`);
  if (node.collapsed) badges.push('+');
  const badgeText = badges.join(' ');
  const badgeWidth = badgeText === '' ? 0 : badgeText.length * 7 + 10;
  const nameChars = Math.floor((w - 24 - badgeWidth) / 7.4);
  const subChars = Math.floor((w - 24) / 6.2);
  const title = `${node.label} (${node.kind}${node.subtitle === undefined ? '' : `, ${node.subtitle}`})`;
  const parts = [
    `<g class="state" data-id="${x(node.id)}">`,
    `<title>${x(title)}</title>`,
    node.collapsed
      ? `<rect x="${num(bx + 4)}" y="${num(by + 4)}" width="${num(w)}" height="${h}" rx="8" fill="${t.surface}" stroke="${t.border}"/>`
      : '',
    `<rect x="${num(bx)}" y="${num(by)}" width="${num(w)}" height="${h}" rx="8" fill="${t.surface}" stroke="${t.border}"/>`,
    `<path d="${strip(bx, by, h)}" fill="${colour}"/>`,
    `<text x="${num(bx + 14)}" y="${num(by + 23)}" class="name">${x(truncate(node.label, nameChars))}</text>`,
    `<text x="${num(bx + 14)}" y="${num(by + 42)}" class="sub">${x(truncate(second, subChars))}</text>`,
  ];
  if (badgeText !== '') {
    const bxr = bx + w - badgeWidth - 6;
    parts.push(
      `<rect x="${num(bxr)}" y="${num(by + 6)}" width="${badgeWidth}" height="16" rx="8" fill="${t.background}" stroke="${t.border}"/>`,
      `<text x="${num(bxr + badgeWidth / 2)}" y="${num(by + 18)}" class="badge" text-anchor="middle">${x(badgeText)}</text>`,
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/** A container: tinted box with its own card as header. */
export function containerSvg(t: SvgTheme, node: StateFlowNode, b: NodeLayout): string {
  const cardWidth = Math.min(CARD_WIDTH, b.width - 2 * CONTAINER_PADDING);
  return [
    `<rect x="${num(b.absX)}" y="${num(b.absY)}" width="${num(b.width)}" height="${num(b.height)}" rx="10" fill="${t.containerFill}" stroke="${t.containerStroke}"/>`,
    cardSvg(t, node, b.absX + CONTAINER_PADDING, b.absY + 4, Math.max(cardWidth, 80)),
  ].join('');
}

/** A lane: subtle divider box labelled "Branch i" or "Processor". */
export function laneSvg(t: SvgTheme, node: LaneFlowNode, b: NodeLayout): string {
  return [
    `<g class="lane" data-id="${x(node.id)}">`,
    `<rect x="${num(b.absX)}" y="${num(b.absY)}" width="${num(b.width)}" height="${num(b.height)}" rx="6" fill="none" stroke="${t.laneStroke}" stroke-dasharray="4 3"/>`,
    `<text x="${num(b.absX + 10)}" y="${num(b.absY + 18)}" class="lane-label">${x(node.label)}</text>`,
    '</g>',
  ].join('');
}

/** Start: a small filled circle. End: a ringed circle. Fail: a ringed circle in the Fail colour. */
export function markerSvg(t: SvgTheme, node: MarkerFlowNode, b: NodeLayout): string {
  const cx = num(b.absX + b.width / 2);
  const cy = num(b.absY + b.height / 2);
  const r = Math.min(b.width, b.height) / 2;
  const title = `<title>${x(node.label)}</title>`;
  if (node.kind === 'start') {
    return `<g class="marker-start">${title}<circle cx="${cx}" cy="${cy}" r="${num(r * 0.7)}" fill="${t.text}"/></g>`;
  }
  const colour = node.kind === 'fail' ? t.kinds.Fail : t.text;
  return `<g class="marker-${node.kind}">${title}<circle cx="${cx}" cy="${cy}" r="${num(r - 1)}" fill="none" stroke="${colour}" stroke-width="2"/><circle cx="${cx}" cy="${cy}" r="${num(r * 0.5)}" fill="${colour}"/></g>`;
}

/** An edge's path with an arrowhead; Catch edges dashed in the error colour. */
export function edgePathSvg(t: SvgTheme, edge: FlowEdge, route: EdgeLayout): string {
  const d = route.points.map((p, i) => `${i === 0 ? 'M' : 'L'}${num(p.x)} ${num(p.y)}`).join('');
  const isCatch = edge.kind === 'catch';
  const stroke = isCatch ? t.catchEdge : t.edge;
  const dash = isCatch ? ' stroke-dasharray="6 4"' : '';
  const arrow = isCatch ? 'url(#arrow-catch)' : 'url(#arrow)';
  return `<path class="edge edge-${edge.kind}" d="${d}" fill="none" stroke="${stroke}" stroke-width="1.5"${dash} marker-end="${arrow}"/>`;
}

/** The x of the route point nearest to (cx, cy). */
function nearestX(points: readonly { x: number; y: number }[], cx: number, cy: number): number {
  let best = cx;
  let bestD = Infinity;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as { x: number; y: number };
    const b = points[i] as { x: number; y: number };
    const px = Math.max(Math.min(a.x, b.x), Math.min(cx, Math.max(a.x, b.x)));
    const py = Math.max(Math.min(a.y, b.y), Math.min(cy, Math.max(a.y, b.y)));
    const d = Math.hypot(px - cx, py - cy);
    if (d < bestD) {
      bestD = d;
      best = px;
    }
  }
  return best;
}

/**
 * The pill label of a Choice, Default or Catch edge: as wide as its text (up to the reserved
 * slot), inside the slot and as close to the route as the slot allows.
 */
export function edgeLabelSvg(t: SvgTheme, edge: FlowEdge, route: EdgeLayout): string {
  if (route.label === undefined || edge.label === undefined || edge.label === '') return '';
  const l = route.label;
  const text = truncate(edge.label, Math.floor((l.width - 12) / 6.2));
  const w = Math.min(l.width, Array.from(text).length * 6.2 + 14);
  const target = nearestX(route.points, l.x + l.width / 2, l.y + l.height / 2) - w / 2;
  const x0 = Math.max(l.x, Math.min(target, l.x + l.width - w));
  return [
    '<g class="edge-label">',
    `<title>${x(edge.label)}</title>`,
    `<rect x="${num(x0)}" y="${num(l.y)}" width="${num(w)}" height="${num(l.height)}" rx="${num(l.height / 2)}" fill="${t.surface}" stroke="${t.border}"/>`,
    `<text x="${num(x0 + w / 2)}" y="${num(l.y + l.height / 2 + 4)}" class="edge-text${edge.kind === 'catch' ? ' catch' : ''}" text-anchor="middle">${x(text)}</text>`,
    '</g>',
  ].join('');
}
