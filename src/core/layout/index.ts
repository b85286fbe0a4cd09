export * from './elkTypes';
export * from './layoutTypes';
export * from './sizes';
export * from './toElkGraph';
export * from './readElkLayout';
export * from './arrangeLanes';
export * from './layoutGraph';
export * from './layoutCache';
