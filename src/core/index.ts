/**
 * The public surface of the FDL core. UI and CLI import only from here (enforced by ESLint).
 * Each area has its own index; add one `export *` line per area.
 */
export * from './model/types';
export * from './model/statePath';
export * from './model/walkStates';
export * from './model/range';
export * from './model/diagnostic';
export * from './model/fieldSpec';
export * from './schema';
export * from './yaml';
export * from './graph';
export * from './jsonpath';
export * from './layout';
export * from './expression';
export * from './simulator';
export * from './inspector';
export * from './validate';
export * from './export';
export * from './commands';
export * from './editor';
export * from './rules';
export * from './workspace';
