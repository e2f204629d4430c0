import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { orgRoleQueries } from '@/lib/arcgis/org-roles';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { userTypeQueries } from '@/lib/arcgis/user-types';

import { fetchAllInvitations, fetchInvitationsPage, toInvitationLabels } from './invitations-api';

export const invitationQueries = {
  all: () => ['invitations'] as const,
  page: (session: PortalSession, page: number, pageSize: number) =>
    queryOptions({
      queryKey: [...invitationQueries.all(), 'page', page, pageSize],
      queryFn: ({ signal }) => fetchInvitationsPage(session, { page, pageSize }, signal),
      placeholderData: keepPreviousData,
    }),
  /** Every pending invitation, read once when "all" is confirmed (not refetched behind the dialog's back). */
  everything: (session: PortalSession) =>
    queryOptions({
      queryKey: [...invitationQueries.all(), 'everything'],
      queryFn: ({ signal }) => fetchAllInvitations(session, signal),
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 0,
    }),
  labels: (session: PortalSession) =>
    queryOptions({
      queryKey: [...invitationQueries.all(), 'labels'],
      queryFn: async ({ client }) =>
        toInvitationLabels(...(await Promise.allSettled([client.query(orgRoleQueries.listed(session)), client.query(userTypeQueries.list(session))]))),
      staleTime: 5 * 60_000,
    }),
};
