import type { FastifyInstance } from 'fastify';

import { isValidEmail, MAX_DESCRIPTION_LENGTH } from './invite';
import { applyPasswordUpdate } from './user-password';
import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { restRoute } from '../plugins/rest-route';
import { deleteBlocker, deleteUser, setDisabled, updateProfile, type ProfileUpdate } from '../store/user-writes';
import { ESRI_ACCESS, findUser, type EsriAccess, type UserRow } from '../store/users-repo';

const ACCESS = new Set(['private', 'org', 'public']);
const UNITS = new Set(['english', 'metric']);
const MAX_NAME_LENGTH = 128;

function targetUser(context: EmulatorContext, username: string | undefined): UserRow {
  const user = findUser(context.store, username ?? '');
  if (!user) throw arcgisErrors.userNotFound();
  return user;
}

function plain(params: Params, name: string): string | undefined {
  const value = params.get(name);
  return value === undefined ? undefined : value.trim();
}

const isEsriAccess = (value: string): value is EsriAccess => (ESRI_ACCESS as readonly string[]).includes(value);

/**
 * Reads and checks the profile fields of `community/users/{u}/update`; the username never changes. `userType` (Esri
 * access, `arcgisonly`|`both`; PY `User.esri_access`) only from administrators who may update members (403 otherwise).
 */
function readProfileUpdate(params: Params, user: UserRow, caller: Caller): ProfileUpdate {
  const update: ProfileUpdate = {};
  const firstname = plain(params, 'firstname');
  const lastname = plain(params, 'lastname');
  const fullname = plain(params, 'fullname');
  for (const [name, value] of [
    ['firstname', firstname],
    ['lastname', lastname],
    ['fullname', fullname],
  ] as const) {
    if (value === undefined) continue;
    if (value.length > MAX_NAME_LENGTH) throw arcgisErrors.badRequest(`'${name}' must be at most ${String(MAX_NAME_LENGTH)} characters.`);
    update[name] = value;
  }
  if (fullname === undefined && (firstname !== undefined || lastname !== undefined)) {
    update.fullname = `${firstname ?? user.firstname} ${lastname ?? user.lastname}`.trim();
  }
  if (update.fullname === '') throw arcgisErrors.badRequest("'fullname' must not be empty.");
  const email = plain(params, 'email');
  if (email !== undefined) {
    if (!isValidEmail(email)) throw arcgisErrors.badRequest(`'${email}' is not a valid email address.`);
    update.email = email;
  }
  const description = params.get('description');
  if (description !== undefined) {
    if (description.length > MAX_DESCRIPTION_LENGTH) {
      throw arcgisErrors.badRequest(`'description' must be at most ${String(MAX_DESCRIPTION_LENGTH)} characters.`);
    }
    update.description = description;
  }
  const tags = params.get('tags');
  if (tags !== undefined) {
    update.tags = JSON.stringify(
      tags
        .split(',')
        .map((tag) => tag.trim())
        .filter((tag) => tag !== ''),
    );
  }
  const access = plain(params, 'access')?.toLowerCase();
  if (access !== undefined) {
    if (!ACCESS.has(access)) throw arcgisErrors.badRequest("'access' must be private, org or public.");
    update.access = access;
  }
  const units = plain(params, 'units')?.toLowerCase();
  if (units !== undefined) {
    if (!UNITS.has(units)) throw arcgisErrors.badRequest("'units' must be english or metric.");
    update.units = units;
  }
  const culture = plain(params, 'culture');
  if (culture !== undefined) update.culture = culture;
  const region = plain(params, 'region');
  if (region !== undefined) update.region = region;
  const userType = plain(params, 'userType')?.toLowerCase();
  if (userType !== undefined) {
    requireAllowed(can.updateUsers(caller));
    if (!isEsriAccess(userType)) throw arcgisErrors.badRequest("'userType' must be arcgisonly or both.");
    update.esri_access = userType;
  }
  return update;
}

function refuseSelf(caller: Caller, user: UserRow, action: string): void {
  if (can.isSelf(caller, user.username)) throw arcgisErrors.badRequest(`You cannot ${action} your own account.`);
}

/** Profile update, disable/enable and delete of one member (`community/users/{u}/…`). */
export function registerUserAdminRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'community/users/:username/update', async ({ caller, params, path }) => {
    const user = targetUser(context, path.username);
    requireAllowed(can.isSelf(caller, user.username) || can.updateUsers(caller));
    const update = readProfileUpdate(params, user, caller);
    await applyPasswordUpdate(context, params, user, caller);
    updateProfile(context.store, user.username, update, Date.now());
    return { success: true, username: user.username };
  });

  for (const action of ['disable', 'enable'] as const) {
    restRoute(app, context, `community/users/:username/${action}`, ({ caller, path }) => {
      const user = targetUser(context, path.username);
      requireAllowed(can.disableUsers(caller));
      refuseSelf(caller, user, action);
      setDisabled(context.store, user.username, action === 'disable', Date.now());
      return { success: true, username: user.username };
    });
  }

  restRoute(app, context, 'community/users/:username/delete', ({ caller, path }) => {
    const user = targetUser(context, path.username);
    requireAllowed(can.deleteUsers(caller));
    refuseSelf(caller, user, 'delete');
    const blocker = deleteBlocker(context.store, user);
    if (blocker) throw arcgisErrors.badRequest(blocker.message, blocker.details);
    deleteUser(context.store, user.username);
    return { success: true, username: user.username };
  });
}
