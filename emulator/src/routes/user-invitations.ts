import type { FastifyInstance } from 'fastify';

import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { deleteGroupInvitation, findGroupInvitation, pendingInvitationsOf, type GroupInvitationRow } from '../store/group-invitations-repo';
import { addMembership, groupCountOfUser, MAX_GROUPS_PER_USER, membershipOf } from '../store/groups-repo';
import { findUser, type UserRow } from '../store/users-repo';

function invitationJson(row: GroupInvitationRow, user: UserRow): Record<string, unknown> {
  return {
    id: row.id,
    targetType: 'group',
    targetId: row.group_id,
    received: row.created,
    accepted: false,
    mustApprove: false,
    email: user.email,
    role: row.role,
    type: 'user',
    dateAccepted: -1,
    expiration: row.expiration,
    created: row.created,
    username: user.username,
    fromUsername: { username: row.invited_by },
    groupId: row.group_id,
  };
}

const invitationNotFound = () => new ArcgisError({ code: 400, message: 'Invitation does not exist or is inaccessible.', details: [] });

function invitee(context: EmulatorContext, caller: Caller, username: string | undefined, selfOnly: boolean): UserRow {
  const user = findUser(context.store, username ?? '');
  if (!user) throw arcgisErrors.userNotFound();
  requireAllowed(can.isSelf(caller, user.username) || (!selfOnly && can.viewAllMembers(caller)));
  return user;
}

/** A member's pending group invitations: read by the member or an administrator; accepted or declined by the member. */
export function registerUserInvitationRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const { store } = context;

  restRoute(app, context, 'community/users/:username/invitations', ({ caller, path }) => {
    const user = invitee(context, caller, path.username, false);
    return { userInvitations: pendingInvitationsOf(store, user.username, Date.now()).map((row) => invitationJson(row, user)) };
  });

  restRoute(app, context, 'community/users/:username/invitations/:invitationId', ({ caller, path }) => {
    const user = invitee(context, caller, path.username, false);
    const row = findGroupInvitation(store, user.username, path.invitationId ?? '');
    if (!row || row.expiration <= Date.now()) throw invitationNotFound();
    return invitationJson(row, user);
  });

  for (const action of ['accept', 'decline'] as const) {
    restRoute(app, context, `community/users/:username/invitations/:invitationId/${action}`, ({ caller, path }) => {
      const user = invitee(context, caller, path.username, true);
      const row = findGroupInvitation(store, user.username, path.invitationId ?? '');
      if (!row || row.expiration <= Date.now()) throw invitationNotFound();
      store.transaction(() => {
        deleteGroupInvitation(store, row.id);
        if (action === 'decline' || membershipOf(store, row.group_id, user.username)) return;
        if (groupCountOfUser(store, user.username) >= MAX_GROUPS_PER_USER) {
          throw arcgisErrors.badRequest(`Unable to join the group: ${user.username} is in ${String(MAX_GROUPS_PER_USER)} groups already.`);
        }
        addMembership(store, row.group_id, user.username, row.role === 'group_admin' ? 'admin' : 'member', Date.now());
      });
      return { success: true, username: user.username, groupId: row.group_id, id: row.id };
    });
  }
}
