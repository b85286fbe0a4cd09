import guide from '../../../fixtures/valid/guide-invoke-function.yaml?raw';

/**
 * The sample the Studio opens with: the CloudFlow guide's example ("Option B: Use YAML"), printed
 * flattened in the guide, indented in the fixture (one copy of the text: the fixture, whose own
 * leading comment is dropped here). The `{regionId}`/`{accountId}` placeholders are kept on
 * purpose (the validator warns until they are replaced).
 */
export const SAMPLE_WORKFLOW = guide.replace(/^(?:#[^\n]*\n)+/, '');
