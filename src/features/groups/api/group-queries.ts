import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import type { GroupListParams, GroupMemberListParams } from '../types';
import {
  fetchAllMatchingGroups,
  fetchGroup,
  fetchGroupMemberCount,
  fetchGroupMemberNames,
  fetchGroupMembersPage,
  fetchGroupsPage,
  fetchOwnerCandidate,
  resolveOrgUsernames,
} from './groups-api';

/** The most groups "add members to groups by keyword" lists and runs at once. */
export const KEYWORD_GROUP_LIMIT = 500;

export const groupQueries = {
  /** Everything about groups: invalidated after any group or membership change. */
  all: () => ['groups'] as const,
  list: (session: PortalSession, params: GroupListParams) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'list', params],
      queryFn: ({ signal }) => fetchGroupsPage(session, params, signal),
      placeholderData: keepPreviousData,
    }),
  matching: (session: PortalSession, q: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'matching', q],
      queryFn: ({ signal }) => fetchAllMatchingGroups(session, q, KEYWORD_GROUP_LIMIT, signal),
    }),
  detail: (session: PortalSession, id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'detail', id],
      queryFn: ({ signal }) => fetchGroup(session, id, signal),
    }),
  members: (session: PortalSession, id: string, params: GroupMemberListParams) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'members', id, params],
      queryFn: ({ signal }) => fetchGroupMembersPage(session, id, params, signal),
      placeholderData: keepPreviousData,
    }),
  memberCount: (session: PortalSession, id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'member-count', id],
      queryFn: ({ signal }) => fetchGroupMemberCount(session, id, signal),
      staleTime: 60_000,
      retry: false,
    }),
  memberNames: (session: PortalSession, id: string) =>
    queryOptions({
      queryKey: [...groupQueries.all(), 'member-names', id],
      queryFn: ({ signal }) => fetchGroupMemberNames(session, id, signal),
    }),
  /** A member about to be made a group's owner, read when picked (refusals are said before anything is sent). */
  ownerCandidate: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: ['group-owner-candidate', username.toLowerCase()],
      queryFn: ({ signal }) => fetchOwnerCandidate(session, username, signal),
      staleTime: 0,
    }),
  /** Which of a list of usernames belong to the organization (checked before anything is sent). */
  orgUsernames: (session: PortalSession, usernames: readonly string[]) =>
    queryOptions({
      queryKey: ['group-member-lookup', usernames],
      queryFn: ({ signal }) => resolveOrgUsernames(session, usernames, signal),
      staleTime: 30_000,
    }),
};
