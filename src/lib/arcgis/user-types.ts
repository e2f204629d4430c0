import { queryOptions } from '@tanstack/react-query';

import { toAppError } from './arcgis-error';
import { fetchAllPages } from './fetch-all-pages';
import type { PortalSession } from './portal-session';
import { fetchUserTypeSeats } from './user-type-seats';

/** A user type with the roles it allows where the portal lists them (`compatibleRoles`); `null` = not reported. */
export type UserType = { id: string; name: string; compatibleRoles: string[] | null };

type UserTypesPage = { userLicenseTypes?: { id: string; name?: string; compatibleRoles?: unknown }[]; nextStart: number };

/** Every page of `portals/self/userLicenseTypes` (only `id` and `name` are known to be there). */
export async function fetchUserTypes(session: PortalSession, signal?: AbortSignal): Promise<UserType[]> {
  try {
    const pages = await fetchAllPages<UserTypesPage>(session, 'portals/self/userLicenseTypes', {}, signal);
    return pages.flatMap((page) =>
      (page.userLicenseTypes ?? []).map((type) => ({
        id: type.id,
        name: type.name ?? type.id,
        compatibleRoles: Array.isArray(type.compatibleRoles) ? type.compatibleRoles.filter((role): role is string => typeof role === 'string') : null,
      })),
    );
  } catch (error) {
    throw toAppError(error);
  }
}

/** The organization's user types, cached once for every screen that needs them. */
export const userTypeQueries = {
  list: (session: PortalSession) =>
    queryOptions({ queryKey: ['user-types', 'list'], queryFn: ({ signal }) => fetchUserTypes(session, signal), staleTime: 60_000 }),
  /** Seats change with every assignment, so they are read afresh whenever a screen shows them. */
  seats: (session: PortalSession) =>
    queryOptions({
      queryKey: ['user-types', 'seats'],
      queryFn: ({ signal }) =>
        fetchUserTypeSeats(session, signal).catch((error: unknown) => {
          throw toAppError(error);
        }),
      staleTime: 0,
    }),
};
