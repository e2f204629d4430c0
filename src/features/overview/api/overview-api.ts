import { searchGroups, searchUsers } from '@esri/arcgis-rest-portal';
import { request } from '@esri/arcgis-rest-request';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import { fetchAllPages } from '@/lib/arcgis/fetch-all-pages';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { builtInRoleLabels } from '@/lib/arcgis/role-labels';

import { mapWithConcurrency } from '@/lib/async/run-in-lanes';
import { membersHref } from '../members-href';
import { recencyBuckets } from '../recency-buckets';
import type { NewMember, OrganizationCounts, RecencyCount, RoleCount, UserTypeSeats } from '../types';

/** Counting searches in flight at once: enough to be quick, few enough not to look like a flood to the portal. */
const COUNT_CONCURRENCY = 6;

async function count(session: PortalSession, q: string, signal?: AbortSignal): Promise<number> {
  const response = await searchUsers({ q, start: 1, num: 0, authentication: session, signal });
  return response.total;
}

type RolesResponse = { roles: { id: string; name: string }[]; nextStart: number };
type UserTypesResponse = { userLicenseTypes: { id: string; name: string; maxUsers?: number; assignedUsers?: number }[]; nextStart: number };

/**
 * Members per role: built-in roles exclude custom-role members (who report a built-in `role` plus a `roleId`),
 * custom roles are found by id — the same queries the members table's role filter sends.
 */
export async function fetchMembersByRole(session: PortalSession, signal?: AbortSignal): Promise<RoleCount[]> {
  try {
    const pages = await fetchAllPages<RolesResponse>(session, 'portals/self/roles', {}, signal);
    const roles = [
      ...(['org_admin', 'org_publisher', 'org_user'] as const).map((key) => ({ key, name: builtInRoleLabels[key] ?? key, q: `(role:${key} AND NOT roleid:*)` })),
      ...pages.flatMap((page) => page.roles.map((role) => ({ key: role.id, name: role.name, q: `roleid:${role.id}` }))),
    ];
    return await mapWithConcurrency(roles, COUNT_CONCURRENCY, async (role) => ({
      key: role.key,
      name: role.name,
      count: await count(session, role.q, signal),
    }));
  } catch (error) {
    throw toAppError(error);
  }
}

/** Seats per user type from `portals/self/userLicenseTypes` (`maxUsers` bought, `assignedUsers` in use). */
export async function fetchUserTypeSeats(session: PortalSession, signal?: AbortSignal): Promise<UserTypeSeats[]> {
  try {
    const pages = await fetchAllPages<UserTypesResponse>(session, 'portals/self/userLicenseTypes', {}, signal);
    return pages.flatMap((page) =>
      page.userLicenseTypes.map((type) => ({ id: type.id, name: type.name, seats: type.maxUsers ?? 0, assigned: type.assignedUsers ?? 0 })),
    );
  } catch (error) {
    throw toAppError(error);
  }
}

/** Members per last-login bucket, each with the members-table link that shows exactly them. */
export async function fetchLoginRecency(session: PortalSession, now: number, signal?: AbortSignal): Promise<RecencyCount[]> {
  try {
    return await mapWithConcurrency(recencyBuckets(now), COUNT_CONCURRENCY, async (bucket) => ({
      key: bucket.key,
      label: bucket.label,
      count: await count(session, bucket.clause, signal),
      href: membersHref(bucket.filter),
    }));
  } catch (error) {
    throw toAppError(error);
  }
}

export async function fetchNewestMembers(session: PortalSession, howMany: number, signal?: AbortSignal): Promise<NewMember[]> {
  try {
    const response = await searchUsers({ q: '*', start: 1, num: howMany, sortField: 'created', sortOrder: 'desc', authentication: session, signal });
    return response.results.map((user) => ({ username: user.username ?? '', fullName: user.fullName ?? '', created: user.created ?? 0 }));
  } catch (error) {
    throw toAppError(error);
  }
}

/** Totals: members, disabled members, the organization's groups (`orgid:` keeps other orgs' public groups out), pending invitations. */
export async function fetchOrganizationCounts(session: PortalSession, orgId: string, signal?: AbortSignal): Promise<OrganizationCounts> {
  try {
    const [members, disabled, groups, invitations] = await Promise.all([
      count(session, '*', signal),
      count(session, 'disabled:true', signal),
      searchGroups({ q: `orgid:${orgId}`, start: 1, num: 0, authentication: session, signal }),
      request(`${session.portal}/portals/self/invitations`, {
        httpMethod: 'GET',
        params: { start: 1, num: 0 },
        authentication: session,
        signal,
      }) as Promise<{ total: number }>,
    ]);
    return { members, disabled, groups: groups.total, pendingInvitations: invitations.total };
  } catch (error) {
    throw toAppError(error);
  }
}
