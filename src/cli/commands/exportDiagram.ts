import {
  deriveGraph,
  hasErrors,
  layoutGraph,
  parseSource,
  renderMermaid,
  renderSvg,
  validate,
  type Diagnostic,
  type ElkLike,
  type ExecutionMode,
  type LayoutDirection,
} from '../../core/index';

export type DiagramFormat = 'svg' | 'mermaid';
export const DIAGRAM_FORMATS: readonly DiagramFormat[] = ['svg', 'mermaid'];

export interface ExportDiagramOptions {
  /** Flow direction: top-to-bottom (default) or left-to-right. */
  direction?: LayoutDirection;
  /** SVG colours (default light). */
  theme?: 'light' | 'dark';
  /** Execution mode used to validate (default Standard). */
  mode?: ExecutionMode;
  /**
   * Refuse a definition with validation errors (default true, as `fdl export --to json|yaml`
   * does). With false, only text that does not parse into a model is refused; the chart then
   * leaves out transitions that do not resolve.
   */
  requireValid?: boolean;
  /** Accessible title of the SVG; defaults to the definition's `Name`. */
  title?: string;
  /** The elk instance to lay out with; defaults to elkjs's bundled build. */
  elk?: ElkLike;
}

export type ExportDiagramResult =
  | { ok: true; output: string; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

let bundledElk: Promise<ElkLike> | null = null;
const defaultElk = (): Promise<ElkLike> =>
  (bundledElk ??= import('elkjs/lib/elk.bundled.js').then((m) => new m.default()));

/**
 * `fdl export <file> --to svg|mermaid`: the flow chart of a definition as a standalone SVG
 * (laid out like the canvas) or as Mermaid flowchart text. Never throws on user text: a
 * definition that does not parse (or, by default, has validation errors) gives `ok: false` with
 * its diagnostics; otherwise `diagnostics` holds the warnings.
 */
export async function exportDiagram(
  text: string,
  to: DiagramFormat,
  options: ExportDiagramOptions = {},
): Promise<ExportDiagramResult> {
  const parsed = parseSource(text);
  const diagnostics = validate(parsed, { mode: options.mode ?? 'Standard' });
  const model = parsed.model;
  if (!parsed.ok || model === null) return { ok: false, diagnostics };
  if ((options.requireValid ?? true) && hasErrors(diagnostics)) return { ok: false, diagnostics };
  const graph = deriveGraph(model);
  const direction = options.direction ?? 'DOWN';
  if (to === 'mermaid') {
    return {
      ok: true,
      output: renderMermaid(graph, { direction: direction === 'DOWN' ? 'TD' : 'LR' }),
      diagnostics,
    };
  }
  const layout = await layoutGraph(graph, options.elk ?? (await defaultElk()), { direction });
  const title = options.title ?? (typeof model.Name === 'string' ? model.Name : 'Workflow');
  return {
    ok: true,
    output: renderSvg(graph, layout, { theme: options.theme ?? 'light', title }),
    diagnostics,
  };
}
