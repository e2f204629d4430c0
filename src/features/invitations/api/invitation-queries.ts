import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import { fetchAllInvitations, fetchInvitationLabels, fetchInvitationsPage } from './invitations-api';

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
      queryFn: ({ signal }) => fetchInvitationLabels(session, signal),
      staleTime: 5 * 60_000,
    }),
};
