export * from './ruleResult';
export * from './canConnect';
export * from './canDelete';
export * from './canDrop';
export * from './canChangeType';
export * from './canRename';
