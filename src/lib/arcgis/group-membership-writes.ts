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
  throwFailure(response);
  return confirmListed(session, groupId, response.notAdded ?? [], signal, (members) => {
    // A member asked for as a manager stays a member: the portal does not promote them, so they were not added.
    const asAsked = namesOf(asManagers ? [members.owner, ...members.admins] : [members.owner, ...members.admins, ...members.users]);
    return (name) => !asAsked.has(lower(name));
  });
}

/**
 * `community/groups/{id}/removeUsers` for at most 25 names; resolves to the names still in the group afterwards
 * (the owner cannot be removed). A failed request is thrown, for the caller's retry rule.
 */
export async function removeGroupMembers(session: PortalSession, groupId: string, usernames: readonly string[], options: Options = {}): Promise<string[]> {
  const { signal } = options;
  const response = await removeGroupUsers({ id: groupId, users: [...usernames], authentication: session, signal });
  throwFailure(response);
  return confirmListed(session, groupId, response.notRemoved ?? [], signal, (members) => {
    const inGroup = namesOf([members.owner, ...members.admins, ...members.users]);
    return (name) => inGroup.has(lower(name));
  });
}

type GroupMembers = { owner: string; admins: string[]; users: string[] };

/** rest-js answers a failed request in `errors` instead of rejecting: thrown here, for the caller's retry rule. */
function throwFailure(response: { errors?: unknown[] }): void {
  const [error] = response.errors ?? [];
  if (error) throw toAppError(error);
}

/**
 * The names the portal listed that the group's members (`community/groups/{id}/users`) show as still refused; all of
 * them when the caller may change the group but not list it, as the portal's own answer then stands. A transient
 * failure of the read is thrown, so the whole call is retried.
 */
async function confirmListed(
  session: PortalSession,
  groupId: string,
  listed: readonly string[],
  signal: AbortSignal | undefined,
  refuses: (members: GroupMembers) => (name: string) => boolean,
): Promise<string[]> {
  if (listed.length === 0) return [];
  let members: GroupMembers;
  try {
    members = await getGroupUsers(groupId, { authentication: session, signal });
  } catch (error) {
    const appError = toAppError(error);
    if (isTransientError(appError) || appError.kind === 'auth' || signal?.aborted) throw appError;
    return [...listed];
  }
  return listed.filter(refuses(members));
}

const lower = (name: string) => name.toLowerCase();
const namesOf = (names: readonly string[]) => new Set(names.map(lower));
