import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';
import { builtInRoleLabels } from '@/lib/arcgis/role-labels';

import { memberFilterClauses } from '../member-filters';
import { buildMemberSearchQuery } from '../member-search-query';
import type { MemberListParams, RoleOption } from '../types';
import { fetchGroupFilteredMembers, fetchGroupOption, searchGroupOptions } from './group-filter-api';
import { fetchListedRoles, fetchMemberContentSummary, fetchMemberDetails, fetchMemberInvitations, fetchUserTypeSeats } from './member-api';
import { resolveQueryMembers } from '../resolve-selection';
import { countMembers, fetchMemberLookups, fetchMembersForExport, fetchMembersPage } from './users-api';

type ProgressListener = (fetched: number, total: number) => void;

/** What the group filter's searches depend on: not the page or the sort, which are done client-side. */
type GroupFilterKey = Pick<MemberListParams, 'search' | 'filters'>;

export const userQueries = {
  all: () => ['users'] as const,
  lists: () => [...userQueries.all(), 'list'] as const,
  list: (session: PortalSession, params: MemberListParams) =>
    queryOptions({
      queryKey: [...userQueries.lists(), params],
      queryFn: ({ signal }) => fetchMembersPage(session, params, signal),
      placeholderData: keepPreviousData, // keep the table steady while paging
    }),
  groupList: (session: PortalSession, { search, filters }: GroupFilterKey) =>
    queryOptions({
      queryKey: [...userQueries.lists(), 'group', { search, filters }],
      queryFn: ({ signal }) =>
        fetchGroupFilteredMembers(
          session,
          filters.group,
          buildMemberSearchQuery(search, memberFilterClauses(filters, Date.now())),
          signal,
        ),
      placeholderData: keepPreviousData,
    }),
  lookups: (session: PortalSession) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'lookups'],
      queryFn: ({ signal }) => fetchMemberLookups(session, signal),
      staleTime: 5 * 60_000,
    }),
  details: () => [...userQueries.all(), 'detail'] as const,
  detail: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...userQueries.details(), username],
      queryFn: ({ signal }) => fetchMemberDetails(session, username, signal),
    }),
  content: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'content', username],
      queryFn: ({ signal }) => fetchMemberContentSummary(session, username, signal),
    }),
  invitations: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'invitations', username],
      queryFn: ({ signal }) => fetchMemberInvitations(session, username, signal),
    }),
  /** Seats change with every assignment, so this is always refetched when a dialog opens. */
  userTypes: (session: PortalSession) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'user-types'],
      queryFn: ({ signal }) => fetchUserTypeSeats(session, signal),
      staleTime: 0,
    }),
  roles: (session: PortalSession) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'roles'],
      queryFn: async ({ signal }): Promise<RoleOption[]> => {
        const listed = await fetchListedRoles(session, signal);
        const builtIn = ['org_admin', 'org_publisher', 'org_user'].map((key) => ({ key, name: builtInRoleLabels[key] ?? key }));
        return [...builtIn, ...listed];
      },
      staleTime: 60_000,
    }),
  /** Every member matching `q` (a bulk selection), fresh each time; progress goes to `onProgress`. */
  selection: (session: PortalSession, q: string, onProgress: ProgressListener) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'selection', q],
      queryFn: ({ signal, meta }) =>
        resolveQueryMembers({
          q,
          countIn: (query) => countMembers(session, query, signal),
          fetchPage: (query, start) => fetchMembersForExport(session, query, start, signal),
          now: Date.now(),
          concurrency: 4,
          onProgress: meta?.onProgress as ProgressListener | undefined,
          signal,
        }),
      meta: { onProgress },
      staleTime: 0,
      gcTime: 0,
      retry: false,
    }),
  groupOptions: (session: PortalSession, orgId: string, text: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'group-options', orgId, text],
      queryFn: ({ signal }) => searchGroupOptions(session, orgId, text, signal),
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  group: (session: PortalSession, groupId: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'group', groupId],
      queryFn: ({ signal }) => fetchGroupOption(session, groupId, signal),
      staleTime: 5 * 60_000,
    }),
};
