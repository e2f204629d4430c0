import type { Database } from 'better-sqlite3';

import type { Store } from './store';

/** The organization's credits left (RJS `PortalResponse.availableCredits`, `SubscriptionInfoResponse.availableCredits`). */
export const ORG_AVAILABLE_CREDITS = 12500;

export type CreditAllocation = { assigned: number | null; used: number };

/** Seeded allocations: members with credits to spend, one who spent part, and one who spent all of it. */
const SEEDED_ALLOCATIONS: readonly (readonly [string, number, number])[] = [
  ['ana.lima', 500, 120.5],
  ['grace.receiver', 1000, 1000],
  ['frank.departing', 250, 0],
];

/** Writes the seeded allocations (draws nothing from the seed's random numbers); members missing from the seed are left out. */
export function seedCreditAllocations(db: Database): void {
  const insert = db.prepare('INSERT INTO user_credits (username, assigned, used) SELECT username, ?, ? FROM users WHERE username = ?');
  for (const [username, assigned, used] of SEEDED_ALLOCATIONS) insert.run(assigned, used, username);
}

export function allocationOf(store: Store, username: string): CreditAllocation | undefined {
  return store.prepare('SELECT assigned, used FROM user_credits WHERE username = ?').get(username) as CreditAllocation | undefined;
}

/** An allocation limits the member's spending: what they spent already counts against a new one (our reading). */
export function assignCredits(store: Store, username: string, credits: number): void {
  store
    .prepare('INSERT INTO user_credits (username, assigned, used) VALUES (?, ?, 0) ON CONFLICT (username) DO UPDATE SET assigned = excluded.assigned')
    .run(username, credits);
}

/** What the member spent is kept: allocating again limits the same spending. */
export function unassignCredits(store: Store, username: string): void {
  store.prepare('UPDATE user_credits SET assigned = NULL WHERE username = ?').run(username);
}
