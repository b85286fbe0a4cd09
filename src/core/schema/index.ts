export * from './fdlJsonSchema';
export * from './stateSnippets';
