import type { StudioPort } from './studioPort';

/** The read-only test API (`window.__studio`): e2e assertions only, never to drive the app. */
export interface StudioTestApi {
  source(): string;
  selection(): readonly string[];
  ok(): boolean;
  stateNames(): string[];
  diagnostics(): { code: string; severity: string; line: number; message: string }[];
  /** The YAML editor's markers (owner `fdl`: the core; `yaml`: the schema), once it loaded. */
  markers?(): { owner: string; severity: number; line: number; message: string }[];
  /** The text of the editor line that holds the caret (lets a test check its click landed). */
  cursorLine?(): string;
}

declare global {
  interface Window {
    __studio?: StudioTestApi;
  }
}

export function installTestApi(port: StudioPort): void {
  window.__studio = {
    source: () => port.getView().source,
    selection: () => port.getView().selection,
    ok: () => port.getView().ok,
    stateNames: () =>
      port
        .getView()
        .graph?.nodes.filter((n) => 'path' in n)
        .map((n) => n.id) ?? [],
    diagnostics: () =>
      port.getView().diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        line: d.line,
        message: d.message,
      })),
  };
}
