/**
 * Execution names follow the service's rule (reference §6, §8.1): 1–128 characters, letters,
 * digits, `_` and `-`, starting with a letter or `_`.
 */
export function isValidExecutionName(name: string): boolean {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,127}$/.test(name);
}
