import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import type { MemberListParams } from '../types';
import { fetchMemberLookups, fetchMembersPage } from './users-api';

export const userQueries = {
  all: () => ['users'] as const,
  lists: () => [...userQueries.all(), 'list'] as const,
  list: (session: PortalSession, params: MemberListParams) =>
    queryOptions({
      queryKey: [...userQueries.lists(), params],
      queryFn: ({ signal }) => fetchMembersPage(session, params, signal),
      placeholderData: keepPreviousData, // keep the table steady while paging
    }),
  lookups: (session: PortalSession) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'lookups'],
      queryFn: ({ signal }) => fetchMemberLookups(session, signal),
      staleTime: 5 * 60_000,
    }),
};
