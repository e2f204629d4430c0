import type { QueryClient } from '@tanstack/react-query';

/** Keys whose data a member change cannot affect (and the one-time OAuth code exchange, which must not rerun). */
const unaffected = new Set(['self', 'oauth-callback']);

/**
 * A member change shows everywhere: the members table, the member page, seat counts, and other screens' counts
 * (overview, roles, groups) whose query keys this feature cannot name, so everything else is marked stale.
 * Only what is on screen refetches now.
 */
export function invalidateMemberChanges(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey: [first, second] }) =>
      // A resolved bulk selection stays what it was when confirmed (re-resolving it would page the search again).
      !unaffected.has(String(first)) && !(first === 'users' && second === 'selection'),
  });
}
