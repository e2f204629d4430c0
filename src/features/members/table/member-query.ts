import { clauseNames, type UserSearchClauses } from '@/lib/arcgis/user-search-clauses';

import { memberFilterClauses, type MemberFilters } from './member-filters';
import { buildMemberSearchQuery } from './member-search-query';

/** The documented filters of the organization's member listing (`portals/self/users`). */
export type MemberListingFilters = { role?: string; userLicenseType?: string; provider?: string; categories?: string };

/**
 * Where the members matching the table's search box and filters come from:
 * - `listing`: `portals/self/users`, when every filter is one of its documented parameters (role, user type,
 *   identity provider) and nothing is typed. Exact totals, and it sorts by last login.
 * - `search`: `portals/self/users/search` with a `q`. Its `total` stops at 10,000, and any clause beyond words and
 *   `role:` is used only where the portal was seen to honour it (user-search-clauses.ts).
 * - `unsupported`: this portal cannot answer that combination; the reason says what to clear.
 */
export type MemberQuery =
  { kind: 'listing'; filters: MemberListingFilters } | { kind: 'search'; q: string; categories?: string } | { kind: 'unsupported'; reason: string };

/** A query the portal can answer. */
export type AnsweredMemberQuery = Exclude<MemberQuery, { kind: 'unsupported' }>;

/** The search clauses each filter needs the portal to honour. */
function neededClauses(filters: MemberFilters): (keyof UserSearchClauses)[] {
  const needed: (keyof UserSearchClauses)[] = [];
  // A built-in role leaves custom-role members out with `NOT roleid:*` (they report the same base `role`).
  if (filters.role) needed.push('roleId');
  if (filters.userType) needed.push('userType');
  if (filters.lastLogin) needed.push('lastLogin');
  if (filters.status) needed.push('disabled');
  if (filters.provider) needed.push('provider');
  return needed;
}

/** The filters that only a search can apply (the listing has no parameter for them). */
export const searchOnlyFilters = (filters: MemberFilters) => Boolean(filters.lastLogin || filters.status || filters.createdFrom || filters.createdTo);

/**
 * `clauses` is `undefined` while the probe is on its way; the answer is then `null` (wait) if a clause is needed.
 * `now` dates the relative last-login filters.
 */
export function planMemberQuery(search: string, filters: MemberFilters, clauses: UserSearchClauses | undefined, now: number): MemberQuery | null {
  if (!search.trim() && !searchOnlyFilters(filters)) {
    return {
      kind: 'listing',
      filters: {
        ...(filters.role ? { role: filters.role } : {}),
        ...(filters.userType ? { userLicenseType: filters.userType } : {}),
        ...(filters.provider ? { provider: filters.provider } : {}),
        ...(filters.category ? { categories: filters.category } : {}),
      },
    };
  }
  const needed = neededClauses(filters);
  if (needed.length > 0 && !clauses) return null;
  const missing = needed.filter((clause) => clauses && !clauses[clause]);
  if (missing.length > 0) {
    const names = missing.map((clause) => clauseNames[clause]).join(' and ');
    const listingCan = missing.every((clause) => clause === 'roleId' || clause === 'userType' || clause === 'provider');
    return {
      kind: 'unsupported',
      reason: listingCan
        ? `This portal's member search does not filter by ${names}, so the ${names} filter cannot be combined with ${
            search.trim() ? 'a search' : 'the last-login, status or created-date filter'
          }. Clear ${search.trim() ? 'the search box' : 'those filters'} to filter by ${names}, or clear the ${names} filter.`
        : `This portal's member search does not filter by ${names}. Clear that filter to see members.`,
    };
  }
  return {
    kind: 'search',
    q: buildMemberSearchQuery(search, memberFilterClauses(filters, now)),
    ...(filters.category ? { categories: filters.category } : {}),
  };
}
