import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const KEY_LENGTH = 32;
const cache = new Map<string, string>();

/** scrypt hash as `scrypt$<salt>$<hash>` (base64url). A fixed salt makes seeding reproducible. */
export function hashPassword(password: string, salt: Buffer = randomBytes(16)): string {
  const hash = scryptSync(password, salt, KEY_LENGTH);
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
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

export function verifyPassword(password: string, stored: string | null): boolean {
  if (!stored) return false;
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(password, Buffer.from(salt, 'base64url'), expected.length);
  return timingSafeEqual(expected, actual);
}
