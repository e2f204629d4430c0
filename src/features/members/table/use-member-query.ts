import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { usePortalSession } from '@/hooks/use-session';
import { userSearchClauseQueries } from '@/lib/arcgis/user-search-clauses';

import type { MemberFilters } from './member-filters';
import { planMemberQuery, type MemberQuery } from './member-query';

/**
 * What the table's search box and filters ask of the portal (member-query.ts), with the probe of which search clauses
 * this portal honours. `query` is `null` while that probe is still needed and on its way. Relative dates ("30 days
 * ago") count from when the screen opened, so the query, and the cache entry it keys, stay the same between renders.
 */
export function useMemberQuery(search: string, filters: MemberFilters): { query: MemberQuery | null; probeError: Error | null } {
  const session = usePortalSession();
  const clauses = useQuery(userSearchClauseQueries.supported(session));
  const [now] = useState(() => Date.now());
  const query = planMemberQuery(search, filters, clauses.data, now);
  if (query === null && clauses.isError) {
    const reason = `Roster could not ask the portal which filters it supports: ${clauses.error.message}`;
    return { query: { kind: 'unsupported', reason }, probeError: clauses.error };
  }
  return { query, probeError: clauses.error };
}
