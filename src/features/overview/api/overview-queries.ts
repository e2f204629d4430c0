import { queryOptions } from '@tanstack/react-query';

import { orgRoleQueries } from '@/lib/arcgis/org-roles';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { userSearchClauseQueries } from '@/lib/arcgis/user-search-clauses';
import { userTypeQueries } from '@/lib/arcgis/user-types';

import { fetchLoginRecency, fetchMembersByRole, fetchNewestMembers, fetchOrganizationCounts, toOverviewSeats } from './overview-api';

/**
 * Each panel loads on its own, so a slow count never holds up the others. The numbers are refetched whenever
 * the overview is shown (members change from other screens); the cached ones show meanwhile.
 */
const fresh = { staleTime: 0 } as const;

export const overviewQueries = {
  all: () => ['overview'] as const,
  membersByRole: (session: PortalSession) =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'members-by-role'],
      // The role list is read afresh too (through its shared cache): another administrator may have added one.
      queryFn: async ({ signal, client }) => fetchMembersByRole(session, await client.query({ ...orgRoleQueries.listed(session), staleTime: 0 }), signal),
      ...fresh,
    }),
  userTypeSeats: (session: PortalSession) => queryOptions({ ...userTypeQueries.seats(session), select: toOverviewSeats }),
  loginRecency: (session: PortalSession) =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'login-recency'],
      queryFn: async ({ signal, client }) => fetchLoginRecency(session, Date.now(), await client.query(userSearchClauseQueries.supported(session)), signal),
      ...fresh,
    }),
  newestMembers: (session: PortalSession) =>
    queryOptions({ queryKey: [...overviewQueries.all(), 'newest-members'], queryFn: ({ signal }) => fetchNewestMembers(session, 5, signal), ...fresh }),
  counts: (session: PortalSession, orgId: string) =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'counts', orgId],
      queryFn: async ({ signal, client }) => fetchOrganizationCounts(session, orgId, await client.query(userSearchClauseQueries.supported(session)), signal),
      ...fresh,
    }),
};
