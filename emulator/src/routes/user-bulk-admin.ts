import type { FastifyInstance } from 'fastify';

import { assertPortalId } from './common';
import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { setDisabled } from '../store/user-writes';
import { findUser } from '../store/users-repo';

/** Members per `disableUsers`/`enableUsers` call: the Python API sends them 25 at a time (`UserManager.disable_users`). */
export const MAX_BULK_USERS = 25;

type BulkResult = { username: string; status: true } | { username: string; status: false; error: { code: number; message: string } };

/**
 * `portals/self/disableUsers` and `portals/self/enableUsers` (Python API `UserManager.disable_users`/`enable_users`):
 * `users` comma list → `{results:[{username, status}]}`, one result per name in request order; `status: false` with an
 * `error` for an unknown member or oneself. Needs `portal:admin:disableUsers`, as the single-member operations.
 */
export function registerUserBulkAdminRoutes(app: FastifyInstance, context: EmulatorContext): void {
  for (const action of ['disable', 'enable'] as const) {
    restRoute(app, context, `portals/:portalId/${action}Users`, ({ caller, params, path }) => {
      assertPortalId(context, path.portalId);
      requireAllowed(can.disableUsers(caller));
      const usernames = (params.get('users') ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '');
      if (usernames.length === 0) throw arcgisErrors.badRequest("'users' must be specified.");
      if (usernames.length > MAX_BULK_USERS) {
        throw new ArcgisError({
          code: 400,
          messageCode: 'ORG_3100',
          message: 'Exceeded maximum number of users allowed per call.',
          details: [`At most ${String(MAX_BULK_USERS)} users per request; this one has ${String(usernames.length)}.`],
        });
      }
      const { store } = context;
      return store.transaction(() => {
        const now = Date.now();
        const results: BulkResult[] = usernames.map((name) => {
          const refuse = (message: string): BulkResult => ({ username: name, status: false, error: { code: 400, message } });
          const user = findUser(store, name);
          if (!user) return refuse('User does not exist or is inaccessible.');
          if (can.isSelf(caller, user.username)) return refuse(`You cannot ${action} your own account.`);
          setDisabled(store, user.username, action === 'disable', now);
          return { username: user.username, status: true };
        });
        return { results };
      });
    });
  }
}
