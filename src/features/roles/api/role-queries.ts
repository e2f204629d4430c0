import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { orgRoleQueries } from '@/lib/arcgis/org-roles';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { countRoleMembers, fetchRole, fetchRoleMembers, toRoles } from './roles-api';

/**
 * Who holds a role changes from other screens and other administrators: counts and member lists are refetched
 * whenever they are shown (the cached numbers show meanwhile).
 */
const membership = { staleTime: 0 } as const;

export const roleQueries = {
  all: () => ['roles'] as const,
  list: (session: PortalSession) => queryOptions({ ...orgRoleQueries.listed(session), select: toRoles }),
  detail: (session: PortalSession, key: string) =>
    queryOptions({ queryKey: [...roleQueries.all(), 'detail', key], queryFn: ({ signal }) => fetchRole(session, key, signal) }),
  memberCount: (session: PortalSession, key: string) =>
    queryOptions({
      queryKey: [...roleQueries.all(), 'member-count', key],
      queryFn: ({ signal }) => countRoleMembers(session, key, signal),
      ...membership,
    }),
  members: (session: PortalSession, key: string, page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...roleQueries.all(), 'members', key, page, pageSize],
      queryFn: ({ signal }) => fetchRoleMembers(session, key, page, pageSize, signal),
      placeholderData: keepPreviousData,
      ...membership,
    }),
};
