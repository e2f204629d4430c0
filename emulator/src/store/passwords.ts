import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
/**
 * scrypt cost for accounts created through `portals/self/invite`. Lower than Node's default (16384) so
 * that adding 1,000 members takes seconds, not a minute; the emulator is not a password vault.
 */
export const CREATED_ACCOUNT_COST = 1024;
const cache = new Map<string, string>();

/** scrypt hash as `scrypt$<salt>$<hash>` (base64url). A fixed salt makes seeding reproducible. */
export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(password, salt, KEY_LENGTH);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/**
 * Hash for a new account, computed off the event loop: `scrypt$<N>$<salt>$<hash>` with N =
 * `CREATED_ACCOUNT_COST`. The clear password is never stored or logged.
 */
export function hashNewPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_LENGTH, { N: CREATED_ACCOUNT_COST }, (error, hash) => {
      if (error) reject(error);
      else resolve(`scrypt$${String(CREATED_ACCOUNT_COST)}$${salt.toString('base64url')}$${hash.toString('base64url')}`);
    });
  });
}

/** Hash for seeded accounts: computed once per process and password (scrypt is slow on purpose). */
export function seededPasswordHash(password: string): string {
  let hash = cache.get(password);
  if (!hash) {
    hash = hashPassword(password, Buffer.from(`roster-seed:${password.length}`));
    cache.set(password, hash);
  }
  return hash;
}

/** Checks both formats: `scrypt$<salt>$<hash>` (default cost) and `scrypt$<N>$<salt>$<hash>`. */
export function verifyPassword(password: string, stored: string | null): boolean {
  if (!stored) return false;
  const parts = stored.split('$');
  const [scheme] = parts;
  const [cost, salt, hash] = parts.length === 4 ? [Number(parts[1]), parts[2], parts[3]] : [undefined, parts[1], parts[2]];
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  if (cost !== undefined && !(Number.isInteger(cost) && cost >= 2 && cost <= 1_048_576)) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(password, Buffer.from(salt, 'base64url'), expected.length, cost === undefined ? {} : { N: cost });
  return timingSafeEqual(expected, actual);
}
