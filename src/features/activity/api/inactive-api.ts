import { searchItems, searchUsers } from '@esri/arcgis-rest-portal';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { searchPhrase } from '@/lib/arcgis/search-phrase';

export type InactiveMember = { username: string; fullName: string; lastLogin: number | null; storageUsage: number | null; disabled: boolean };
export type InactivePage = { members: InactiveMember[]; total: number };

const PAGE_SIZE = 25;

/** One page of the members the `q` clauses (the members table's last-login filter) match, by username. */
async function fetchInactivePage(session: PortalSession, q: string, page: number, signal?: AbortSignal): Promise<InactivePage> {
  try {
    const answer = await searchUsers({
      q,
      start: page * PAGE_SIZE + 1,
      num: PAGE_SIZE,
      sortField: 'username',
      sortOrder: 'asc',
      params: { excludeSystemUsers: true },
      authentication: session,
      signal,
    });
    const members = answer.results.map((user) => {
      const raw = user as unknown as Record<string, unknown>;
      return {
        username: user.username ?? '',
        fullName: user.fullName ?? user.username ?? '',
        lastLogin: typeof raw.lastLogin === 'number' && raw.lastLogin > 0 ? raw.lastLogin : null,
        storageUsage: typeof raw.storageUsage === 'number' ? raw.storageUsage : null,
        disabled: raw.disabled === true,
      };
    });
    return { members, total: answer.total };
  } catch (error) {
    throw toAppError(error);
  }
}

/** How many items a member owns: an administrator's item search `owner:"u"` (`num=0`, only the total). */
async function countOwnedItems(session: PortalSession, username: string, signal?: AbortSignal): Promise<number> {
  try {
    const answer = await searchItems({ q: `owner:${searchPhrase(username)}`, num: 0, authentication: session, signal });
    return answer.total;
  } catch (error) {
    throw toAppError(error);
  }
}

export const inactiveQueries = {
  all: () => ['activity', 'inactive'] as const,
  page: (session: PortalSession, q: string, page: number) =>
    queryOptions({
      queryKey: [...inactiveQueries.all(), q, page],
      queryFn: ({ signal }) => fetchInactivePage(session, q, page, signal),
      placeholderData: keepPreviousData,
    }),
  itemCount: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...inactiveQueries.all(), 'items', username.toLowerCase()],
      queryFn: ({ signal }) => countOwnedItems(session, username, signal),
    }),
};
