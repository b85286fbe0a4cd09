import type * as Monaco from 'monaco-editor';
import { fdlJsonSchema } from '../../core';

export type MonacoApi = typeof Monaco;

let loading: Promise<MonacoApi> | null = null;

/** The schema markers monaco-yaml last set, per model, and whether they are hidden now. */
const schemaMarkers = new Map<
  string,
  { model: Monaco.editor.ITextModel; markers: Monaco.editor.IMarkerData[] }
>();
let schemaMuted = false;
let setMarkers: MonacoApi['editor']['setModelMarkers'] | null = null;

/**
 * Hides (or shows again) monaco-yaml's markers: while the text does not parse, its syntax and
 * schema errors only repeat, noisily, what the core's syntax diagnostics say (owner 'fdl').
 */
export function muteSchemaMarkers(muted: boolean): void {
  if (muted === schemaMuted) return;
  schemaMuted = muted;
  if (!setMarkers) return;
  for (const { model, markers } of schemaMarkers.values())
    if (!model.isDisposed()) setMarkers(model, SCHEMA_OWNER, muted ? [] : markers);
}

/** monaco-yaml's marker owner. */
const SCHEMA_OWNER = 'yaml';

/** Routes monaco-yaml's markers through the mute switch (it calls `editor.setModelMarkers`). */
function filterSchemaMarkers(monaco: MonacoApi): void {
  const original = monaco.editor.setModelMarkers.bind(monaco.editor);
  setMarkers = original;
  monaco.editor.setModelMarkers = (model, owner, markers) => {
    if (owner !== SCHEMA_OWNER) return original(model, owner, markers);
    schemaMarkers.set(model.uri.toString(), { model, markers });
    return original(model, owner, schemaMuted ? [] : markers);
  };
}

/**
 * The longest document (lines) monaco-yaml validates against the schema. Its worker re-parses
 * and validates the whole document after each pause in typing: ~0.7 s of a core at 5,000 states
 * (20,000 lines), on a machine where the parse worker and the page share two cores, and its
 * markers then cost the page a render. The core validates every document anyway (the 'fdl'
 * markers, the same rules and more); completion and hover stay on at any size.
 */
export const SCHEMA_VALIDATION_MAX_LINES = 10_000;

let monacoYaml: { update(options: { validate: boolean }): Promise<unknown> } | null = null;
let schemaValidation = true;

/** Turns monaco-yaml's schema validation on or off (see SCHEMA_VALIDATION_MAX_LINES). */
export function setSchemaValidation(enabled: boolean): void {
  if (enabled === schemaValidation || !monacoYaml) return;
  schemaValidation = enabled;
  void monacoYaml.update({ validate: enabled });
  if (!enabled && setMarkers)
    for (const [uri, { model }] of schemaMarkers) {
      schemaMarkers.delete(uri);
      if (!model.isDisposed()) setMarkers(model, SCHEMA_OWNER, []);
    }
}

/** The model URI the FDL schema is bound to (fileMatch), one per open workflow. */
export const FDL_MODEL_URI = 'file:///workflow.fdl.yaml';

/**
 * Loads Monaco, its workers and monaco-yaml once, lazily (a dynamic import keeps ~1 MB gzip
 * out of the initial bundle, so the canvas is usable first). Workers are bundled by Vite.
 */
export function loadMonaco(): Promise<MonacoApi> {
  loading ??= (async () => {
    const [monaco, { configureMonacoYaml }, { default: EditorWorker }, { default: YamlWorker }] =
      await Promise.all([
        import('monaco-editor'),
        import('monaco-yaml'),
        import('monaco-editor/esm/vs/editor/editor.worker?worker'),
        import('./yaml.worker.js?worker'),
      ]);
    self.MonacoEnvironment = {
      getWorker(_workerId: string, label: string) {
        return label === 'yaml' ? new YamlWorker() : new EditorWorker();
      },
    };
    filterSchemaMarkers(monaco);
    monacoYaml = configureMonacoYaml(monaco, {
      enableSchemaRequest: false,
      hover: true,
      completion: true,
      validate: true,
      schemas: [
        {
          uri: 'https://fdl-studio.dev/schema/fdl-v1.json',
          fileMatch: ['*.fdl.yaml'],
          schema: fdlJsonSchema() as never,
        },
      ],
    });
    return monaco;
  })();
  return loading;
}
