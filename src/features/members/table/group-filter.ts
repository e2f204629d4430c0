import { usernamesClause } from '@/lib/arcgis/search-phrase';

import { createdRange, lastLoginRange, type MemberFilters } from './member-filters';
import type { Member, MemberSortField } from '../types';

/**
 * The portal's user search has no group field, so the group filter works client-side:
 * 1. the group's members come from `community/groups/{id}/userList` (100 a page);
 * 2. their usernames are searched in chunks, each chunk ANDed with the search box;
 * 3. answers are checked against the member list (the username field is matched word by word, so a chunk can also
 *    find names that merely contain a listed one) and the other filters are applied to the members' own fields
 *    (role, user type, last login, status, provider: no search clause a portal may not honour), then sorted and
 *    paged here.
 * Cost: about 2 requests per 100 group members, once per filter change (paging and sorting are then free).
 * Limit: groups up to GROUP_FILTER_LIMIT members; bigger groups are refused with a message rather than half-served.
 */
export const GROUP_FILTER_LIMIT = 10_000;
/** Usernames per search: short enough to stay a GET (URLs over 2,000 characters become POSTs) and far below the clause limits of search engines. */
export const USERNAMES_PER_QUERY = 50;

/** Searches for the group's usernames, each combined with `base` (the search box and other filters). */
export function groupMemberQueries(base: string, usernames: readonly string[], size = USERNAMES_PER_QUERY): string[] {
  const queries: string[] = [];
  for (let index = 0; index < usernames.length; index += size) {
    const names = usernamesClause(usernames.slice(index, index + size));
    queries.push(base === '*' ? names : `(${base}) AND ${names}`);
  }
  return queries;
}

/** Only the group's members (case-insensitive), once each, whatever the searches returned. */
export function keepGroupMembers(found: readonly Member[], usernames: readonly string[]): Member[] {
  const wanted = new Set(usernames.map((name) => name.toLowerCase()));
  const seen = new Set<string>();
  return found.filter((member) => {
    const key = member.username.toLowerCase();
    if (!wanted.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The portal's sort, done here: never-signed-in members sort as the oldest login, ties by username. */
export function sortMembers(members: readonly Member[], field: MemberSortField, order: 'asc' | 'desc'): Member[] {
  const value = (member: Member): string | number => {
    switch (field) {
      case 'username':
        return member.username.toLowerCase();
      case 'fullname':
        return member.fullName.toLowerCase();
      case 'created':
        return member.created;
      case 'lastlogin':
        return member.lastLogin ?? -1;
      case 'role':
        return (member.roleId ?? member.role).toLowerCase();
    }
  };
  const direction = order === 'asc' ? 1 : -1;
  return [...members].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    const compared = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return compared * direction || a.username.localeCompare(b.username);
  });
}

/** The table's filters, applied to a member's own fields (the group filter's list is at hand, so no search is needed). */
export function matchesMemberFilters(member: Member, filters: MemberFilters, now: number): boolean {
  if (filters.category && !(member.categories ?? []).some((path) => path.toLowerCase() === filters.category.toLowerCase())) return false;
  if (filters.role) {
    const builtIn = filters.role === 'org_admin' || filters.role === 'org_publisher' || filters.role === 'org_user';
    if (builtIn ? member.role !== filters.role || member.roleId !== undefined : member.roleId !== filters.role) return false;
  }
  if (filters.userType && member.userTypeId !== filters.userType) return false;
  if (filters.status && member.disabled !== (filters.status === 'disabled')) return false;
  if (filters.provider && member.provider !== filters.provider) return false;
  const created = createdRange(filters, now);
  if (created && (member.created < created.from || member.created > created.to)) return false;
  const range = lastLoginRange(filters, now);
  if (range === 'never') return member.lastLogin === null;
  if (range) return member.lastLogin !== null && member.lastLogin >= range.from && member.lastLogin <= range.to;
  return true;
}
