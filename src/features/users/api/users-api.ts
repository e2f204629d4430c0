import { searchUsers } from '@esri/arcgis-rest-portal';
import type { IUser } from '@esri/arcgis-rest-request';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import { fetchAllPages } from '@/lib/arcgis/fetch-all-pages';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { memberFilterClauses } from '../member-filters';
import { buildMemberSearchQuery } from '../member-search-query';
import type { Member, MemberListParams, MemberLookups, MembersPage } from '../types';

/** One page of org members from `portals/self/users/search`. ArcGIS paging is 1-based (`start`). */
export async function fetchMembersPage(
  session: PortalSession,
  params: MemberListParams,
  signal?: AbortSignal,
): Promise<MembersPage> {
  try {
    const response = await searchUsers({
      q: buildMemberSearchQuery(params.search, memberFilterClauses(params.filters, Date.now())),
      start: params.page * params.pageSize + 1,
      num: params.pageSize,
      sortField: params.sortField,
      sortOrder: params.sortOrder,
      authentication: session,
      signal,
    });
    return { members: response.results.map(toMember), total: response.total };
  } catch (error) {
    throw toAppError(error);
  }
}

/** How many members match `q`, without fetching any (num=0). */
export async function countMembers(session: PortalSession, q: string, signal?: AbortSignal): Promise<number> {
  try {
    const response = await searchUsers({ q, start: 1, num: 0, authentication: session, signal });
    return response.total;
  } catch (error) {
    throw toAppError(error);
  }
}

/** Up to 100 members matching `q` from `start` (1-based), oldest first; for exports. */
export async function fetchMembersForExport(
  session: PortalSession,
  q: string,
  start: number,
  signal?: AbortSignal,
): Promise<Member[]> {
  try {
    const response = await searchUsers({ q, start, num: 100, sortField: 'created', sortOrder: 'asc', authentication: session, signal });
    return response.results.map(toMember);
  } catch (error) {
    throw toAppError(error);
  }
}

type RolesResponse = { roles: { id: string; name: string }[]; nextStart: number };
type UserTypesResponse = { userLicenseTypes: { id: string; name: string }[]; nextStart: number };

/** Custom role names and user type names, so rows can show names instead of ids. */
export async function fetchMemberLookups(session: PortalSession, signal?: AbortSignal): Promise<MemberLookups> {
  try {
    const [roles, userTypes] = await Promise.all([
      fetchAllPages<RolesResponse>(session, 'portals/self/roles', {}, signal),
      fetchAllPages<UserTypesResponse>(session, 'portals/self/userLicenseTypes', {}, signal),
    ]);
    return {
      roleNames: new Map(roles.flatMap((page) => page.roles.map((role) => [role.id, role.name] as const))),
      userTypeNames: new Map(
        userTypes.flatMap((page) => page.userLicenseTypes.map((type) => [type.id, type.name] as const)),
      ),
    };
  } catch (error) {
    throw toAppError(error);
  }
}

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
  };
}
