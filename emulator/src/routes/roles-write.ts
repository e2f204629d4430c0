import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';

import { assertPortalId } from './common';
import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { ALL_PRIVILEGES, DATA_EDITOR_ROLE_ID, roleRank, VIEWER_ROLE_ID } from '../store/privileges';
import {
  countRoleMembers,
  deleteRole,
  findRole,
  insertRole,
  isRoleNameTaken,
  roleMembersByType,
  setRolePrivileges,
  updateRoleText,
  type RoleRow,
} from '../store/roles-repo';
import { USER_TYPES } from '../store/user-types';

export const MAX_ROLE_NAME_LENGTH = 128;
export const MAX_ROLE_DESCRIPTION_LENGTH = 250;
/** Names people already use for the built-in roles; a custom role may not take them. */
const RESERVED_ROLE_NAMES = ['administrator', 'publisher', 'user'];
const PROTECTED_ROLE_IDS = new Set([VIEWER_ROLE_ID, DATA_EDITOR_ROLE_ID]);
const KNOWN_PRIVILEGES = new Set(ALL_PRIVILEGES);
const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function newRoleId(): string {
  return Array.from(randomBytes(16), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

const roleNotFound = () => new ArcgisError({ code: 400, message: 'Role does not exist or is inaccessible.', details: [] });

function existingRole(context: EmulatorContext, roleId: string | undefined): RoleRow {
  const role = findRole(context.store, roleId ?? '');
  if (!role) throw roleNotFound();
  return role;
}

function refuseProtected(role: RoleRow, action: string): void {
  if (PROTECTED_ROLE_IDS.has(role.id)) {
    throw arcgisErrors.badRequest(`Unable to ${action} role: ${role.name} is a default role and cannot be changed.`);
  }
}

/** Name and description rules of `createRole` and `update`; `name` undefined = unchanged (update only). */
function checkText(context: EmulatorContext, action: string, name: string | undefined, description: string | undefined, roleId?: string): void {
  const fail = (reason: string) => arcgisErrors.badRequest(`Unable to ${action} role: ${reason}`);
  if (name !== undefined) {
    if (name === '') throw fail('name is required.');
    if (name.length > MAX_ROLE_NAME_LENGTH) throw fail(`name is longer than ${String(MAX_ROLE_NAME_LENGTH)} characters.`);
    if (RESERVED_ROLE_NAMES.includes(name.toLowerCase())) throw fail(`"${name}" is the name of a default role.`);
    if (isRoleNameTaken(context.store, name, roleId)) throw fail(`a role named "${name}" already exists.`);
  }
  if (description !== undefined && description.length > MAX_ROLE_DESCRIPTION_LENGTH) {
    throw fail(`description is longer than ${String(MAX_ROLE_DESCRIPTION_LENGTH)} characters.`);
  }
}

/** `privileges` = JSON `{"privileges":[…]}` (a bare array is accepted too); unknown strings are refused. */
export function parsePrivileges(value: string | undefined): string[] {
  const fail = (reason: string, details: unknown[] = []) => arcgisErrors.badRequest(`Unable to set privileges: ${reason}`, details);
  if (value === undefined || value.trim() === '') throw fail('privileges is required.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw fail('privileges is not valid JSON.');
  }
  const list: unknown = Array.isArray(parsed) ? parsed : (parsed as { privileges?: unknown } | null)?.privileges;
  if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string')) {
    throw fail('privileges must be {"privileges":["portal:user:joinGroup", …]}.');
  }
  const unknown = list.filter((entry) => !KNOWN_PRIVILEGES.has(entry));
  if (unknown.length > 0) throw fail(`unknown privilege${unknown.length === 1 ? '' : 's'} ${unknown.join(', ')}.`, unknown);
  return [...new Set(list)];
}

/** Members keep their user type: privileges their licence cannot carry are refused, naming the types. */
function refuseIncompatible(context: EmulatorContext, role: RoleRow, privileges: readonly string[]): void {
  const rank = roleRank(privileges);
  const blocked = [...roleMembersByType(context.store, role.id)].flatMap(([typeId, count]) => {
    const type = USER_TYPES.find((t) => t.id === typeId);
    return type && type.maxRoleRank < rank ? [{ name: type.name, count }] : [];
  });
  if (blocked.length === 0) return;
  const total = blocked.reduce((sum, entry) => sum + entry.count, 0);
  throw arcgisErrors.badRequest(
    `Unable to set privileges: ${String(total)} member${total === 1 ? '' : 's'} holding ${role.name} ${total === 1 ? 'has a user type' : 'have user types'} that cannot carry these privileges (${blocked.map((b) => `${b.name}: ${String(b.count)}`).join(', ')}).`,
  );
}

/** Custom roles: create, rename/describe, set privileges, delete. All need `portal:admin:manageRoles`. */
export function registerRoleWriteRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/createRole', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.manageRoles(caller));
    const name = params.get('name')?.trim() ?? '';
    const description = params.get('description')?.trim() ?? '';
    checkText(context, 'create', name, description);
    const id = newRoleId();
    insertRole(context.store, { id, name, description, privileges: [], now: Date.now() });
    return { success: true, id };
  });

  restRoute(app, context, 'portals/:portalId/roles/:roleId/update', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.manageRoles(caller));
    const role = existingRole(context, path.roleId);
    refuseProtected(role, 'update');
    const name = params.get('name')?.trim();
    const description = params.get('description')?.trim();
    checkText(context, 'update', name, description, role.id);
    updateRoleText(context.store, role.id, { name, description }, Date.now());
    return { success: true };
  });

  restRoute(app, context, 'portals/:portalId/roles/:roleId/setPrivileges', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.manageRoles(caller));
    const role = existingRole(context, path.roleId);
    refuseProtected(role, 'update');
    const privileges = parsePrivileges(params.get('privileges'));
    refuseIncompatible(context, role, privileges);
    setRolePrivileges(context.store, role.id, privileges, Date.now());
    return { success: true };
  });

  restRoute(app, context, 'portals/:portalId/roles/:roleId/delete', ({ caller, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.manageRoles(caller));
    const role = existingRole(context, path.roleId);
    refuseProtected(role, 'delete');
    const members = countRoleMembers(context.store, role.id);
    if (members > 0) {
      throw arcgisErrors.badRequest(
        `Unable to delete role: ${String(members)} member${members === 1 ? ' holds' : 's hold'} ${role.name}. Assign them another role first.`,
        [`members: ${String(members)}`],
      );
    }
    deleteRole(context.store, role.id);
    return { success: true };
  });
}
