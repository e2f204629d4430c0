import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import {
  fetchEnterpriseMemberLogins,
  fetchEnterpriseSecurity,
  searchEnterpriseGroups,
  searchEnterpriseUsers,
  usersWithinEnterpriseGroup,
} from './enterprise-api';

export const enterpriseQueries = {
  all: () => ['members-import', 'enterprise'] as const,
  security: (session: PortalSession) =>
    queryOptions({ queryKey: [...enterpriseQueries.all(), 'security'], queryFn: ({ signal }) => fetchEnterpriseSecurity(session, signal), staleTime: 0 }),
  /** Re-read whenever the review opens: someone may have added members since. */
  memberLogins: (session: PortalSession) =>
    queryOptions({
      queryKey: [...enterpriseQueries.all(), 'member-logins'],
      queryFn: ({ signal }) => fetchEnterpriseMemberLogins(session, signal),
      staleTime: 0,
    }),
  users: (session: PortalSession, filter: string) =>
    queryOptions({ queryKey: [...enterpriseQueries.all(), 'users', filter], queryFn: ({ signal }) => searchEnterpriseUsers(session, filter, signal) }),
  groups: (session: PortalSession, filter: string) =>
    queryOptions({
      queryKey: [...enterpriseQueries.all(), 'groups', filter],
      queryFn: ({ signal }) => searchEnterpriseGroups(session, filter, signal),
      // The list stays while the next search runs: a group is never clicked away under the pointer.
      placeholderData: keepPreviousData,
    }),
  groupUsers: (session: PortalSession, groupName: string) =>
    queryOptions({
      queryKey: [...enterpriseQueries.all(), 'group-users', groupName],
      queryFn: ({ signal }) => usersWithinEnterpriseGroup(session, groupName, signal),
      staleTime: 0,
    }),
};
