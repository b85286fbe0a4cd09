export * from './types';
export * from './ids';
export * from './stateSubtitle';
export * from './deriveGraph';
export * from './structureKey';
