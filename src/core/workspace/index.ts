export * from './records';
export * from './adapter';
export * from './workspaceStore';
export * from './checkImport';
export * from './diffVersions';
export * from './fileName';
export * from './listView';
export * from './draftHistory';
