/**
 * The organization's password policy for built-in (ArcGIS) accounts, with the key names of the documented
 * `portals/{id}/securityPolicy` resource (`{"passwordPolicy":{"type":"default","minLength":8,"minLetter":1,
 * "minDigit":1,"created":-1,"modified":-1}}`). Requirements that are not set are left out, as in the docs.
 */
export type PasswordPolicy = {
  type: 'default' | 'custom';
  minLength: number;
  minUpper?: number;
  minLower?: number;
  minLetter?: number;
  minDigit?: number;
  minOther?: number;
  expirationInDays?: number;
  historySize?: number;
  created: number;
  modified: number;
};

/** ArcGIS Online's default policy: at least 8 characters, one letter and one number. */
export const PASSWORD_POLICY: Readonly<PasswordPolicy> = Object.freeze({
  type: 'default',
  minLength: 8,
  minLetter: 1,
  minDigit: 1,
  created: -1,
  modified: -1,
});

function count(value: string, pattern: RegExp): number {
  return value.match(pattern)?.length ?? 0;
}

/** The requirements a password fails (empty when it complies). Letters are ASCII and other Unicode letters. */
export function passwordProblems(password: string, policy: PasswordPolicy = PASSWORD_POLICY): string[] {
  const problems: string[] = [];
  if (password.length < policy.minLength) problems.push('minLength');
  if (count(password, /\p{Lu}/gu) < (policy.minUpper ?? 0)) problems.push('minUpper');
  if (count(password, /\p{Ll}/gu) < (policy.minLower ?? 0)) problems.push('minLower');
  if (count(password, /\p{L}/gu) < (policy.minLetter ?? 0)) problems.push('minLetter');
  if (count(password, /\p{Nd}/gu) < (policy.minDigit ?? 0)) problems.push('minDigit');
  if (count(password, /[^\p{L}\p{Nd}]/gu) < (policy.minOther ?? 0)) problems.push('minOther');
  return problems;
}
