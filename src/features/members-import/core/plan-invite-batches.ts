import type { MemberRowStatus } from './types';

/**
 * Invitations per `portals/self/invite` request. No limit is documented; 25 keeps each request small (a refused or
 * lost request costs little to retry) and matches the 25 a call that `addUsers` allows.
 */
export const defaultInviteBatchSize = 25;

/** What the import sends per `portals/self/invite` request. */
export const INVITE_BATCH_SIZE = defaultInviteBatchSize;

/** `community/groups/{id}/addUsers` takes at most 25 users a call (ORG_3100 above that). */
export const groupBatchSize = 25;

/** One invite request: the spreadsheet lines it carries, in file order. Holds no passwords, so it can be journaled. */
export type InviteBatch = { index: number; lines: number[] };

/** One addUsers request for one group. */
export type GroupMembershipBatch = { groupId: string; usernames: string[] };

/** Splits the rows to add (ready and warning) into invite batches of `batchSize`, keeping file order. */
export function planInviteBatches(results: readonly { line: number; status: MemberRowStatus }[], batchSize: number = defaultInviteBatchSize): InviteBatch[] {
  assertBatchSize(batchSize);
  const lines = results.filter((result) => result.status === 'ready' || result.status === 'warning').map((result) => result.line);
  return chunk(lines, batchSize).map((batchLines, index) => ({ index, lines: batchLines }));
}

/**
 * Group memberships to apply once the accounts exist: per group (in order of first appearance), the members' usernames
 * in file order, without repeats, in batches of `batchSize`.
 */
export function planGroupMembershipBatches(
  members: readonly { username: string; groupIds: readonly string[] }[],
  batchSize: number = groupBatchSize,
): GroupMembershipBatch[] {
  assertBatchSize(batchSize);
  const usernamesByGroup = new Map<string, Set<string>>();
  for (const { username, groupIds } of members) {
    for (const groupId of groupIds) {
      const usernames = usernamesByGroup.get(groupId) ?? new Set<string>();
      usernames.add(username);
      usernamesByGroup.set(groupId, usernames);
    }
  }
  return [...usernamesByGroup].flatMap(([groupId, usernames]) => chunk([...usernames], batchSize).map((batch) => ({ groupId, usernames: batch })));
}

function assertBatchSize(batchSize: number): void {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`Batch size must be a whole number ≥ 1, not ${batchSize}.`);
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
