import type { GroupRow, MemberType } from '../store/groups-repo';

export type Membership = { username: string; memberType: MemberType | 'none' };

/** A group as the portal returns it (fields of the rest-js group fixtures), optionally with `userMembership`. */
export function groupJson(group: GroupRow, orgId: string, membership?: Membership): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: group.id,
    title: group.title,
    isInvitationOnly: group.is_invitation_only === 1,
    owner: group.owner,
    description: group.description,
    snippet: group.snippet,
    tags: JSON.parse(group.tags) as string[],
    typeKeywords: [],
    phone: group.phone,
    sortField: group.sort_field,
    sortOrder: group.sort_order,
    isViewOnly: group.is_view_only === 1,
    isFav: false,
    isOpenData: false,
    thumbnail: group.thumbnail,
    created: group.created,
    modified: group.modified,
    provider: null,
    providerGroupName: null,
    isReadOnly: group.is_read_only === 1,
    access: group.access,
    capabilities: JSON.parse(group.capabilities) as string[],
    protected: group.protected === 1,
    autoJoin: group.auto_join === 1,
    notificationsEnabled: group.notifications_enabled === 1,
    orgId,
  };
  if (membership) json.userMembership = { username: membership.username, memberType: membership.memberType, applications: 0 };
  return json;
}
