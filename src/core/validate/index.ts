export { validate, type ValidateOptions } from './validate';
export {
  DIAGNOSTIC_CODES,
  type DiagnosticCode,
  type RuleCode,
  type CodeInfo,
  type CodeSource,
} from './codes';
export type { Rule } from './rule';
export { RuleContext, type Where } from './ruleContext';
export { RULES } from './rules';
