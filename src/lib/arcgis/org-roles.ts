import { queryOptions } from '@tanstack/react-query';

import { toAppError } from './arcgis-error';
import { fetchAllPages } from './fetch-all-pages';
import type { PortalSession } from './portal-session';

/** A role `portals/self/roles` lists: Viewer, Data Editor and custom roles (the three base roles are not listed). */
export type ListedRole = { id: string; name: string; description: string; privileges: string[] };

type RolesPage = { roles?: { id: string; name?: string; description?: string; privileges?: string[] }[]; nextStart: number };

/** DOC roles: every page of `portals/self/roles`, with `returnPrivileges=true` so one read serves names and privileges. */
export async function fetchListedRoles(session: PortalSession, signal?: AbortSignal): Promise<ListedRole[]> {
  try {
    const pages = await fetchAllPages<RolesPage>(session, 'portals/self/roles', { returnPrivileges: true }, signal);
    return pages.flatMap((page) =>
      (page.roles ?? []).map((role) => ({ id: role.id, name: role.name ?? role.id, description: role.description ?? '', privileges: role.privileges ?? [] })),
    );
  } catch (error) {
    throw toAppError(error);
  }
}

/** The organization's listed roles, cached once for every screen (members, roles, overview); role writes refresh it. */
export const orgRoleQueries = {
  listed: (session: PortalSession) =>
    queryOptions({ queryKey: ['portal-roles', 'listed'], queryFn: ({ signal }) => fetchListedRoles(session, signal), staleTime: 60_000 }),
};
