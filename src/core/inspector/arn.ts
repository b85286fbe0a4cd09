/**
 * Function Compute ARNs for the InvokeFunction form (decisions.md "InvokeFunction form"):
 * `acs:fc:{regionId}:{accountId}:functions/<fn>/<qualifier>` (FC 3.0). The FC 2.0 form
 * `acs:fc:<region>:<account>:services/<service>.<qualifier>/functions/<fn>` is recognised when
 * parsing so an existing definition opens in the form, but the form always builds the 3.0 form.
 */

export const REGION_PLACEHOLDER = '{regionId}';
export const ACCOUNT_PLACEHOLDER = '{accountId}';

export interface FcArnParts {
  region: string;
  account: string;
  functionName: string;
  /** Version or alias, e.g. `LATEST`, `1`, `prod`. */
  qualifier: string;
  /** FC 2.0 only: the service name. */
  service?: string;
}

/** Where the form's region and account come from when the user has not typed an ARN. */
export interface ArnDefaults {
  regionId?: string;
  accountId?: string;
}

/**
 * Builds the FC 3.0 ARN. Missing region/account become the `{regionId}`/`{accountId}`
 * placeholders the guide uses, so the result always has the documented shape.
 * @example buildFcArn({ functionName: 'myfunction', qualifier: 'LATEST' })
 *   // → 'acs:fc:{regionId}:{accountId}:functions/myfunction/LATEST'
 */
export function buildFcArn(parts: {
  functionName: string;
  qualifier: string;
  region?: string;
  account?: string;
}): string {
  const region = parts.region?.trim() || REGION_PLACEHOLDER;
  const account = parts.account?.trim() || ACCOUNT_PLACEHOLDER;
  const qualifier = parts.qualifier.trim() || 'LATEST';
  return `acs:fc:${region}:${account}:functions/${parts.functionName.trim()}/${qualifier}`;
}

const FC3 = /^acs:fc:([^:]*):([^:]*):functions\/([^/]+)(?:\/([^/]+))?$/;
const FC2 = /^acs:fc:([^:]*):([^:]*):services\/([^/.]+)(?:\.([^/]+))?\/functions\/([^/]+)$/;

/**
 * Reads an FC ARN back into its parts (3.0 or 2.0 form); `undefined` when the text is not an
 * FC function ARN (an expression, a typo): the form then shows the raw text instead.
 * A 3.0 ARN without a qualifier reads as `LATEST`, as FC resolves it.
 */
export function parseFcArn(arn: string): FcArnParts | undefined {
  const text = arn.trim();
  const m3 = FC3.exec(text);
  if (m3) {
    return {
      region: m3[1] ?? '',
      account: m3[2] ?? '',
      functionName: m3[3] ?? '',
      qualifier: m3[4] ?? 'LATEST',
    };
  }
  const m2 = FC2.exec(text);
  if (m2) {
    return {
      region: m2[1] ?? '',
      account: m2[2] ?? '',
      service: m2[3] ?? '',
      qualifier: m2[4] ?? 'LATEST',
      functionName: m2[5] ?? '',
    };
  }
  return undefined;
}

/** The `{…}` placeholders left in a text, in order, without duplicates. */
export function findPlaceholders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\{[A-Za-z][A-Za-z0-9_]*\}/g)) {
    if (!out.includes(m[0])) out.push(m[0]);
  }
  return out;
}

/**
 * Replaces `{regionId}` and `{accountId}` with the workflow's configured values, leaving any
 * placeholder without a value in place (it is still warned about).
 */
export function fillPlaceholders(text: string, defaults: ArnDefaults): string {
  let out = text;
  if (defaults.regionId?.trim()) out = out.split(REGION_PLACEHOLDER).join(defaults.regionId.trim());
  if (defaults.accountId?.trim())
    out = out.split(ACCOUNT_PLACEHOLDER).join(defaults.accountId.trim());
  return out;
}

/** A CloudFlow flow ARN for FNF:StartExecution: `acs:fnf:<region>:<account>:flow/<name>`. */
export function buildFlowArn(flowName: string, defaults: ArnDefaults = {}): string {
  const region = defaults.regionId?.trim() || REGION_PLACEHOLDER;
  const account = defaults.accountId?.trim() || ACCOUNT_PLACEHOLDER;
  return `acs:fnf:${region}:${account}:flow/${flowName.trim()}`;
}
