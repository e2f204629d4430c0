/**
 * Invitations per `portals/self/invite` request. No limit is documented; 25 keeps each request small (a refused or
 * lost request costs little to retry) and matches the 25 a call that `addUsers` allows.
 */
export const INVITE_BATCH_SIZE = 25;

/** `community/groups/{id}/addUsers` takes at most 25 users a call (ORG_3100 above that). */
export const groupBatchSize = 25;

/** One addUsers request for one group. */
export type GroupMembershipBatch = { groupId: string; usernames: string[] };

/**
 * Collects group memberships as accounts are made, so they can be sent during the run: `add` answers the batches that
 * became full (`batchSize` usernames of one group), `rest` the unfull ones at the end. Per group the usernames keep
 * the order they were added in, without repeats; the number of requests is the same as batching them all at the end.
 */
export function groupMembershipBatcher(batchSize: number = groupBatchSize) {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`Batch size must be a whole number ≥ 1, not ${String(batchSize)}.`);
  }
  const waiting = new Map<string, string[]>();
  const seen = new Set<string>();
  return {
    add(username: string, groupIds: readonly string[]): GroupMembershipBatch[] {
      const full: GroupMembershipBatch[] = [];
      for (const groupId of groupIds) {
        const key = `${groupId}\n${username.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const usernames = waiting.get(groupId) ?? [];
        usernames.push(username);
        waiting.set(groupId, usernames);
        if (usernames.length === batchSize) {
          waiting.delete(groupId);
          full.push({ groupId, usernames });
        }
      }
      return full;
    },
    rest(): GroupMembershipBatch[] {
      const rest = [...waiting].map(([groupId, usernames]) => ({ groupId, usernames }));
      waiting.clear();
      return rest;
    },
  };
}
