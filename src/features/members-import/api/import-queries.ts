import { queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import { fetchOrganizationContext, fetchPendingInvitationUsernames } from './import-api';
import { importJournals } from '../bulk-import/import-journal';

export const importQueries = {
  all: () => ['members-import'] as const,
  /** Seats change as members are added, so this is always refetched when a wizard opens. */
  organization: (session: PortalSession) =>
    queryOptions({
      queryKey: [...importQueries.all(), 'organization'],
      queryFn: ({ signal }) => fetchOrganizationContext(session, signal),
      staleTime: 0,
    }),
  pendingInvitations: (session: PortalSession) =>
    queryOptions({
      queryKey: [...importQueries.all(), 'pending-invitations'],
      queryFn: ({ signal }) => fetchPendingInvitationUsernames(session, signal),
      staleTime: 0,
    }),
  /** Imports this browser started against this portal that never finished (journaled in IndexedDB). */
  unfinishedJournals: (session: PortalSession) =>
    queryOptions({
      queryKey: [...importQueries.all(), 'unfinished-journals'],
      queryFn: () => importJournals.unfinished({ portal: session.portal, username: session.username }),
      staleTime: 0,
    }),
};
