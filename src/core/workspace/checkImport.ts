import { parseSource } from '../yaml/parseSource';

/** The outcome of checking a file or pasted text before it replaces anything. */
export type ImportCheck =
  | { ok: true; text: string; name: string | null }
  | { ok: false; code: 'legacy-syntax' | 'syntax' | 'not-a-workflow' | 'empty'; message: string };

/**
 * Checks that a text is an FDL workflow before an import replaces anything: it must parse and
 * be a mapping with `Type: StateMachine` (or at least `StartAt` and `States`). Legacy Serverless
 * Workflow files are recognised and explained. The accepted text is returned as given
 * (byte-identical: never re-serialised), with the definition's `Name` when it has one.
 */
export function checkImport(text: string): ImportCheck {
  if (text.trim() === '') return { ok: false, code: 'empty', message: 'The file is empty.' };
  const parsed = parseSource(text);
  if (parsed.legacy) {
    const d = parsed.diagnostics.find((x) => x.code === 'legacy-syntax');
    return { ok: false, code: 'legacy-syntax', message: d?.message ?? 'Legacy syntax.' };
  }
  const model = parsed.model;
  if (!model) {
    const e = parsed.diagnostics.find((x) => x.severity === 'error');
    if (e && (e.code === 'not-a-mapping' || e.code === 'document-empty'))
      return { ok: false, code: 'not-a-workflow', message: notWorkflow };
    return {
      ok: false,
      code: 'syntax',
      message: e ? `Line ${e.line}: ${e.message}` : 'The text could not be read as YAML or JSON.',
    };
  }
  const top = parsed.sourceMap.top;
  const isMachine = model.Type === 'StateMachine' || (top.has('StartAt') && top.has('States'));
  if (!isMachine) return { ok: false, code: 'not-a-workflow', message: notWorkflow };
  return { ok: true, text, name: typeof model.Name === 'string' ? model.Name : null };
}

const notWorkflow =
  'This is not an FDL workflow: a definition is a mapping with "Type: StateMachine", ' +
  '"SpecVersion: v1", "StartAt" and "States". Nothing was replaced.';
