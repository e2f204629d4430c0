import { request, type IUser } from '@esri/arcgis-rest-request';

import { AppError, toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { GROUP_FILTER_LIMIT, groupMemberQueries, keepGroupMembers } from '../group-filter';
import type {
  GroupOption,
  Member,
  MemberContentSummary,
  MemberDetails,
  MemberGroup,
  MemberProfileChanges,
  RoleOption,
  UserTypeSeats,
} from '../types';
import { toMember } from './users-api';

type Paged = { nextStart: number };

const userPath = (session: PortalSession, username: string) =>
  `${session.portal}/community/users/${encodeURIComponent(username)}`;

async function get<T>(session: PortalSession, url: string, params: Record<string, unknown> = {}, signal?: AbortSignal) {
  return (await request(url, { httpMethod: 'GET', params, authentication: session, signal })) as T;
}

async function post<T>(session: PortalSession, url: string, params: Record<string, unknown> = {}, signal?: AbortSignal) {
  return (await request(url, { httpMethod: 'POST', params, authentication: session, signal })) as T;
}

async function getAllPages<T extends Paged>(session: PortalSession, url: string, params: Record<string, unknown>, signal?: AbortSignal) {
  const pages: T[] = [];
  let start = 1;
  do {
    const page = await get<T>(session, url, { ...params, start, num: 100 }, signal);
    pages.push(page);
    start = page.nextStart;
  } while (start > 0);
  return pages;
}

type UserJson = IUser & {
  userLicenseTypeId?: string;
  mfaEnabled?: boolean;
  storageUsage?: number;
  storageQuota?: number;
  groups?: { id: string; title: string; access: string; userMembership?: { memberType?: string } }[];
};

/** One member with privileges and groups (`community/users/{u}`); privileges fall back to the role's list. */
export async function fetchMemberDetails(session: PortalSession, username: string, signal?: AbortSignal): Promise<MemberDetails> {
  try {
    const user = await get<UserJson>(session, userPath(session, username), {}, signal);
    let privileges = user.privileges ?? null;
    if (!privileges && user.roleId) {
      const role = await get<{ privileges?: string[] }>(
        session,
        `${session.portal}/portals/self/roles/${encodeURIComponent(user.roleId)}/privileges`,
        {},
        signal,
      );
      privileges = role.privileges ?? null;
    }
    return {
      ...toMember(user),
      firstName: user.firstName ?? '',
      lastName: user.lastName ?? '',
      description: user.description ?? '',
      privileges,
      mfaEnabled: user.mfaEnabled === true,
      storageUsage: user.storageUsage ?? 0,
      storageQuota: user.storageQuota ?? 0,
      groups: (user.groups ?? []).map(
        (group): MemberGroup => ({
          id: group.id,
          title: group.title,
          access: group.access,
          memberType: toMemberType(group.userMembership?.memberType),
        }),
      ),
    };
  } catch (error) {
    throw toAppError(error);
  }
}

function toMemberType(value: string | undefined): MemberGroup['memberType'] {
  return value === 'owner' || value === 'admin' ? value : 'member';
}

type ContentJson = { total: number; folders?: { id: string; title: string }[] };

/** How many items the member owns in the root folder and in each folder (one small request per folder). */
export async function fetchMemberContentSummary(
  session: PortalSession,
  username: string,
  signal?: AbortSignal,
): Promise<MemberContentSummary> {
  try {
    const base = `${session.portal}/content/users/${encodeURIComponent(username)}`;
    const root = await get<ContentJson>(session, base, { start: 1, num: 1 }, signal);
    const folders = await Promise.all(
      (root.folders ?? []).map(async (folder) => {
        const listing = await get<ContentJson>(session, `${base}/${encodeURIComponent(folder.id)}`, { start: 1, num: 1 }, signal);
        return { id: folder.id, title: folder.title, items: listing.total };
      }),
    );
    return { rootItems: root.total, folders };
  } catch (error) {
    throw toAppError(error);
  }
}

type UserTypeJson = {
  id: string;
  name: string;
  maxUsers?: number;
  availableUsers?: number;
  assignedUsers?: number;
  compatibleRoles?: string[];
};

/** User types with seats left and compatible roles (`portals/self/userLicenseTypes`). */
export async function fetchUserTypeSeats(session: PortalSession, signal?: AbortSignal): Promise<UserTypeSeats[]> {
  try {
    const pages = await getAllPages<Paged & { userLicenseTypes: UserTypeJson[] }>(
      session,
      `${session.portal}/portals/self/userLicenseTypes`,
      {},
      signal,
    );
    return pages.flatMap((page) =>
      page.userLicenseTypes.map((type) => {
        const maxUsers = type.maxUsers ?? 0;
        return {
          id: type.id,
          name: type.name,
          maxUsers,
          availableUsers: type.availableUsers ?? Math.max(0, maxUsers - (type.assignedUsers ?? 0)),
          compatibleRoles: type.compatibleRoles ?? null,
        };
      }),
    );
  } catch (error) {
    throw toAppError(error);
  }
}

/** Roles listed by `portals/self/roles` (Viewer, Data Editor, custom roles); built-in ones are added by the caller. */
export async function fetchListedRoles(session: PortalSession, signal?: AbortSignal): Promise<RoleOption[]> {
  try {
    const pages = await getAllPages<Paged & { roles: { id: string; name: string }[] }>(
      session,
      `${session.portal}/portals/self/roles`,
      {},
      signal,
    );
    return pages.flatMap((page) => page.roles.map((role) => ({ key: role.id, name: role.name })));
  } catch (error) {
    throw toAppError(error);
  }
}

/** Groups of the organization whose title starts with `text` (first 20 by title), for pickers. */
export async function searchGroupOptions(
  session: PortalSession,
  orgId: string,
  text: string,
  signal?: AbortSignal,
): Promise<GroupOption[]> {
  try {
    const words = text.trim().split(/\s+/).filter((word) => /^[\p{L}\p{N}_]+$/u.test(word));
    const q = [`orgid:${orgId}`, ...words.map((word) => `title:${word}*`)].join(' AND ');
    const response = await get<{ results: GroupOption[] }>(
      session,
      `${session.portal}/community/groups`,
      { q, num: 20, sortField: 'title', sortOrder: 'asc' },
      signal,
    );
    return response.results.map(({ id, title, access }) => ({ id, title, access }));
  } catch (error) {
    throw toAppError(error);
  }
}

export async function fetchGroupOption(session: PortalSession, groupId: string, signal?: AbortSignal): Promise<GroupOption> {
  try {
    const group = await get<GroupOption>(session, `${session.portal}/community/groups/${encodeURIComponent(groupId)}`, {}, signal);
    return { id: group.id, title: group.title, access: group.access };
  } catch (error) {
    throw toAppError(error);
  }
}

type UserListJson = Paged & { total: number; owner?: { username: string }; users: { username: string }[] };

/** `community/users/{u}/update` with the edited profile fields. */
export async function updateMemberProfile(session: PortalSession, username: string, changes: MemberProfileChanges): Promise<void> {
  try {
    await post(session, `${userPath(session, username)}/update`, {
      firstname: changes.firstName,
      lastname: changes.lastName,
      fullname: `${changes.firstName} ${changes.lastName}`.trim(),
      email: changes.email,
      description: changes.description,
    });
  } catch (error) {
    throw toAppError(error);
  }
}

// The write calls below throw rest-js errors unchanged, so the bulk runner can tell transient failures from refusals.

export async function sendUpdateUserRole(session: PortalSession, username: string, role: string, signal?: AbortSignal) {
  await post(session, `${session.portal}/portals/self/updateUserRole`, { user: username, role }, signal);
}

export async function sendDisableMember(session: PortalSession, username: string, disable: boolean, signal?: AbortSignal) {
  await post(session, `${userPath(session, username)}/${disable ? 'disable' : 'enable'}`, {}, signal);
}

export async function sendDeleteMember(session: PortalSession, username: string, signal?: AbortSignal) {
  await post(session, `${userPath(session, username)}/delete`, {}, signal);
}

export type LicenseTypeResult = { username: string; status: boolean; error?: { code?: number; message?: string } };

/** `portals/self/updateUserLicenseType` for a list of members; the portal answers per member. */
export async function sendUpdateUserLicenseType(
  session: PortalSession,
  usernames: readonly string[],
  userLicenseType: string,
  signal?: AbortSignal,
): Promise<LicenseTypeResult[]> {
  const response = await post<{ results?: LicenseTypeResult[] }>(
    session,
    `${session.portal}/portals/self/updateUserLicenseType`,
    { users: usernames.join(','), userLicenseType },
    signal,
  );
  return response.results ?? [];
}

/** At most 25 usernames (the portal's limit); resolves to those not added. */
export async function sendAddToGroup(session: PortalSession, groupId: string, usernames: readonly string[], signal?: AbortSignal) {
  const response = await post<{ notAdded?: string[] }>(
    session,
    `${session.portal}/community/groups/${encodeURIComponent(groupId)}/addUsers`,
    { users: usernames.join(',') },
    signal,
  );
  return response.notAdded ?? [];
}

/** At most 25 usernames (the portal's limit); resolves to those not removed. */
export async function sendRemoveFromGroup(session: PortalSession, groupId: string, usernames: readonly string[], signal?: AbortSignal) {
  const response = await post<{ notRemoved?: string[] }>(
    session,
    `${session.portal}/community/groups/${encodeURIComponent(groupId)}/removeUsers`,
    { users: usernames.join(',') },
    signal,
  );
  return response.notRemoved ?? [];
}

type SearchJson = Paged & { total: number; results: IUser[] };

/**
 * Members of a group that also match `base` (search box and other filters), unsorted. See group-filter.ts for
 * why it works this way and its limits.
 */
export async function fetchGroupFilteredMembers(
  session: PortalSession,
  groupId: string,
  base: string,
  signal?: AbortSignal,
): Promise<Member[]> {
  try {
    let groupSize = 0;
    const usernames = await fetchGroupMemberUsernamesLimited(session, groupId, (total) => (groupSize = total), signal);
    if (groupSize > GROUP_FILTER_LIMIT) {
      throw new AppError(
        'validation',
        `This group has ${groupSize.toLocaleString()} members; the group filter works for groups of up to ${GROUP_FILTER_LIMIT.toLocaleString()}.`,
      );
    }
    const queries = groupMemberQueries(base, usernames);
    const found: Member[] = [];
    let next = 0;
    const lane = async () => {
      while (next < queries.length) {
        const q = queries[next] as string;
        next += 1;
        let start = 1;
        do {
          const page = await get<SearchJson>(session, `${session.portal}/portals/self/users/search`, { q, start, num: 100 }, signal);
          found.push(...page.results.map(toMember));
          start = page.nextStart;
        } while (start > 0);
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, Math.max(1, queries.length)) }, lane));
    return keepGroupMembers(found, usernames);
  } catch (error) {
    throw toAppError(error);
  }
}

/** Like fetchGroupMemberUsernames, but stops after the first page when the group is over the filter's limit. */
async function fetchGroupMemberUsernamesLimited(
  session: PortalSession,
  groupId: string,
  onTotal: (total: number) => void,
  signal?: AbortSignal,
): Promise<string[]> {
  const url = `${session.portal}/community/groups/${encodeURIComponent(groupId)}/userList`;
  const names = new Set<string>();
  let start = 1;
  do {
    const page = await get<UserListJson>(session, url, { start, num: 100 }, signal);
    if (start === 1) {
      onTotal(page.total);
      if (page.total > GROUP_FILTER_LIMIT) return [];
    }
    if (page.owner?.username) names.add(page.owner.username);
    for (const user of page.users) names.add(user.username);
    start = page.nextStart;
  } while (start > 0);
  return [...names];
}
