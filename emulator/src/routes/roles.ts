import type { FastifyInstance } from 'fastify';

import { assertPortalId } from './common';
import { ArcgisError } from '../plugins/arcgis-error';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { pageWindow, readPaging } from '../store/paging';
import { findRole, listRoles, rolePrivileges, type RoleRow } from '../store/roles-repo';

function roleJson(role: RoleRow, withPrivileges: boolean): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: role.id,
    name: role.name,
    description: role.description,
    created: role.created,
    modified: role.modified,
  };
  if (withPrivileges) json.privileges = rolePrivileges(role);
  return json;
}

const roleNotFound = () => new ArcgisError({ code: 400, message: 'Role does not exist or is inaccessible.', details: [] });

/** Viewer, Data Editor and custom roles; the built-in org_admin/org_publisher/org_user are not listed. */
export function registerRoleRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/roles', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.viewAllMembers(caller));
    const roles = listRoles(context.store);
    const paging = readPaging(params.get('start'), params.get('num'));
    const window = pageWindow(paging, roles.length);
    return {
      total: roles.length,
      start: paging.start,
      num: paging.num,
      nextStart: window.nextStart,
      roles: roles.slice(window.offset, window.offset + window.limit).map((role) => roleJson(role, params.bool('returnPrivileges'))),
    };
  });

  restRoute(app, context, 'portals/:portalId/roles/:roleId', ({ caller, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.viewAllMembers(caller));
    const role = findRole(context.store, path.roleId ?? '');
    if (!role) throw roleNotFound();
    return roleJson(role, false);
  });

  restRoute(app, context, 'portals/:portalId/roles/:roleId/privileges', ({ caller, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.viewAllMembers(caller));
    const role = findRole(context.store, path.roleId ?? '');
    if (!role) throw roleNotFound();
    return { privileges: rolePrivileges(role) };
  });
}
