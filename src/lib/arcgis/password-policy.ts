// Relative imports only: scripts/check-members.ts runs the import core (which uses this file) under plain tsx.
import { joinWithAnd } from '../text/join-with-and';

/** An organization's rules for built-in (ArcGIS) passwords, as Roster checks and describes them. */
export type PasswordPolicy = {
  minLength: number;
  requireLetter: boolean;
  requireDigit: boolean;
  requireUpperCase?: boolean;
  requireLowerCase?: boolean;
  requireSpecialChar?: boolean;
};

/** `portals/self/securityPolicy` → `passwordPolicy` as the portal documents it (counts of each kind of character). */
export type PortalPasswordPolicy = {
  minLength?: number;
  minLetter?: number;
  minDigit?: number;
  minUpper?: number;
  minLower?: number;
  minOther?: number;
};

/** The contract's documented minimum: 8 characters with a letter and a digit. */
export const defaultPasswordPolicy: PasswordPolicy = { minLength: 8, requireLetter: true, requireDigit: true };

/** The portal's password policy as validation reads it; missing counts take the documented defaults. */
export function passwordPolicyFrom(policy: PortalPasswordPolicy | undefined): PasswordPolicy {
  if (!policy) return defaultPasswordPolicy;
  return {
    minLength: policy.minLength ?? defaultPasswordPolicy.minLength,
    requireLetter: (policy.minLetter ?? 1) > 0,
    requireDigit: (policy.minDigit ?? 1) > 0,
    requireUpperCase: (policy.minUpper ?? 0) > 0,
    requireLowerCase: (policy.minLower ?? 0) > 0,
    requireSpecialChar: (policy.minOther ?? 0) > 0,
  };
}

/** What a password lacks under the policy ("is too short", "has no digit" …), never the password itself. */
export function passwordShortfalls(password: string, policy: PasswordPolicy): string[] {
  // Pushed one by one, not filtered from a list of six: an import checks 50,000 passwords.
  const shortfalls: string[] = [];
  if (password.length < policy.minLength) shortfalls.push('is too short');
  if (policy.requireLetter && !/\p{L}/u.test(password)) shortfalls.push('has no letter');
  if (policy.requireUpperCase && !/\p{Lu}/u.test(password)) shortfalls.push('has no upper-case letter');
  if (policy.requireLowerCase && !/\p{Ll}/u.test(password)) shortfalls.push('has no lower-case letter');
  if (policy.requireDigit && !/\p{Nd}/u.test(password)) shortfalls.push('has no digit');
  if (policy.requireSpecialChar && !/[^\p{L}\p{N}]/u.test(password)) shortfalls.push('has no symbol');
  return shortfalls;
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
