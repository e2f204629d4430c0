import type { AccountKind, PasswordPolicy, PortalKind } from './types';

/**
 * Username lengths per account kind. Built-in: 6–128, the minimum a third-party admin tool enforces for ArcGIS Online
 * and the 128 the contract suggests (both UNCONFIRMED there). Enterprise names come from the identity provider
 * (`DOMAIN\bob`, `bob@corp`), which may be shorter, so only the upper bound applies.
 */
export const usernameLength: Record<AccountKind, { min: number; max: number }> = {
  builtin: { min: 6, max: 128 },
  enterprise: { min: 1, max: 128 },
};

/** The contract's documented minimum: 8 characters with a letter and a digit. */
export const defaultPasswordPolicy: PasswordPolicy = { minLength: 8, requireLetter: true, requireDigit: true };

export const descriptionMaxLength = 250;

const builtinUsernameChar = /[A-Za-z0-9@._-]/;
/** ArcGIS Enterprise's built-in rule (DOC create-user): "6 to 24 … only alphanumeric ASCII characters or underscores". */
export const enterpriseBuiltInUsernameLength = { min: 6, max: 24 } as const;
const enterpriseBuiltInUsernameChar = /[A-Za-z0-9_]/;
const enterpriseUsernameChar = /[\p{L}\p{N}@._\\-]/u;
// Unicode is allowed in the local part (RFC 6531); separators and brackets a spreadsheet may leave in are not.
const emailPattern = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\.]+(?:\.[^\s@,;<>"()[\]\\.]+)+$/u;

/** The length a username of `kind` may have on the portal: Enterprise's built-in rule is stricter. */
export function usernameLimits(kind: AccountKind, portal: PortalKind = 'online'): { min: number; max: number } {
  return kind === 'builtin' && portal === 'enterprise' ? enterpriseBuiltInUsernameLength : usernameLength[kind];
}

/**
 * What is wrong with a username for the account kind, as phrases to follow "Username:". Built-in names use ASCII
 * letters, digits and `@ . - _` (on ArcGIS Enterprise only 6–24 letters, digits and `_`); enterprise names may also
 * use any letter and one `\` between a domain and a name.
 */
export function usernameProblems(username: string, kind: AccountKind, portal: PortalKind = 'online'): string[] {
  const problems: string[] = [];
  const enterpriseBuiltIn = kind === 'builtin' && portal === 'enterprise';
  const { min, max } = usernameLimits(kind, portal);
  const where = enterpriseBuiltIn ? ' on ArcGIS Enterprise' : '';
  const { length } = username;
  if (length < min || length > max) {
    problems.push(`"${username}" must be ${min} to ${max} characters long${where} (it has ${length})`);
  }
  const allowed = enterpriseBuiltIn ? enterpriseBuiltInUsernameChar : kind === 'builtin' ? builtinUsernameChar : enterpriseUsernameChar;
  const refused = new Set<string>();
  for (const char of username) if (!allowed.test(char)) refused.add(char);
  if (refused.size > 0) {
    const names = [...refused].map((char) => (char === ' ' ? 'space' : char)).join(' ');
    const rule = enterpriseBuiltIn
      ? 'may contain only letters, digits and _ on ArcGIS Enterprise'
      : kind === 'builtin'
        ? 'may contain only letters, digits and @ . - _'
        : 'may contain only letters, digits, @ . - _ and a \\ between domain and name';
    problems.push(`"${username}" ${rule} (not: ${names})`);
  }
  if (kind === 'enterprise' && username.includes('\\') && !/^[^\\]+\\[^\\]+$/.test(username)) {
    problems.push(`"${username}" must be written domain\\name, with one \\ between two parts`);
  }
  return problems;
}

/** Whether an email address is well formed: one @, a dotted domain, no spaces or list separators. */
export function isValidEmail(email: string): boolean {
  return email.length <= 254 && emailPattern.test(email);
}

/** What a password lacks under the policy ("is too short", "has no digit" …), never the password itself. */
export function passwordShortfalls(password: string, policy: PasswordPolicy): string[] {
  return [
    password.length < policy.minLength ? 'is too short' : '',
    policy.requireLetter && !/\p{L}/u.test(password) ? 'has no letter' : '',
    policy.requireUpperCase && !/\p{Lu}/u.test(password) ? 'has no upper-case letter' : '',
    policy.requireLowerCase && !/\p{Ll}/u.test(password) ? 'has no lower-case letter' : '',
    policy.requireDigit && !/\p{Nd}/u.test(password) ? 'has no digit' : '',
    policy.requireSpecialChar && !/[^\p{L}\p{N}]/u.test(password) ? 'has no symbol' : '',
  ].filter(Boolean);
}

/** The policy as words to follow "Password:", e.g. "must be at least 8 characters and contain a letter and a digit". */
export function describePasswordPolicy(policy: PasswordPolicy): string {
  const needs = [
    policy.requireLetter && !policy.requireUpperCase && !policy.requireLowerCase ? 'a letter' : '',
    policy.requireUpperCase ? 'an upper-case letter' : '',
    policy.requireLowerCase ? 'a lower-case letter' : '',
    policy.requireDigit ? 'a digit' : '',
    policy.requireSpecialChar ? 'a symbol' : '',
  ].filter(Boolean);
  const length = `must be at least ${policy.minLength} characters`;
  return needs.length === 0 ? length : `${length} and contain ${joinWithAnd(needs)}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWithAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
