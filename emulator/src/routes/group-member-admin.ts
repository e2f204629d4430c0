import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';

import { MAX_USERS_PER_GROUP_CALL, tooManyUsers, usernameList, visibleGroup } from './groups';
import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { insertGroupInvitation } from '../store/group-invitations-repo';
import { addMembership, groupCountOfUser, MAX_GROUPS_PER_USER, membershipOf, setMemberType } from '../store/groups-repo';
import { findUser } from '../store/users-repo';

/** Invitation lifetimes the portal offers, in minutes (1 day, 3 days, 1 week, 2 weeks). */
export const GROUP_INVITE_EXPIRATIONS = [1440, 4320, 10080, 20160] as const;
/** Our default when `expiration` is not sent (the docs name no default). */
const DEFAULT_INVITE_EXPIRATION = 20160;

export function registerGroupMemberAdminRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const { store } = context;

  // Promote (`admins=`) or demote (`users=`) existing members; the owner never changes here.
  restRoute(app, context, 'community/groups/:groupId/updateUsers', ({ caller, params, path }) => {
    const { group, memberType } = visibleGroup(context, caller, path.groupId ?? '');
    requireAllowed(memberType === 'owner' || memberType === 'admin' || can.updateGroups(caller) || can.assignToGroups(caller));
    const admins = usernameList(params, 'admins');
    const users = usernameList(params, 'users');
    if (admins.length + users.length === 0) throw arcgisErrors.badRequest("Unable to update group members. Specify 'admins' or 'users'.");
    return store.transaction(() => ({
      results: [
        ...admins.map((username) => ({ username, success: setMemberType(store, group.id, username, 'admin') })),
        ...users.map((username) => ({ username, success: setMemberType(store, group.id, username, 'member') })),
      ],
    }));
  });

  /*
   * Administrators who may assign members to groups add invited members at once (as the portal does); a group
   * owner or manager without that privilege creates pending invitations the member accepts or declines.
   */
  restRoute(app, context, 'community/groups/:groupId/invite', ({ caller, params, path }) => {
    const { group, memberType } = visibleGroup(context, caller, path.groupId ?? '');
    requireAllowed(memberType === 'owner' || memberType === 'admin' || can.assignToGroups(caller));
    const users = usernameList(params, 'users');
    if (users.length === 0) throw arcgisErrors.badRequest("Unable to invite users. The 'users' parameter is required.");
    if (users.length > MAX_USERS_PER_GROUP_CALL) throw tooManyUsers();
    const role = (params.text('role') ?? 'group_member').toLowerCase();
    if (role !== 'group_member' && role !== 'group_admin') {
      throw arcgisErrors.badRequest(`Invalid role '${role}'. Use group_member or group_admin.`);
    }
    const expiration = params.text('expiration');
    if (expiration !== undefined && !GROUP_INVITE_EXPIRATIONS.includes(Number(expiration) as (typeof GROUP_INVITE_EXPIRATIONS)[number])) {
      throw arcgisErrors.badRequest('Invalid expiration. Use 1440, 4320, 10080 or 20160 minutes.');
    }
    const addsDirectly = can.assignToGroups(caller);
    const lifetimeMinutes = Number(expiration ?? DEFAULT_INVITE_EXPIRATION);
    store.transaction(() => {
      const now = Date.now();
      for (const requested of users) {
        const user = findUser(store, requested);
        if (!user || membershipOf(store, group.id, user.username)) continue;
        if (!addsDirectly) {
          insertGroupInvitation(store, {
            id: randomBytes(16).toString('hex'),
            group_id: group.id,
            username: user.username,
            role,
            invited_by: caller.user.username,
            created: now,
            expiration: now + lifetimeMinutes * 60_000,
          });
          continue;
        }
        if (groupCountOfUser(store, user.username) >= MAX_GROUPS_PER_USER) continue;
        addMembership(store, group.id, user.username, role === 'group_admin' ? 'admin' : 'member', now);
      }
    });
    return { success: true, groupId: group.id };
  });
}
