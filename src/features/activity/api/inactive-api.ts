import { searchItems } from '@esri/arcgis-rest-portal';
import { request } from '@esri/arcgis-rest-request';
import { queryOptions } from '@tanstack/react-query';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { searchPhrase } from '@/lib/arcgis/search-phrase';

export type InactiveMember = { username: string; fullName: string; lastLogin: number | null; storageUsage: number | null; disabled: boolean };

type ListingJson = { users?: Record<string, unknown>[]; nextStart?: number };

/**
 * Members whose last sign-in is before `before` (epoch ms), from the documented organization listing
 * (`portals/self/users`, `sortField=lastlogin`, ascending: DOC users), read 100 at a time until a page passes the date.
 * Members who never signed in (`lastLogin` -1) are left out. No `lastlogin:` search clause is needed.
 */
async function fetchInactiveMembers(session: PortalSession, before: number, signal?: AbortSignal): Promise<InactiveMember[]> {
  const members: InactiveMember[] = [];
  let start = 1;
  try {
    for (;;) {
      const answer = (await request(`${session.portal}/portals/self/users`, {
        httpMethod: 'GET',
        params: { start, num: 100, sortField: 'lastlogin', sortOrder: 'asc', excludeSystemUsers: true },
        authentication: session,
        signal,
      })) as ListingJson;
      const users = answer.users ?? [];
      let passed = false;
      for (const raw of users) {
        const lastLogin = typeof raw.lastLogin === 'number' ? raw.lastLogin : null;
        if (lastLogin === null || lastLogin <= 0) continue;
        if (lastLogin > before) {
          passed = true;
          break;
        }
        const username = typeof raw.username === 'string' ? raw.username : '';
        members.push({
          username,
          fullName: typeof raw.fullName === 'string' ? raw.fullName : username,
          lastLogin,
          storageUsage: typeof raw.storageUsage === 'number' ? raw.storageUsage : null,
          disabled: raw.disabled === true,
        });
      }
      if (passed || users.length === 0 || !answer.nextStart || answer.nextStart < 1) return members;
      start = answer.nextStart;
    }
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
  members: (session: PortalSession, before: number) =>
    queryOptions({
      queryKey: [...inactiveQueries.all(), before],
      queryFn: ({ signal }) => fetchInactiveMembers(session, before, signal),
    }),
  itemCount: (session: PortalSession, username: string) =>
    queryOptions({
      queryKey: [...inactiveQueries.all(), 'items', username.toLowerCase()],
      queryFn: ({ signal }) => countOwnedItems(session, username, signal),
    }),
};
