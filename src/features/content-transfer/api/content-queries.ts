import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';

import type { ContentListParams } from '../types';
import {
  fetchContentPage,
  fetchFolders,
  fetchItemSharing,
  fetchMemberProfile,
  fetchOwnedGroups,
} from './content-api';
import { fetchInventory } from './fetch-inventory';

export const contentQueries = {
  all: () => ['content'] as const,
  /** Everything about one member's content and groups: invalidated after a transfer, for giver and receiver. */
  member: (username: string) => [...contentQueries.all(), 'member', username.toLowerCase()] as const,
  page: (session: PortalSession, owner: string, params: ContentListParams) =>
    queryOptions({
      queryKey: [...contentQueries.member(owner), 'page', params],
      queryFn: ({ signal }) => fetchContentPage(session, owner, params, signal),
      placeholderData: keepPreviousData, // keep the table steady while paging
    }),
  folders: (session: PortalSession, owner: string) =>
    queryOptions({
      queryKey: [...contentQueries.member(owner), 'folders'],
      queryFn: ({ signal }) => fetchFolders(session, owner, signal),
    }),
  sharing: (session: PortalSession, owner: string, itemId: string) =>
    queryOptions({
      queryKey: [...contentQueries.member(owner), 'sharing', itemId],
      queryFn: ({ signal }) => fetchItemSharing(session, owner, itemId, signal),
      staleTime: 60_000,
    }),
  ownedGroups: (session: PortalSession, owner: string) =>
    queryOptions({
      queryKey: [...contentQueries.member(owner), 'owned-groups'],
      queryFn: ({ signal }) => fetchOwnedGroups(session, owner, signal),
    }),
  profile: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...contentQueries.member(username), 'profile'],
      queryFn: ({ signal }) => fetchMemberProfile(session, username, signal),
    }),
  inventory: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...contentQueries.member(username), 'inventory'],
      queryFn: ({ signal }) => fetchInventory(session, username, signal),
      // Always re-read: resuming after a partial failure must start from what the portal holds now.
      staleTime: 0,
    }),
};
