import type { AccountKind, PortalKind } from './types';

// One password policy for every feature; re-exported so the import core keeps its imports (relative: plain tsx runs it).
export { defaultPasswordPolicy, describePasswordPolicy, passwordShortfalls } from '../../../lib/arcgis/password-policy';
export { joinWithAnd } from '../../../lib/text/join-with-and';

/**
 * Username lengths per account kind. Built-in: 6–128, the minimum a third-party admin tool enforces for ArcGIS Online
 * and the 128 the contract suggests (both UNCONFIRMED there). Enterprise names come from the identity provider
 * (`DOMAIN\bob`, `bob@corp`), which may be shorter, so only the upper bound applies.
 */
export const usernameLength: Record<AccountKind, { min: number; max: number }> = {
  builtin: { min: 6, max: 128 },
  enterprise: { min: 1, max: 128 },
};

export const descriptionMaxLength = 250;

const builtinUsernameChar = /[A-Za-z0-9@._-]/;
/** ArcGIS Enterprise's built-in rule (DOC create-user): "6 to 24 … only alphanumeric ASCII characters or underscores". */
export const enterpriseBuiltInUsernameLength = { min: 6, max: 24 } as const;
const enterpriseBuiltInUsernameChar = /[A-Za-z0-9_]/;
const enterpriseUsernameChar = /[\p{L}\p{N}@._\\-]/u;
// Unicode is allowed in the local part (RFC 6531); separators and brackets a spreadsheet may leave in are not.
const emailPattern = /^[^\s@,;<>"()[\]\\]+@[^\s@,;<>"()[\]\\.]+(?:\.[^\s@,;<>"()[\]\\.]+)+$/u;

const whollyAllowed = new Map<RegExp, RegExp>();
/** `char` as a test of a whole string made only of such characters (one test per username instead of one per character). */
function wholly(char: RegExp): RegExp {
  let whole = whollyAllowed.get(char);
  if (!whole) {
    whole = new RegExp(`^(?:${char.source})*$`, char.flags);
    whollyAllowed.set(char, whole);
  }
  return whole;
}

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
  if (!wholly(allowed).test(username)) for (const char of username) if (!allowed.test(char)) refused.add(char);
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
