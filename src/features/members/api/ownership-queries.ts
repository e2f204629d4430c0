import { queryOptions } from '@tanstack/react-query';

import { mapWithConcurrency } from '@/lib/async/run-in-lanes';

import { userQueries } from './user-queries';
import { type MemberDeletion, plainDeleteRefusal } from '../member-page/member-deletion';

/** What each member owns is read before a bulk delete; 4 members at a time (each read is a few requests). */
const OWNERSHIP_READS = 4;

/**
 * What members own, read right before a delete is offered (never kept: gcTime 0). The check itself comes from the app
 * (`MemberDeletion`), one per session, so the key names the members only.
 */
export const ownershipQueries = {
  one: (deletion: MemberDeletion, username: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'ownership', username.toLowerCase()],
      queryFn: ({ signal }) => deletion.check(username, signal),
      staleTime: 0,
      gcTime: 0,
    }),
  /** Refusals by lower-case username, for the members a plain delete would fail for. */
  refusals: (deletion: MemberDeletion, usernames: readonly string[]) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'ownership-of', usernames],
      queryFn: async ({ signal }): Promise<ReadonlyMap<string, string>> => {
        const checks = await mapWithConcurrency(usernames, OWNERSHIP_READS, (username) => deletion.check(username, signal));
        const refusals = new Map<string, string>();
        for (const check of checks) {
          const refusal = plainDeleteRefusal(check);
          if (refusal) refusals.set(check.username.toLowerCase(), refusal);
        }
        return refusals;
      },
      staleTime: Infinity,
      gcTime: 0,
    }),
};
