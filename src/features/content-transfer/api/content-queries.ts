import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import type { PortalSession } from '@/lib/arcgis/portal-session';
import type { StoredRunRecord } from '@/lib/history/run-record';

import { effectiveContentSort, isSearching } from '../browser/content-list-params';
import { pageOfFolder } from '../browser/folder-page';
import type { Caller } from '../transfer/transfer-privileges';
import type { ContentListParams, ContentPage } from '../types';
import { fetchFolderItems, fetchFolders, fetchItemSharing, fetchMemberProfile, fetchOwnedGroups, fetchSearchPage } from './content-api';
import { fetchInventory } from './fetch-inventory';
import { readTransferUndo } from './read-transfer-undo';

export const contentQueries = {
  all: () => ['content'] as const,
  /** Everything about one member's content and groups: invalidated after a transfer, for giver and receiver. */
  member: (username: string) => [...contentQueries.all(), 'member', username.toLowerCase()] as const,
  /**
   * One page of the content browser. A search (or type) asks the portal's `search` for the page; a folder is
   * read whole once (`folderItems`, cached) and sorted and paged here, since `content/users/{u}[/{folder}]`
   * documents no sort. The key carries the effective sort, so a size sort during a search shares the default's page.
   */
  page: (session: PortalSession, owner: string, params: ContentListParams) => {
    const request: ContentListParams = { ...params, ...effectiveContentSort(params) };
    return queryOptions({
      queryKey: [...contentQueries.member(owner), 'page', request],
      queryFn: async ({ client, signal }): Promise<ContentPage> => {
        if (isSearching(request)) return fetchSearchPage(session, owner, request, signal);
        // No retry of its own: this page query's retry asks again, and an invalidated folder is read afresh.
        const items = await client.query({ ...contentQueries.folderItems(session, owner, request.folder), retry: false });
        return pageOfFolder(items, request);
      },
      placeholderData: keepPreviousData, // keep the table steady while paging
    });
  },
  /** Every item of one folder ('' = root), all pages: what folder pages are cut from. */
  folderItems: (session: PortalSession, owner: string, folderId: string) =>
    queryOptions({
      queryKey: [...contentQueries.member(owner), 'folder-items', folderId],
      queryFn: ({ signal }) => fetchFolderItems(session, owner, folderId, signal),
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
  /** What undoing a recorded transfer would take back, from what the portal holds now. */
  undo: (session: PortalSession, run: StoredRunRecord, caller: Caller) =>
    // A stored run never changes, so its id names it; the caller is the session's own member.
    // eslint-disable-next-line @tanstack/query/exhaustive-deps
    queryOptions({
      queryKey: [...contentQueries.all(), 'undo', run.id, caller.username],
      queryFn: ({ signal }) => readTransferUndo(session, run.record, caller, signal),
      // Always re-read: the preview must show who holds each item now.
      staleTime: 0,
    }),
};
