import { searchGroups, searchUsers } from '@esri/arcgis-rest-portal';
import { request } from '@esri/arcgis-rest-request';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { ListedRole } from '@/lib/arcgis/org-roles';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { builtInRoleLabels } from '@/lib/arcgis/role-labels';
import { systemUsersLeftOut } from '@/lib/arcgis/system-users';
import { fetchUserCounts } from '@/lib/arcgis/user-counts';
import type { UserSearchClauses } from '@/lib/arcgis/user-search-clauses';
import type { UserTypeSeats as PortalUserTypeSeats } from '@/lib/arcgis/user-type-seats';
import { mapWithConcurrency } from '@/lib/async/run-in-lanes';

import { membersHref } from '../members-href';
import { recencyBuckets } from '../recency-buckets';
import type { NewMember, OrganizationCounts, RecencyCount, RoleCount, UserTypeSeats } from '../types';

/** Counting requests in flight at once: enough to be quick, few enough not to look like a flood to the portal. */
const COUNT_CONCURRENCY = 6;

async function searchCount(session: PortalSession, q: string, signal?: AbortSignal): Promise<number> {
  const response = await searchUsers({ q, start: 1, num: 0, params: systemUsersLeftOut, authentication: session, signal });
  return response.total;
}

/** Members the organization listing (`portals/self/users`, documented) counts with these filters: exact, not capped. */
async function listingCount(session: PortalSession, filters: Record<string, string>, signal?: AbortSignal): Promise<number> {
  const answer = (await request(`${session.portal}/portals/self/users`, {
    httpMethod: 'GET',
    params: { ...filters, ...systemUsersLeftOut, start: 1, num: 1 },
    authentication: session,
    signal,
  })) as { total?: number };
  return answer.total ?? 0;
}

/**
 * Members per role, the same members the members table's role filter lists: from `portals/self/users/counts`
 * (one request, what Esri's own client reads), or where a portal lacks it, one listing total per role (`role=`).
 */
export async function fetchMembersByRole(session: PortalSession, listed: readonly ListedRole[], signal?: AbortSignal): Promise<RoleCount[]> {
  try {
    const roles = [
      ...(['org_admin', 'org_publisher', 'org_user'] as const).map((key) => ({ key, name: builtInRoleLabels[key] ?? key })),
      ...listed.map((role) => ({ key: role.id, name: role.name })),
    ];
    const counts = await fetchUserCounts(session, 'role', signal).catch(() => null);
    return await mapWithConcurrency(roles, COUNT_CONCURRENCY, async (role) => ({
      key: role.key,
      name: role.name,
      count: counts ? (counts.get(role.key) ?? 0) : await listingCount(session, { role: role.key }, signal),
    }));
  } catch (error) {
    throw toAppError(error);
  }
}

/** Seats per user type: bought (`subscriptionInfo`) and assigned (`users/counts`), each `null` when not reported. */
export const toOverviewSeats = (types: readonly PortalUserTypeSeats[]): UserTypeSeats[] =>
  types.map((type) => ({ id: type.id, name: type.name, seats: type.purchased, assigned: type.assigned }));

/**
 * Members per last-login bucket, each with the members-table link that shows exactly them; `null` when the portal's
 * member search does not honour `lastlogin:` (no evidence that any real portal does: it is probed).
 */
export async function fetchLoginRecency(session: PortalSession, now: number, clauses: UserSearchClauses, signal?: AbortSignal): Promise<RecencyCount[] | null> {
  try {
    if (!clauses.lastLogin) return null;
    return await mapWithConcurrency(recencyBuckets(now), COUNT_CONCURRENCY, async (bucket) => ({
      key: bucket.key,
      label: bucket.label,
      count: await searchCount(session, bucket.clause, signal),
      href: membersHref(bucket.filter),
    }));
  } catch (error) {
    throw toAppError(error);
  }
}

export async function fetchNewestMembers(session: PortalSession, howMany: number, signal?: AbortSignal): Promise<NewMember[]> {
  try {
    const response = await searchUsers({
      q: '*',
      start: 1,
      num: howMany,
      sortField: 'created',
      sortOrder: 'desc',
      params: systemUsersLeftOut,
      authentication: session,
      signal,
    });
    return response.results.map((user) => ({ username: user.username ?? '', fullName: user.fullName ?? '', created: user.created ?? 0 }));
  } catch (error) {
    throw toAppError(error);
  }
}

const settledOrNull = <T>(result: PromiseSettledResult<T>): T | null => (result.status === 'fulfilled' ? result.value : null);

/**
 * Totals, each read on its own so one a portal lacks (the `disabled:` clause, invitations on an older Enterprise)
 * leaves only its own number unknown: members (the listing's exact total), disabled members (a search, where the
 * portal honours `disabled:`), the organization's groups (`accountid:`, as Esri's own client scopes searches; a group
 * search counts up to 10,000) and pending invitations. The member total must answer; the others may be `null`.
 */
export async function fetchOrganizationCounts(
  session: PortalSession,
  orgId: string,
  clauses: UserSearchClauses,
  signal?: AbortSignal,
): Promise<OrganizationCounts> {
  try {
    const [members, disabled, groups, invitations] = await Promise.allSettled([
      listingCount(session, {}, signal),
      clauses.disabled ? searchCount(session, 'disabled:true', signal) : Promise.resolve(null),
      searchGroups({ q: `accountid:${orgId}`, start: 1, num: 0, authentication: session, signal }).then((answer) => answer.total),
      (
        request(`${session.portal}/portals/self/invitations`, {
          httpMethod: 'GET',
          params: { start: 1, num: 0 },
          authentication: session,
          signal,
        }) as Promise<{ total: number }>
      ).then((answer) => answer.total),
    ]);
    if (members.status === 'rejected') throw members.reason;
    return { members: members.value, disabled: settledOrNull(disabled), groups: settledOrNull(groups), pendingInvitations: settledOrNull(invitations) };
  } catch (error) {
    throw toAppError(error);
  }
}
