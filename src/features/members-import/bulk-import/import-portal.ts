import { addGroupMembers } from '@/lib/arcgis/group-membership-writes';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import type { ImportPortal } from './execute-import';
import { createUsers, fetchMemberEmail, fetchOrganizationContext, sendInvitations } from '../api/import-api';

/** The requests a run sends: `portals/self/invite` on ArcGIS Online, one `createUser` per account on ArcGIS Enterprise. */
export function importPortal(session: PortalSession, onEnterprise: boolean): ImportPortal {
  return {
    invite: onEnterprise
      ? (invitations, signal) => createUsers(session, invitations, signal)
      : async (invitations, signal) => (await sendInvitations(session, invitations, signal)).map((username) => ({ username })),
    memberEmail: (username) => fetchMemberEmail(session, username),
    seatsLeft: async () => {
      const organization = await fetchOrganizationContext(session);
      return new Map((organization.userTypes ?? []).map((type) => [type.id, { name: type.name, seatsLeft: type.seatsLeft }]));
    },
    addToGroup: (groupId, usernames) => addGroupMembers(session, groupId, usernames),
  };
}
