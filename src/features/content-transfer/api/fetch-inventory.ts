import type { PortalSession } from '@/lib/arcgis/portal-session';

import { fetchAllContent, fetchInvitationCount, fetchMemberProfile, fetchOwnedGroups, fetchUserTypeName } from './content-api';
import type { OffboardingInventory } from '../offboarding/offboarding-status';

/** A leaving member's whole inventory, read fresh from the portal (the wizard's start and its verification). */
export async function fetchInventory(session: PortalSession, username: string, signal?: AbortSignal): Promise<OffboardingInventory> {
  const [{ profile, groups, account }, content, ownedGroups, invitations, userTypeName] = await Promise.all([
    fetchMemberProfile(session, username, signal),
    fetchAllContent(session, username, signal),
    fetchOwnedGroups(session, username, signal),
    fetchInvitationCount(session, username, signal),
    fetchUserTypeName(session, username, signal),
  ]);
  const owned = new Set(ownedGroups.map((group) => group.id));
  return {
    member: profile,
    items: content.items,
    folders: content.folders,
    ownedGroups,
    memberships: groups.filter((group) => !owned.has(group.id)).map((group) => ({ id: group.id, title: group.title })),
    invitations,
    userTypeName,
    holdings: account,
  };
}
