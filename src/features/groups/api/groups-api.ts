import {
  createGroup,
  getGroup,
  getGroupUsers,
  removeGroup,
  searchGroups,
  searchGroupUsers,
  searchUsers,
  updateGroup,
  updateUserMemberships,
} from '@esri/arcgis-rest-portal';
import { request, type IGroup } from '@esri/arcgis-rest-request';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { SEARCH_RESULT_CEILING } from '@/lib/arcgis/search-ceiling';
import { searchPhrase } from '@/lib/arcgis/search-phrase';
import { runInLanes } from '@/lib/async/run-in-lanes';

import type { OwnerCandidate } from '../group-owner-check';
import { buildGroupSearchQuery } from '../group-search-query';
import type { Group, GroupDraft, GroupListParams, GroupMemberListParams, GroupMemberNames, GroupMembersPage, GroupsPage } from '../types';

async function call<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toAppError(error);
  }
}

function toGroup(group: IGroup): Group {
  const membership = (group as IGroup & { userMembership?: { memberType?: string } }).userMembership;
  const memberType = membership?.memberType;
  return {
    id: group.id,
    title: group.title,
    owner: group.owner,
    access: ['private', 'org', 'public'].includes(group.access) ? group.access : 'private',
    snippet: group.snippet ?? '',
    description: group.description ?? '',
    tags: group.tags,
    isInvitationOnly: group.isInvitationOnly,
    isViewOnly: group.isViewOnly,
    autoJoin: group.autoJoin,
    protected: group.protected,
    created: group.created,
    modified: group.modified,
    myMemberType: memberType === 'owner' || memberType === 'admin' || memberType === 'member' || memberType === 'none' ? memberType : undefined,
  };
}

/** One page of groups from `community/groups`; `start` is 1-based. */
export async function fetchGroupsPage(session: PortalSession, params: GroupListParams, signal?: AbortSignal): Promise<GroupsPage> {
  return call(async () => {
    const response = await searchGroups({
      q: buildGroupSearchQuery(params.search, { access: params.access, owner: params.owner }),
      start: params.page * params.pageSize + 1,
      num: params.pageSize,
      sortField: params.sortField,
      sortOrder: params.sortOrder,
      authentication: session,
      signal,
    });
    return { groups: response.results.map(toGroup), total: response.total };
  });
}

/** Every group matching `q` (100 a request), up to `limit`; for choosing groups by keyword. */
export async function fetchAllMatchingGroups(
  session: PortalSession,
  q: string,
  limit: number,
  signal?: AbortSignal,
): Promise<{ groups: Group[]; total: number }> {
  return call(async () => {
    const groups: Group[] = [];
    let start = 1;
    let total = 0;
    do {
      const response = await searchGroups({ q, start, num: 100, sortField: 'title', sortOrder: 'asc', authentication: session, signal });
      total = response.total;
      groups.push(...response.results.map(toGroup));
      start = response.nextStart;
    } while (start > 0 && groups.length < limit);
    return { groups: groups.slice(0, limit), total };
  });
}

export async function fetchGroup(session: PortalSession, id: string, signal?: AbortSignal): Promise<Group> {
  return call(async () => toGroup(await getGroup(id, { authentication: session, signal })));
}

/** One page of a group's members with their member type and join date (`userList`). */
export async function fetchGroupMembersPage(
  session: PortalSession,
  id: string,
  params: GroupMemberListParams,
  signal?: AbortSignal,
): Promise<GroupMembersPage> {
  return call(async () => {
    const response = await searchGroupUsers(id, {
      start: params.page * params.pageSize + 1,
      num: params.pageSize,
      sortField: params.sortField,
      sortOrder: params.sortOrder,
      ...(params.name ? { name: params.name } : {}),
      ...(params.memberType ? { memberType: params.memberType } : {}),
      authentication: session,
      signal,
    });
    const users = response.users as { username: string; fullName?: string; memberType?: string; joined?: number }[];
    return {
      total: response.total,
      owner: response.owner.username ?? '',
      members: users.map((user) => ({
        username: user.username,
        fullName: user.fullName ?? '',
        memberType: user.memberType === 'owner' || user.memberType === 'admin' ? user.memberType : 'member',
        joined: user.joined ?? 0,
      })),
    };
  });
}

/** How many members a group has (a `userList` page of none). */
export async function fetchGroupMemberCount(session: PortalSession, id: string, signal?: AbortSignal): Promise<number> {
  return call(async () => (await searchGroupUsers(id, { num: 0, authentication: session, signal })).total);
}

/** Everyone in the group by username, to tell who is already in it. */
export async function fetchGroupMemberNames(session: PortalSession, id: string, signal?: AbortSignal): Promise<GroupMemberNames> {
  return call(async () => {
    const response = await getGroupUsers(id, { authentication: session, signal });
    return { owner: response.owner, admins: response.admins, users: response.users };
  });
}

function draftToParams(draft: GroupDraft) {
  return {
    title: draft.title.trim(),
    snippet: draft.snippet.trim(),
    description: draft.description.trim(),
    tags: draft.tags,
    access: draft.access,
    isInvitationOnly: draft.join === 'invitation',
    autoJoin: draft.join === 'auto',
    isViewOnly: draft.viewOnly,
  };
}

export async function createGroupFromDraft(session: PortalSession, draft: GroupDraft): Promise<Group> {
  return call(async () => {
    const response = await createGroup({ group: draftToParams(draft), authentication: session });
    return toGroup(response.group);
  });
}

export async function updateGroupFromDraft(session: PortalSession, id: string, draft: GroupDraft): Promise<void> {
  await call(() => updateGroup({ group: { id, ...draftToParams(draft) }, authentication: session }));
}

export async function deleteGroup(session: PortalSession, id: string): Promise<void> {
  await call(() => removeGroup({ id, authentication: session }));
}

/** `community/groups/{id}/reassign` has no rest-js helper. */
export async function reassignGroup(session: PortalSession, id: string, targetUsername: string): Promise<void> {
  await call(() =>
    request(`${session.portal}/community/groups/${encodeURIComponent(id)}/reassign`, {
      params: { targetUsername },
      authentication: session,
    }),
  );
}

/** Makes members managers, or managers members; returns who could not be changed. */
export async function changeMemberTypes(session: PortalSession, id: string, usernames: string[], newMemberType: 'admin' | 'member'): Promise<string[]> {
  return call(async () => {
    const response = await updateUserMemberships({ id, users: usernames, newMemberType, authentication: session });
    const results = response.results as { username: string; success: boolean }[];
    return results.filter((result) => !result.success).map((result) => result.username);
  });
}

/** Names looked up per search request (the query string stays short). */
const NAMES_PER_LOOKUP = 10;
const LOOKUPS_IN_FLIGHT = 3;

/**
 * Which of `usernames` are members of the organization, with the portal's spelling (usernames compare
 * case-insensitively). Unknown names are left out of the map.
 */
export async function resolveOrgUsernames(session: PortalSession, usernames: readonly string[], signal?: AbortSignal): Promise<Map<string, string>> {
  return call(async () => {
    const found = new Map<string, string>();
    const slices: string[][] = [];
    for (let index = 0; index < usernames.length; index += NAMES_PER_LOOKUP) slices.push(usernames.slice(index, index + NAMES_PER_LOOKUP));
    const lookUp = async (slice: string[]) => {
      const q = slice.map((name) => `username:${searchPhrase(name)}`).join(' OR ');
      const wanted = new Set(slice.map((name) => name.toLowerCase()));
      // The username field matches word by word ("gis" also finds gis_editor and acme_gis), so a short name can
      // sit past the first page: read on until every name is found or the answers run out.
      let start = 1;
      while (start > 0 && start <= SEARCH_RESULT_CEILING) {
        const response = await searchUsers({ q, start, num: 100, authentication: session, signal });
        for (const user of response.results) {
          const key = (user.username ?? '').toLowerCase();
          if (wanted.has(key)) found.set(key, user.username ?? '');
        }
        if ([...wanted].every((name) => found.has(name))) return;
        start = response.nextStart;
      }
    };
    // A few lookups in flight: a pasted list of 2,000 names is 200 searches.
    await runInLanes(slices.length, LOOKUPS_IN_FLIGHT, (index) => lookUp(slices[index] ?? []));
    return found;
  });
}

/** How many groups a member belongs to (to explain a refusal at the 512-group cap). */
export async function countGroupsOfMember(session: PortalSession, username: string, signal?: AbortSignal): Promise<number> {
  return call(async () => {
    const response = await searchGroups({ q: '*', num: 0, searchUserAccess: 'groupMember', searchUserName: username, authentication: session, signal });
    return response.total;
  });
}

/** What decides whether a member can own a group: their privileges and whether the account is disabled. */
export async function fetchOwnerCandidate(session: PortalSession, username: string, signal?: AbortSignal): Promise<OwnerCandidate> {
  return call(async () => {
    const user = (await request(`${session.portal}/community/users/${encodeURIComponent(username)}`, {
      httpMethod: 'GET',
      authentication: session,
      signal,
    })) as { username: string; privileges?: string[]; disabled?: boolean };
    return { username: user.username, privileges: Array.isArray(user.privileges) ? user.privileges : null, disabled: user.disabled === true };
  });
}
