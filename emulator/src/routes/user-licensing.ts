import type { FastifyInstance } from 'fastify';

import { assertPortalId } from './common';
import { userTypeSeats } from './license-info';
import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { roleRank } from '../store/privileges';
import { resolveRoleKey } from '../store/role-keys';
import { privilegesForRoleKey } from '../store/roles-repo';
import { findUserType } from '../store/user-types';
import { setRole, setUserType } from '../store/user-writes';
import { findUser, roleKeyOf } from '../store/users-repo';

/** Usernames per `updateUserLicenseType` request (our limit; the real one is undocumented). */
export const MAX_LICENSE_USERS_PER_REQUEST = 100;

type LicenseResult = { username: string; status: true } | { username: string; status: false; error: { code: number; message: string } };

/** `users` as a comma list or a JSON array. */
function readUsernames(value: string | undefined): string[] {
  const text = (value ?? '').trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed))
        return parsed
          .map(String)
          .map((name) => name.trim())
          .filter((name) => name !== '');
    } catch {
      throw arcgisErrors.badRequest("'users' is not a valid list.");
    }
  }
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** `portals/self/updateUserRole` and `portals/self/updateUserLicenseType`, with compatibility and seats enforced. */
export function registerUserLicensingRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/updateUserRole', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.changeUserRoles(caller));
    const user = findUser(context.store, params.get('user') ?? '');
    if (!user) throw arcgisErrors.userNotFound();
    if (can.isSelf(caller, user.username)) throw arcgisErrors.badRequest('You cannot change your own role.');
    const role = resolveRoleKey(context.store, params.get('role') ?? '');
    if (!role) throw arcgisErrors.badRequest(`Role '${params.get('role') ?? ''}' does not exist.`);
    const type = findUserType(user.usertype);
    if (type && roleRank(role.privileges) > type.maxRoleRank) {
      throw arcgisErrors.badRequest(`The role is not compatible with the user type '${type.name}' of user '${user.username}'. Change the user type first.`);
    }
    setRole(context.store, user.username, role.role, role.roleid, Date.now());
    return { success: true, username: user.username };
  });

  restRoute(app, context, 'portals/:portalId/updateUserLicenseType', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.manageLicenses(caller));
    const type = findUserType(params.get('userLicenseType') ?? '');
    if (!type) throw arcgisErrors.badRequest(`User type '${params.get('userLicenseType') ?? ''}' does not exist.`);
    const usernames = readUsernames(params.get('users'));
    if (usernames.length === 0) throw arcgisErrors.badRequest("'users' is required.");
    if (usernames.length > MAX_LICENSE_USERS_PER_REQUEST) {
      throw arcgisErrors.badRequest(`At most ${String(MAX_LICENSE_USERS_PER_REQUEST)} users can be updated in one request.`);
    }
    const store = context.store;
    return store.transaction(() => {
      const seat = userTypeSeats(context).find((s) => s.id === type.id);
      let seatsLeft = Math.max(0, (seat?.maxUsers ?? 0) - (seat?.assignedUsers ?? 0));
      const now = Date.now();
      const results: LicenseResult[] = usernames.map((name) => {
        const refuse = (message: string): LicenseResult => ({ username: name, status: false, error: { code: 400, message } });
        const user = findUser(store, name);
        if (!user) return refuse('User does not exist or is inaccessible.');
        if (user.usertype === type.id) return { username: user.username, status: true };
        if (roleRank(privilegesForRoleKey(store, roleKeyOf(user))) > type.maxRoleRank) {
          return refuse(`The user's role is not compatible with the user type '${type.name}'. Change the role first.`);
        }
        if (seatsLeft <= 0) return refuse(`No '${type.name}' licenses are available.`);
        seatsLeft -= 1;
        setUserType(store, user.username, type.id, type.level, now);
        return { username: user.username, status: true };
      });
      return { results };
    });
  });
}
