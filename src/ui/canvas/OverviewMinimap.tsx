import { Panel, useReactFlow, useStore, type Node } from '@xyflow/react';
import { useEffect, useMemo, useRef, useSyncExternalStore, type PointerEvent } from 'react';
import { boundsOf, type Rect } from './initialViewport';
import {
  fitOverview,
  fromOverview,
  toOverview,
  viewportRect,
  type OverviewFit,
} from './overviewGeometry';

const WIDTH = 160;
const HEIGHT = 100;

/** The chart's top-level node boxes in flow coordinates (children lie inside them). */
function topBoxes(nodes: readonly Node[]): Rect[] {
  const out: Rect[] = [];
  for (const n of nodes) {
    if (n.parentId !== undefined || n.hidden) continue;
    out.push({
      x: n.position.x,
      y: n.position.y,
      width: n.width ?? n.measured?.width ?? n.initialWidth ?? 0,
      height: n.height ?? n.measured?.height ?? n.initialHeight ?? 0,
    });
  }
  return out;
}

/** The page's theme (`data-theme` on <html>), followed as it changes. */
function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
const readTheme = () => document.documentElement.dataset.theme ?? '';

/**
 * The minimap of large charts, drawn on one <canvas>. React Flow's MiniMap renders an SVG
 * element and a store subscription per node: at 5,000 states, 10,000 of each, every one checked
 * on each store update (an edit, a pan frame), and the nodes are below a pixel there anyway.
 * This one subscribes once to the nodes and once to the viewport; the chart is drawn when
 * the nodes change and the viewport frame when it moves. Click or drag to move the view there.
 */
export function OverviewMinimap() {
  const canvas = useRef<HTMLCanvasElement>(null);
  // The nodes array changes with every setNodes (the lookup is one Map, changed in place).
  const nodes = useStore((s) => s.nodes);
  const transform = useStore((s) => s.transform);
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const flow = useReactFlow();
  const theme = useSyncExternalStore(subscribeTheme, readTheme);

  const boxes = useMemo(() => topBoxes(nodes), [nodes]);
  const chart = useMemo(() => boundsOf(boxes), [boxes]);
  const view = viewportRect(transform, width, height);
  // The frame stays in the overview even when the view is outside the chart.
  const content = chart ? (boundsOf([chart, view]) ?? chart) : view;
  const fit = fitOverview(content, WIDTH, HEIGHT);
  const fitRef = useRef<OverviewFit>(fit);
  const colors = useRef<{ theme: string; node: string; mask: string; frame: string } | null>(null);
  fitRef.current = fit;

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    if (el.width !== WIDTH * ratio) {
      el.width = WIDTH * ratio;
      el.height = HEIGHT * ratio;
    }
    // Reading computed styles forces a style pass: once per theme, not on every pan frame.
    if (colors.current?.theme !== theme) {
      const css = getComputedStyle(el);
      const read = (name: string, fallback: string) =>
        css.getPropertyValue(name).trim() || fallback;
      colors.current = {
        theme,
        // The SVG minimap's node outline colour: at this scale a node is mostly outline.
        node: read('--border-strong', '#9aa3b2'),
        mask: read('--xy-minimap-mask-background-color', 'rgba(120,130,150,0.18)'),
        frame: read('--accent', '#3b6fd8'),
      };
    }
    const { node, mask, frame } = colors.current;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, WIDTH, HEIGHT);
    ctx.fillStyle = node;
    for (const b of boxes) {
      const r = toOverview(fit, b);
      ctx.fillRect(r.x, r.y, Math.max(r.width, 1), Math.max(r.height, 1));
    }
    // The frame stays visible (at least 6 px) when the view is a sliver of a long chart.
    const exact = toOverview(fit, view);
    const fw = Math.max(exact.width, 6);
    const fh = Math.max(exact.height, 6);
    const v = {
      x: exact.x + (exact.width - fw) / 2,
      y: exact.y + (exact.height - fh) / 2,
      width: fw,
      height: fh,
    };
    ctx.fillStyle = mask;
    ctx.beginPath();
    ctx.rect(0, 0, WIDTH, HEIGHT);
    ctx.rect(v.x, v.y, v.width, v.height);
    ctx.fill('evenodd');
    ctx.strokeStyle = frame;
    ctx.lineWidth = 1;
    ctx.strokeRect(v.x + 0.5, v.y + 0.5, Math.max(v.width - 1, 1), Math.max(v.height - 1, 1));
    // fit and view are derived from these; listing them would redraw on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [boxes, transform, width, height, theme]);

  const moveTo = (e: PointerEvent<HTMLCanvasElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const at = fromOverview(fitRef.current, e.clientX - box.left, e.clientY - box.top);
    void flow.setCenter(at.x, at.y, { zoom: transform[2] });
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap overview-minimap">
      <canvas
        ref={canvas}
        role="img"
        aria-label="Minimap"
        style={{ width: WIDTH, height: HEIGHT }}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          moveTo(e);
        }}
        onPointerMove={(e) => {
          if (e.currentTarget.hasPointerCapture(e.pointerId)) moveTo(e);
        }}
      />
    </Panel>
  );
}
