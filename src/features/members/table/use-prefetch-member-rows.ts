import { usePrefetchQuery, useQueryClient } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';
import { userSearchClauseQueries } from '@/lib/arcgis/user-search-clauses';

import { planMemberQuery } from './member-query';
import { userQueries } from '../api/user-queries';
import type { MemberListParams } from '../types';

// A failed prefetch is the table's to show: its own query reads the same cache entry.
const ignore = () => undefined;

/**
 * Asks for the members table's rows and its role and user type names as soon as the members route renders, while
 * the signed-in member's privileges are still on their way: the table then finds its data in the cache instead of
 * asking only after the privilege check, one round trip later.
 */
export function usePrefetchMemberRows(params: MemberListParams) {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const { group } = params.filters;
  // What usePrefetchQuery does, for whichever of the table's two queries these params use.
  if (group) {
    const rows = userQueries.groupList(session, params);
    if (!queryClient.getQueryState(rows.queryKey)) void queryClient.query(rows).catch(ignore);
  } else {
    // Without the clause probe's answer only queries that need no probe can start now (the common case: no search).
    const query = planMemberQuery(params.search, params.filters, queryClient.getQueryData(userSearchClauseQueries.supported(session).queryKey), 0);
    if (query && query.kind === 'listing') {
      const rows = userQueries.list(session, query, params);
      if (!queryClient.getQueryState(rows.queryKey)) void queryClient.query(rows).catch(ignore);
    }
  }
  usePrefetchQuery(userQueries.lookups(session));
  usePrefetchQuery(userSearchClauseQueries.supported(session));
}
