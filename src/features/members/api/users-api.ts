import { searchUsers } from '@esri/arcgis-rest-portal';
import type { IUser } from '@esri/arcgis-rest-request';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { ListedRole } from '@/lib/arcgis/org-roles';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { systemUsersLeftOut } from '@/lib/arcgis/system-users';
import type { UserType } from '@/lib/arcgis/user-types';

import { creditFieldsOf } from '../bulk/credit-fields';
import type { AnsweredMemberQuery, MemberListingFilters, MemberQuery } from '../table/member-query';
import type { Member, MemberLookups, MemberSortField, MembersPage } from '../types';
import { get } from './portal-request';

/** The sort fields the member search documents; the listing also sorts by last login. */
const searchSortFields: ReadonlySet<MemberSortField> = new Set(['username', 'fullname', 'created']);

export const canSortBy = (query: MemberQuery, field: MemberSortField) => query.kind === 'listing' || searchSortFields.has(field);

type ListingJson = { total?: number; nextStart?: number; users?: IUser[] };

type PageRequest = { start: number; num: number; sortField: MemberSortField; sortOrder: 'asc' | 'desc' };

/**
 * One page of members for a listing or search query (1-based `start`). `total` is exact for the listing; for a
 * search the portal counts only up to 10,000 (search-ceiling.ts).
 */
export async function fetchMembers(session: PortalSession, query: AnsweredMemberQuery, page: PageRequest, signal?: AbortSignal): Promise<MembersPage> {
  try {
    if (query.kind === 'listing') {
      const answer = await get<ListingJson>(
        session,
        `${session.portal}/portals/self/users`,
        { ...listingParams(query.filters), ...systemUsersLeftOut, ...page },
        signal,
      );
      return { members: (answer.users ?? []).map(toMember), total: answer.total ?? 0 };
    }
    const response = await searchUsers({
      q: query.q,
      start: page.start,
      num: page.num,
      ...(searchSortFields.has(page.sortField) ? { sortField: page.sortField, sortOrder: page.sortOrder } : {}),
      // The member categories of the filter (DOC user-search-org `categories`), ANDed with `q`.
      params: { ...systemUsersLeftOut, ...(query.categories ? { categories: query.categories } : {}) },
      authentication: session,
      signal,
    });
    return { members: response.results.map(toMember), total: response.total };
  } catch (error) {
    throw toAppError(error);
  }
}

/**
 * The listing combines several filters with OR unless told otherwise; the table's filters narrow each other, so they
 * are sent with `applyFiltersIntersection`, as Esri's own Python client sends them.
 */
function listingParams(filters: MemberListingFilters): Record<string, string | boolean> {
  const set = Object.entries(filters).filter(([, value]) => Boolean(value));
  return { ...Object.fromEntries(set), ...(set.length > 1 ? { applyFiltersIntersection: true } : {}) };
}

/** How many members match, without their records (the listing answers its total with any page). */
export async function countMembers(session: PortalSession, query: AnsweredMemberQuery, signal?: AbortSignal): Promise<number> {
  const page = await fetchMembers(session, query, { start: 1, num: query.kind === 'listing' ? 1 : 0, sortField: 'created', sortOrder: 'asc' }, signal);
  return page.total;
}

/** Custom role names and user type names, so rows can show names instead of ids. */
export const toMemberLookups = (roles: readonly ListedRole[], userTypes: readonly UserType[]): MemberLookups => ({
  roleNames: new Map(roles.map((role) => [role.id, role.name] as const)),
  userTypeNames: new Map(userTypes.map((type) => [type.id, type.name] as const)),
});

export function toMember(user: IUser): Member {
  return {
    username: user.username ?? '',
    fullName: user.fullName ?? '',
    email: user.email ?? '',
    role: user.role ?? '',
    roleId: user.roleId ?? undefined,
    userTypeId: (user as IUser & { userLicenseTypeId?: string }).userLicenseTypeId ?? undefined,
    lastLogin: typeof user.lastLogin === 'number' && user.lastLogin > 0 ? user.lastLogin : null,
    created: user.created ?? 0,
    disabled: user.disabled === true,
    provider: user.provider === 'enterprise' ? 'enterprise' : 'arcgis',
    idpUsername: user.idpUsername ?? '',
    ...creditFieldsOf(user),
    // Absent from portals without member categories (ArcGIS Enterprise before 11.0): left out, never shown as none.
    ...(Array.isArray((user as IUser & { categories?: unknown }).categories)
      ? { categories: (user as IUser & { categories: unknown[] }).categories.filter((path): path is string => typeof path === 'string') }
      : {}),
  };
}
