import { addGroupUsers, getGroupUsers, removeGroupUsers } from '@esri/arcgis-rest-portal';

import { toAppError, isTransientError } from './arcgis-error';
import type { PortalSession } from './portal-session';

/*
 * Adding and removing group members so that the answer can be trusted after a retry.
 *
 * A portal lists names already in the group in `addUsers`' `notAdded` (as Esri's arcgis-rest-js maintainer
 * describes it, see emulator/README.md), and non-members in `removeUsers`' `notRemoved`. A request sent again
 * because its first answer was lost therefore gets back the very names the first one changed. So every name the
 * portal lists is checked against the group's members before it is called refused.
 */

type Options = { signal?: AbortSignal };

/**
 * `community/groups/{id}/addUsers` for at most 25 names (as members, or as managers); resolves to the names that
 * are not in the group as asked afterwards. A failed request is thrown, for the caller's retry rule.
 */
export async function addGroupMembers(
  session: PortalSession,
  groupId: string,
  usernames: readonly string[],
  options: Options & { asManagers?: boolean } = {},
): Promise<string[]> {
  const { asManagers = false, signal } = options;
  const response = await addGroupUsers({
    id: groupId,
    ...(asManagers ? { admins: [...usernames] } : { users: [...usernames] }),
    authentication: session,
    signal,
  });
  const [error] = response.errors ?? [];
  if (error) throw toAppError(error);
  const notAdded = response.notAdded ?? [];
  if (notAdded.length === 0) return [];
  const members = await groupMembersOrNull(session, groupId, signal);
  if (!members) return notAdded;
  // A member asked for as a manager stays a member: the portal does not promote them, so they were not added.
  const asAsked = new Set((asManagers ? [members.owner, ...members.admins] : [members.owner, ...members.admins, ...members.users]).map(lower));
  return notAdded.filter((name) => !asAsked.has(lower(name)));
}

/**
 * `community/groups/{id}/removeUsers` for at most 25 names; resolves to the names still in the group afterwards
 * (the owner cannot be removed). A failed request is thrown, for the caller's retry rule.
 */
export async function removeGroupMembers(session: PortalSession, groupId: string, usernames: readonly string[], options: Options = {}): Promise<string[]> {
  const { signal } = options;
  const response = await removeGroupUsers({ id: groupId, users: [...usernames], authentication: session, signal });
  const [error] = response.errors ?? [];
  if (error) throw toAppError(error);
  const notRemoved = response.notRemoved ?? [];
  if (notRemoved.length === 0) return [];
  const members = await groupMembersOrNull(session, groupId, signal);
  if (!members) return notRemoved;
  const inGroup = new Set([members.owner, ...members.admins, ...members.users].map(lower));
  return notRemoved.filter((name) => inGroup.has(lower(name)));
}

type GroupMembers = { owner: string; admins: string[]; users: string[] };

/**
 * Who is in the group now (`community/groups/{id}/users`), or null when the caller may change the group but not
 * list it; then the portal's own answer stands. A transient failure is thrown, so the whole call is retried.
 */
async function groupMembersOrNull(session: PortalSession, groupId: string, signal: AbortSignal | undefined): Promise<GroupMembers | null> {
  try {
    const response = await getGroupUsers(groupId, { authentication: session, signal });
    return { owner: response.owner, admins: response.admins, users: response.users };
  } catch (error) {
    const appError = toAppError(error);
    if (isTransientError(appError) || appError.kind === 'auth' || signal?.aborted) throw appError;
    return null;
  }
}

const lower = (name: string) => name.toLowerCase();
