import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { orgRoleQueries, type ListedRole } from '@/lib/arcgis/org-roles';
import { portalRetry, retrying } from '@/lib/arcgis/portal-retry';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { builtInRoleLabels } from '@/lib/arcgis/role-labels';
import { userTypeQueries } from '@/lib/arcgis/user-types';

import { buildMemberSearchQuery } from '../table/member-search-query';
import { type AnsweredMemberQuery, resolveQueryMembers } from '../table/resolve-selection';
import type { MemberListParams, RoleOption } from '../types';
import { fetchGroupFilteredMembers, fetchGroupOption, searchGroupOptions } from './group-filter-api';
import { fetchMemberContentSummary, fetchMemberDetails, fetchMemberInvitations } from './member-api';
import { fetchMemberCategoryOptions } from './member-categories-api';
import { countMembers, fetchMembers, toMemberLookups } from './users-api';

type ProgressListener = (fetched: number, total: number) => void;

const toRoleOptions = (listed: ListedRole[]): RoleOption[] => [
  ...['org_admin', 'org_publisher', 'org_user'].map((key) => ({ key, name: builtInRoleLabels[key] ?? key })),
  ...listed.map((role) => ({ key: role.id, name: role.name })),
];

/** 100 members from `start`, oldest first: the order bulk selections and exports page in. */
export const fetchMembersInCreationOrder = (session: PortalSession, query: AnsweredMemberQuery, start: number, signal?: AbortSignal) =>
  fetchMembers(session, query, { start, num: 100, sortField: 'created', sortOrder: 'asc' }, signal).then((page) => page.members);

/** What the group filter's searches depend on: not the page or the sort, which are done client-side. */
type GroupFilterKey = Pick<MemberListParams, 'search' | 'filters'>;

export const userQueries = {
  all: () => ['users'] as const,
  lists: () => [...userQueries.all(), 'list'] as const,
  /** One page of the table: `query` is what the search box and filters became (member-query.ts). */
  list: (session: PortalSession, query: AnsweredMemberQuery, params: MemberListParams) =>
    queryOptions({
      queryKey: [...userQueries.lists(), query, params.page, params.pageSize, params.sortField, params.sortOrder],
      queryFn: ({ signal }) =>
        fetchMembers(
          session,
          query,
          { start: params.page * params.pageSize + 1, num: params.pageSize, sortField: params.sortField, sortOrder: params.sortOrder },
          signal,
        ),
      placeholderData: keepPreviousData, // keep the table steady while paging
    }),
  groupList: (session: PortalSession, { search, filters }: GroupFilterKey) =>
    queryOptions({
      queryKey: [...userQueries.lists(), 'group', { search, filters }],
      queryFn: ({ signal }) => fetchGroupFilteredMembers(session, filters.group, buildMemberSearchQuery(search), filters, signal),
      placeholderData: keepPreviousData,
    }),
  lookups: (session: PortalSession) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'lookups'],
      // Derived from the shared role and user type lists (lib/arcgis), read through their cache.
      queryFn: async ({ client }) => {
        const [roles, userTypes] = await Promise.all([client.query(orgRoleQueries.listed(session)), client.query(userTypeQueries.list(session))]);
        return toMemberLookups(roles, userTypes);
      },
      staleTime: 5 * 60_000,
    }),
  /** The member category tree (none: `[]`). */
  categories: (session: PortalSession) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'member-categories'],
      queryFn: ({ signal }) => fetchMemberCategoryOptions(session, signal),
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
  /** The roles a member can be given: the three base roles, then the listed ones. */
  roles: (session: PortalSession) => queryOptions({ ...orgRoleQueries.listed(session), select: toRoleOptions }),
  /** Every member matching `query` (a bulk selection), fresh each time; progress goes to `onProgress`. */
  selection: (session: PortalSession, query: AnsweredMemberQuery | null, onProgress: ProgressListener) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'selection', query],
      queryFn: ({ signal, meta }) =>
        resolveQueryMembers({
          query: query ?? { kind: 'listing', filters: {} },
          // Each read is retried on its own: one busy moment of the portal never loses the whole selection.
          countIn: (answered) => retrying(() => countMembers(session, answered, signal), portalRetry, signal),
          fetchPage: (answered, start) => retrying(() => fetchMembersInCreationOrder(session, answered, start, signal), portalRetry, signal),
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
