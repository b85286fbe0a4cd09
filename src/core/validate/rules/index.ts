import type { Rule } from '../rule';
import { branchCounts } from './branchCounts';
import { cycles } from './cycles';
import { definitionSize } from './definitionSize';
import { deprecatedFields } from './deprecatedFields';
import { enumValues } from './enumValues';
import { errorRules } from './errorRules';
import { expressions } from './expressions';
import { expressMode } from './expressMode';
import { globals } from './globals';
import { literalExpressions } from './literalExpressions';
import { mapConcurrency } from './mapConcurrency';
import { nameReuse } from './nameReuse';
import { nextOrEnd } from './nextOrEnd';
import { numericRanges } from './numericRanges';
import { placeholders } from './placeholders';
import { reachability } from './reachability';
import { requiredFields } from './requiredFields';
import { targets } from './targets';
import { taskAction } from './taskAction';
import { workflowName } from './workflowName';

/** Every validation rule, in the order they run (the output is sorted afterwards). */
export const RULES: readonly Rule[] = [
  requiredFields,
  enumValues,
  workflowName,
  targets,
  taskAction,
  expressMode,
  numericRanges,
  branchCounts,
  mapConcurrency,
  nextOrEnd,
  errorRules,
  globals,
  deprecatedFields,
  nameReuse,
  reachability,
  cycles,
  expressions,
  literalExpressions,
  placeholders,
  definitionSize,
];
