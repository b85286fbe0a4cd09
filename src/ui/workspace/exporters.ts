import {
  documentToJson,
  exportFileName,
  layoutGraph,
  parseSource,
  renderMermaid,
  renderSvg,
  type ElkLike,
  type ExportKind,
  type FlowGraph,
} from '../../core';

/** A file ready to download. */
export interface ExportFile {
  name: string;
  type: string;
  data: string | Blob;
}

let elk: Promise<ElkLike> | null = null;
const loadElk = () =>
  (elk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default() as unknown as ElkLike));

/** The whole chart as a standalone SVG (not the viewport): laid out afresh, no script. */
export async function chartSvg(graph: FlowGraph, name: string, theme: 'light' | 'dark') {
  const layout = await layoutGraph(graph, await loadElk(), { direction: 'DOWN' });
  return renderSvg(graph, layout, { theme, title: name });
}

/** Draws an SVG onto a canvas at its own size (×2 for sharpness) and encodes a PNG. */
async function svgToPng(svg: string): Promise<Blob> {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const root = doc.documentElement;
  const w = Math.ceil(parseFloat(root.getAttribute('width') ?? '0')) || 800;
  const h = Math.ceil(parseFloat(root.getAttribute('height') ?? '0')) || 600;
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w * 2;
    canvas.height = h * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('No 2D canvas');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Builds one export of the workflow. YAML is the exact text; JSON, SVG, PNG and Mermaid need a
 * readable text (the reason is thrown otherwise, for the UI to show).
 */
export async function buildExport(
  kind: ExportKind,
  text: string,
  graph: FlowGraph | null,
  name: string,
  theme: 'light' | 'dark',
): Promise<ExportFile> {
  const fileName = exportFileName(name, kind);
  if (kind === 'yaml') return { name: fileName, type: 'text/yaml', data: text };
  if (kind === 'json') {
    const json = documentToJson(parseSource(text));
    if (json === null) throw new Error('The YAML has syntax errors: fix them to export JSON.');
    return { name: fileName, type: 'application/json', data: JSON.stringify(json, null, 2) + '\n' };
  }
  if (!graph) throw new Error('There is no chart to export yet.');
  if (kind === 'mmd') return { name: fileName, type: 'text/plain', data: renderMermaid(graph) };
  const svg = await chartSvg(graph, name, theme);
  if (kind === 'svg') return { name: fileName, type: 'image/svg+xml', data: svg };
  return { name: fileName, type: 'image/png', data: await svgToPng(svg) };
}

/** Saves a file through a temporary download link. */
export function download(file: ExportFile): void {
  const blob = file.data instanceof Blob ? file.data : new Blob([file.data], { type: file.type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
