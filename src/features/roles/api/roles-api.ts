import { request } from '@esri/arcgis-rest-request';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { ListedRole } from '@/lib/arcgis/org-roles';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { systemUsersLeftOut } from '@/lib/arcgis/system-users';

import { builtInRoles, defaultRoleIds, isBuiltInRoleKey } from '../built-in-roles';
import { roleListingParams } from '../role-member-query';
import type { Role, RoleDraft, RoleMembersPage, RoleSaveResult } from '../types';

type PortalRole = { id: string; name: string; description?: string; privileges?: string[] };

function builtIn(): Role[] {
  return builtInRoles.map((role) => ({ ...role, kind: 'built-in', privileges: [...role.privileges] }));
}

function toRole(role: PortalRole, privileges: string[]): Role {
  return {
    key: role.id,
    name: role.name,
    description: role.description ?? '',
    kind: defaultRoleIds.has(role.id) ? 'default' : 'custom',
    privileges,
  };
}

/** Built-in roles, then the listed ones (`portals/self/roles`: Viewer, Data Editor, custom roles) with their privileges. */
export const toRoles = (listed: ListedRole[]): Role[] => [...builtIn(), ...listed.map((role) => toRole(role, role.privileges))];

/** One role: built-in roles from the portal's defaults, others from `roles/{id}` and `roles/{id}/privileges`. */
export async function fetchRole(session: PortalSession, key: string, signal?: AbortSignal): Promise<Role> {
  const known = builtIn().find((role) => role.key === key);
  if (known) return known;
  try {
    const base = `${session.portal}/portals/self/roles/${encodeURIComponent(key)}`;
    const [role, privileges] = await Promise.all([
      request(base, { httpMethod: 'GET', authentication: session, signal }) as Promise<PortalRole>,
      request(`${base}/privileges`, { httpMethod: 'GET', authentication: session, signal }) as Promise<{ privileges: string[] }>,
    ]);
    return toRole(role, privileges.privileges);
  } catch (error) {
    throw toAppError(error);
  }
}

type ListingJson = { total?: number; users?: { username?: string; fullName?: string; lastLogin?: number }[] };

/** The organization listing filtered by the role (documented `role=` parameter): exact totals, as the members table's role filter. */
async function listRoleMembers(session: PortalSession, key: string, start: number, num: number, signal?: AbortSignal) {
  return (await request(`${session.portal}/portals/self/users`, {
    httpMethod: 'GET',
    params: { ...roleListingParams(key), ...systemUsersLeftOut, start, num, sortField: 'username', sortOrder: 'asc' },
    authentication: session,
    signal,
  })) as ListingJson;
}

/** How many members hold the role. */
export async function countRoleMembers(session: PortalSession, key: string, signal?: AbortSignal): Promise<number> {
  try {
    return (await listRoleMembers(session, key, 1, 1, signal)).total ?? 0;
  } catch (error) {
    throw toAppError(error);
  }
}

/** One page of the role's members by username; `page` is 0-based (ArcGIS `start` is 1-based). */
export async function fetchRoleMembers(session: PortalSession, key: string, page: number, pageSize: number, signal?: AbortSignal): Promise<RoleMembersPage> {
  try {
    const response = await listRoleMembers(session, key, page * pageSize + 1, pageSize, signal);
    return {
      total: response.total ?? 0,
      members: (response.users ?? []).map((user) => ({
        username: user.username ?? '',
        fullName: user.fullName ?? '',
        lastLogin: typeof user.lastLogin === 'number' && user.lastLogin > 0 ? user.lastLogin : null,
      })),
    };
  } catch (error) {
    throw toAppError(error);
  }
}

async function setPrivileges(session: PortalSession, id: string, privileges: string[]): Promise<void> {
  await request(`${session.portal}/portals/self/roles/${encodeURIComponent(id)}/setPrivileges`, {
    params: { privileges: JSON.stringify({ privileges }) },
    authentication: session,
  });
}

/**
 * `createRole` then `setPrivileges` (the portal takes them in two calls). When the portal refuses the privileges the
 * new role is deleted again, so a refusal leaves nothing behind and the editor shows the portal's reason. Only when
 * that delete fails too does the role stay without privileges (`incomplete`), and the editor says so.
 */
export async function createRole(session: PortalSession, draft: RoleDraft): Promise<RoleSaveResult> {
  let roleId: string;
  try {
    const created = (await request(`${session.portal}/portals/self/createRole`, {
      params: { name: draft.name.trim(), description: draft.description.trim() },
      authentication: session,
    })) as { id: string };
    roleId = created.id;
  } catch (error) {
    throw toAppError(error);
  }
  try {
    await setPrivileges(session, roleId, draft.privileges);
    return { roleId };
  } catch (error) {
    const refusal = toAppError(error);
    const isUndone = await deleteRole(session, roleId).then(
      () => true,
      () => false,
    );
    if (isUndone) throw refusal;
    return { roleId, incomplete: `The role “${draft.name.trim()}” was created, but its privileges were not set: ${refusal.message}` };
  }
}

/**
 * Privileges first (`setPrivileges`, the step the portal may refuse: holders whose user type cannot carry them), then
 * `roles/{id}/update` (name, description). A refused privilege change leaves the role exactly as it was; a refused
 * rename after new privileges were set puts the previous privileges back, so a save is all or nothing.
 */
export async function updateRole(
  session: PortalSession,
  id: string,
  draft: RoleDraft,
  change: { privilegesBefore: readonly string[]; privilegesChanged: boolean; textChanged: boolean },
): Promise<RoleSaveResult> {
  if (isBuiltInRoleKey(id)) throw new Error('Built-in roles cannot be changed.');
  if (change.privilegesChanged) {
    try {
      await setPrivileges(session, id, draft.privileges);
    } catch (error) {
      throw toAppError(error);
    }
  }
  if (!change.textChanged) return { roleId: id };
  try {
    await request(`${session.portal}/portals/self/roles/${encodeURIComponent(id)}/update`, {
      params: { name: draft.name.trim(), description: draft.description.trim() },
      authentication: session,
    });
    return { roleId: id };
  } catch (error) {
    const refusal = toAppError(error);
    if (change.privilegesChanged) {
      const isRestored = await setPrivileges(session, id, [...change.privilegesBefore]).then(
        () => true,
        () => false,
      );
      if (!isRestored) return { roleId: id, incomplete: `The new privileges were set, but the name and description were not saved: ${refusal.message}` };
    }
    throw refusal;
  }
}

export async function deleteRole(session: PortalSession, id: string): Promise<void> {
  try {
    await request(`${session.portal}/portals/self/roles/${encodeURIComponent(id)}/delete`, { authentication: session });
  } catch (error) {
    throw toAppError(error);
  }
}
