import type { QueryClient } from '@tanstack/react-query';

/** Keys whose data an organization change cannot affect (and the one-time OAuth code exchange, which must not rerun). */
const unaffected = new Set(['self', 'oauth-callback']);

/**
 * A change to members, groups or content shows everywhere: the members table, the member page, seat counts,
 * content and other screens' counts (overview, roles, groups) whose query keys one feature cannot name, so
 * everything else is marked stale. Only what is on screen refetches now.
 */
export function invalidatePortalChanges(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({
    predicate: ({ queryKey: [first, second] }) =>
      // A resolved bulk selection stays what it was when confirmed (re-resolving it would page the search again).
      !unaffected.has(String(first)) && !(first === 'users' && second === 'selection'),
  });
}
