import { request } from '@esri/arcgis-rest-request';

import { fetchAllPages } from './fetch-all-pages';
import { seatsFromLicense } from './license-seats';
import { portalAdminRequest } from './portal-admin';
import type { PortalSession } from './portal-session';
import { fetchUserCounts } from './user-counts';

/**
 * A user type with what the portal reports about its seats. Every number is `null` when the portal did not report
 * it: unknown is said as "not reported by the portal" and never blocks an action (the portal decides, and its
 * refusal is shown).
 */
export type UserTypeSeats = {
  id: string;
  name: string;
  /** Seats bought: `portals/self` → `subscriptionInfo.userLicenseTypes[id]`; on Enterprise the licence's `maximumRegisteredMembers`. */
  purchased: number | null;
  /** Members holding the type: `portals/self/users/counts?type=userLicenseType`. */
  assigned: number | null;
  /** `purchased − assigned` (never below 0) when both are known. */
  left: number | null;
  /** The roles (built-in names or role ids) the type allows, only where the portal lists them; `null` = not reported. */
  compatibleRoles: string[] | null;
};

type UserTypeJson = { id: string; name?: string; compatibleRoles?: unknown };
type UserTypesPage = { userLicenseTypes?: UserTypeJson[]; nextStart: number };
type PortalJson = { isPortal?: boolean; subscriptionInfo?: { userLicenseTypes?: Record<string, unknown> } };

/** DOC license (Portal Administrator API): an Enterprise portal's seats per user type. */
async function licensedSeats(session: PortalSession, signal?: AbortSignal): Promise<Map<string, number>> {
  return seatsFromLicense(await portalAdminRequest<unknown>(session, 'license', { f: 'json' }, signal));
}

async function purchasedSeats(session: PortalSession, signal?: AbortSignal): Promise<Map<string, number>> {
  const portal = (await request(`${session.portal}/portals/self`, { httpMethod: 'GET', authentication: session, signal })) as PortalJson;
  if (portal.isPortal === true) return licensedSeats(session, signal);
  const seats = new Map<string, number>();
  for (const [id, value] of Object.entries(portal.subscriptionInfo?.userLicenseTypes ?? {})) {
    if (typeof value === 'number' && Number.isFinite(value)) seats.set(id, value);
  }
  return seats;
}

const settledOrNull = <T>(result: PromiseSettledResult<T>): T | null => (result.status === 'fulfilled' ? result.value : null);

/**
 * The organization's user types (`portals/self/userLicenseTypes`: only `id` and `name` are known to be there) with
 * seats from the resources that report them. Purchased seats and assigned counts are read each on their own: a
 * portal that lacks one (an older Enterprise, a non-administrator) still lists its user types.
 */
export async function fetchUserTypeSeats(session: PortalSession, signal?: AbortSignal): Promise<UserTypeSeats[]> {
  const [types, purchased, assigned] = await Promise.allSettled([
    fetchAllPages<UserTypesPage>(session, 'portals/self/userLicenseTypes', {}, signal),
    purchasedSeats(session, signal),
    fetchUserCounts(session, 'userLicenseType', signal),
  ]);
  if (types.status === 'rejected') throw types.reason;
  const bought = settledOrNull(purchased);
  const held = settledOrNull(assigned);
  return types.value.flatMap((page) =>
    (page.userLicenseTypes ?? []).map((type) => {
      const seats = bought?.get(type.id) ?? null;
      // A type the counts do not list has no members: the counts answered, so 0 is known, not guessed.
      const inUse = held ? (held.get(type.id) ?? 0) : null;
      return {
        id: type.id,
        name: type.name ?? type.id,
        purchased: seats,
        assigned: inUse,
        left: seats !== null && inUse !== null ? Math.max(0, seats - inUse) : null,
        compatibleRoles: Array.isArray(type.compatibleRoles) ? type.compatibleRoles.filter((role): role is string => typeof role === 'string') : null,
      };
    }),
  );
}
