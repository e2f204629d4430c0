import { searchUsers } from '@esri/arcgis-rest-portal';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';

import { toAppError } from './arcgis-error';
import type { PortalSession } from './portal-session';
import { searchPhrase } from './search-phrase';

export type MemberOption = { username: string; fullName: string };

/**
 * The user search for what someone typed into a member picker: every word must match the start of a name,
 * username or email ("ana li" finds Ana Lima, "ana.l" finds ana.lima). Words with characters the search grammar would
 * read are quoted.
 */
export function memberOptionsSearchQuery(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '*';
  return words.map((word) => (/^[\p{L}\p{N}_][\p{L}\p{N}_.@-]*$/u.test(word) ? `${word}*` : searchPhrase(word))).join(' AND ');
}

/** Up to 20 organization members for a search-as-you-type picker, by username. */
export async function searchMemberOptions(session: PortalSession, text: string, signal?: AbortSignal): Promise<MemberOption[]> {
  try {
    const response = await searchUsers({
      q: memberOptionsSearchQuery(text),
      num: 20,
      sortField: 'username',
      sortOrder: 'asc',
      authentication: session,
      signal,
    });
    return response.results.map((user) => ({ username: user.username ?? '', fullName: user.fullName ?? '' }));
  } catch (error) {
    throw toAppError(error);
  }
}

export const memberOptionsQuery = (session: PortalSession, text: string) =>
  queryOptions({
    queryKey: ['member-options', text],
    queryFn: ({ signal }) => searchMemberOptions(session, text, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
