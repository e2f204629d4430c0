import type { IUser } from '@esri/arcgis-rest-request';

import { AppError, toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { systemUsersLeftOut } from '@/lib/arcgis/system-users';

import { GROUP_FILTER_LIMIT, groupMemberQueries, keepGroupMembers, matchesMemberFilters } from '../table/group-filter';
import type { MemberFilters } from '../table/member-filters';
import type { GroupOption, Member } from '../types';
import { get, type Paged } from './portal-request';
import { toMember } from './users-api';

/** Groups of the organization whose title starts with `text` (first 20 by title), for pickers. */
export async function searchGroupOptions(session: PortalSession, orgId: string, text: string, signal?: AbortSignal): Promise<GroupOption[]> {
  try {
    const words = text
      .trim()
      .split(/\s+/)
      .filter((word) => /^[\p{L}\p{N}_]+$/u.test(word));
    // `accountid:` scopes a search to one organization, as Esri's own Python client does on every search.
    const q = [`accountid:${orgId}`, ...words.map((word) => `title:${word}*`)].join(' AND ');
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

type SearchJson = Paged & { total: number; results: IUser[] };

/**
 * Members of a group that also match `base` (the search box) and the other filters, unsorted. See group-filter.ts
 * for why it works this way and its limits.
 */
export async function fetchGroupFilteredMembers(
  session: PortalSession,
  groupId: string,
  base: string,
  filters: MemberFilters,
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
          const page = await get<SearchJson>(session, `${session.portal}/portals/self/users/search`, { q, start, num: 100, ...systemUsersLeftOut }, signal);
          found.push(...page.results.map(toMember));
          start = page.nextStart;
        } while (start > 0);
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, Math.max(1, queries.length)) }, lane));
    const now = Date.now();
    return keepGroupMembers(found, usernames).filter((member) => matchesMemberFilters(member, filters, now));
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
