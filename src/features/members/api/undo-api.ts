import { queryOptions } from '@tanstack/react-query';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import { retrying } from '@/lib/arcgis/portal-retry';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { get } from './portal-request';
import { userQueries } from './user-queries';

/** Everyone in a group now (`community/groups/{id}/users`: owner, admins, users; DOC group-users), lower-cased. */
export async function fetchGroupUsernames(session: PortalSession, groupId: string, signal?: AbortSignal): Promise<Set<string>> {
  try {
    const answer = await get<{ owner?: string; admins?: string[]; users?: string[] }>(
      session,
      `${session.portal}/community/groups/${encodeURIComponent(groupId)}/users`,
      {},
      signal,
    );
    return new Set([answer.owner ?? '', ...(answer.admins ?? []), ...(answer.users ?? [])].filter(Boolean).map((name) => name.toLowerCase()));
  } catch (error) {
    throw toAppError(error);
  }
}

export const undoQueries = {
  /** Read fresh for each undo: membership changes. */
  groupMembers: (session: PortalSession, groupId: string | null) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'undo-group-members', session.username, groupId],
      queryFn: ({ signal }) => retrying(() => fetchGroupUsernames(session, groupId ?? '', signal), undefined, signal),
      enabled: Boolean(groupId),
      staleTime: 0,
      gcTime: 0,
      retry: false,
    }),
};
