import type { FastifyInstance } from 'fastify';

import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { ownerHasGroupTitled } from '../store/groups-repo';
import { groupsOwnedBy, reassignAllOwnership } from '../store/user-writes';
import { findUser } from '../store/users-repo';

const refusal = (message: string, details: unknown[] = []) => arcgisErrors.badRequest(`Unable to reassign user content. ${message}`, details);

/**
 * `community/users/{u}/reassign` (`targetUsername`): all of the member's items and groups go to another member
 * (the Python API's `User.reassign_to` and `User.delete(reassign_to=…)`, `Portal.reassign_user`; no REST doc).
 * Who may call is not documented: the emulator requires both `portal:admin:reassignItems` and
 * `portal:admin:reassignGroups`, the privileges of the per-item and per-group operations.
 */
export function registerUserReassignRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'community/users/:username/reassign', ({ caller, params, path }) => {
    const { store } = context;
    requireAllowed(can.reassignItems(caller) && can.reassignGroups(caller));
    const user = findUser(store, path.username ?? '');
    if (!user) throw arcgisErrors.userNotFound();
    const targetUsername = params.text('targetUsername');
    if (!targetUsername) throw refusal("'targetUsername' must be specified.");
    const target = findUser(store, targetUsername);
    if (!target) throw refusal(`Target user '${targetUsername}' does not exist or is inaccessible.`, [{ targetUsername }]);
    if (target.username.toLowerCase() === user.username.toLowerCase()) {
      throw refusal(`Target user '${target.username}' is the user whose content is being reassigned.`, [{ targetUsername: target.username }]);
    }
    if (target.disabled) throw refusal(`Target user '${target.username}' is disabled.`, [{ targetUsername: target.username, disabled: true }]);
    const clashes = groupsOwnedBy(store, user.username).filter((group) => ownerHasGroupTitled(store, target.username, group.title));
    if (clashes.length > 0) {
      throw refusal(
        `Target user '${target.username}' already owns groups with the same titles: ${clashes.map((group) => group.title).join(', ')}.`,
        clashes.map((group) => ({ groupId: group.id, groupTitle: group.title })),
      );
    }
    store.transaction(() => {
      reassignAllOwnership(store, user.username, target.username, Date.now());
    });
    return { success: true };
  });
}
