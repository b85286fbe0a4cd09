/** Pure logic behind the inspector: option encodings, ARNs, integration catalogue, checks. */
export * from './arn';
export * from './constructorRows';
export * from './ioOptions';
export * from './integrations';
export * from './errorTypes';
export * from './fieldChecks';
export * from './expressionHelp';
export * from './expressionPreview';
