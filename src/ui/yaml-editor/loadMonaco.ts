import type * as Monaco from 'monaco-editor';
import { fdlJsonSchema } from '../../core';

export type MonacoApi = typeof Monaco;

let loading: Promise<MonacoApi> | null = null;

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
    configureMonacoYaml(monaco, {
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
