import { type PasswordPolicy, passwordShortfalls } from './password-policy';

// Characters a person reads aloud or types from a screen without confusing them (no 0/O, 1/l/I).
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const lower = 'abcdefghijkmnopqrstuvwxyz';
const digits = '23456789';
const symbols = '-_.!@#%+=?';

/** A uniformly drawn integer in [0, max), from the browser's cryptographic generator (rejection sampling, no modulo bias). */
export function cryptoRandomBelow(max: number): number {
  const limit = Math.floor(0x1_0000_0000 / max) * max;
  const buffer = new Uint32Array(1);
  for (;;) {
    crypto.getRandomValues(buffer);
    const value = buffer[0] ?? 0;
    if (value < limit) return value % max;
  }
}

/**
 * A new temporary password that meets the policy: at least 16 characters (longer if the policy asks), always an
 * upper-case letter, a lower-case letter and a digit, and a symbol when the policy requires one. Made in the browser,
 * never stored: the caller shows it once.
 */
export function temporaryPassword(policy: PasswordPolicy, randomBelow: (max: number) => number = cryptoRandomBelow): string {
  const length = Math.max(16, policy.minLength);
  const required = [upper, lower, digits, ...(policy.requireSpecialChar ? [symbols] : [])];
  const pool = required.join('');
  const pick = (set: string) => set.charAt(randomBelow(set.length));
  const chars = [...required.map(pick), ...Array.from({ length: length - required.length }, () => pick(pool))];
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomBelow(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? '', chars[i] ?? ''];
  }
  const password = chars.join('');
  if (passwordShortfalls(password, policy).length > 0) throw new Error('The temporary password does not meet the password policy.');
  return password;
}
