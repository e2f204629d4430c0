import type { IUser } from '@esri/arcgis-rest-request';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import type { MemberContentSummary, MemberDetails, MemberGroup, MemberInvitation } from '../types';
import { get, userPath } from './portal-request';
import { toMember } from './users-api';

type UserJson = IUser & {
  userLicenseTypeId?: string;
  mfaEnabled?: boolean;
  storageUsage?: number;
  storageQuota?: number;
  groups?: { id: string; title: string; access: string; userMembership?: { memberType?: string } }[];
};

/** One member with privileges and groups (`community/users/{u}`); privileges fall back to the role's list. */
export async function fetchMemberDetails(session: PortalSession, username: string, signal?: AbortSignal): Promise<MemberDetails> {
  try {
    const user = await get<UserJson>(session, userPath(session, username), {}, signal);
    let privileges = user.privileges ?? null;
    if (!privileges && user.roleId) {
      const role = await get<{ privileges?: string[] }>(
        session,
        `${session.portal}/portals/self/roles/${encodeURIComponent(user.roleId)}/privileges`,
        {},
        signal,
      );
      privileges = role.privileges ?? null;
    }
    return {
      ...toMember(user),
      firstName: user.firstName ?? '',
      lastName: user.lastName ?? '',
      description: user.description ?? '',
      privileges,
      mfaEnabled: user.mfaEnabled === true,
      storageUsage: user.storageUsage ?? 0,
      storageQuota: user.storageQuota ?? 0,
      groups: (user.groups ?? []).map((group): MemberGroup => ({
        id: group.id,
        title: group.title,
        access: group.access,
        memberType: toMemberType(group.userMembership?.memberType),
      })),
    };
  } catch (error) {
    throw toAppError(error);
  }
}

function toMemberType(value: string | undefined): MemberGroup['memberType'] {
  return value === 'owner' || value === 'admin' ? value : 'member';
}

type ContentJson = { total: number; folders?: { id: string; title: string }[] };

/** How many items the member owns in the root folder and in each folder (one small request per folder). */
export async function fetchMemberContentSummary(session: PortalSession, username: string, signal?: AbortSignal): Promise<MemberContentSummary> {
  try {
    const base = `${session.portal}/content/users/${encodeURIComponent(username)}`;
    const root = await get<ContentJson>(session, base, { start: 1, num: 1 }, signal);
    const folders = await Promise.all(
      (root.folders ?? []).map(async (folder) => {
        const listing = await get<ContentJson>(session, `${base}/${encodeURIComponent(folder.id)}`, { start: 1, num: 1 }, signal);
        return { id: folder.id, title: folder.title, items: listing.total };
      }),
    );
    return { rootItems: root.total, folders };
  } catch (error) {
    throw toAppError(error);
  }
}

type InvitationJson = { id: string; groupId?: string; targetId?: string; role?: string; fromUsername?: { username?: string }; expiration?: number };

/** The member's pending group invitations, with each group's title when the signed-in member may see the group. */
export async function fetchMemberInvitations(session: PortalSession, username: string, signal?: AbortSignal): Promise<MemberInvitation[]> {
  try {
    const body = await get<{ userInvitations?: InvitationJson[] }>(session, `${userPath(session, username)}/invitations`, {}, signal);
    return await Promise.all(
      (body.userInvitations ?? []).map(async (invitation) => {
        const groupId = invitation.groupId ?? invitation.targetId ?? '';
        const group = await get<{ title?: string }>(session, `${session.portal}/community/groups/${encodeURIComponent(groupId)}`, {}, signal).catch(() => ({
          title: undefined,
        }));
        return {
          id: invitation.id,
          groupId,
          groupTitle: group.title ?? null,
          role: invitation.role === 'group_admin' ? ('group_admin' as const) : ('group_member' as const),
          from: invitation.fromUsername?.username ?? '',
          expiration: invitation.expiration ?? -1,
        };
      }),
    );
  } catch (error) {
    throw toAppError(error);
  }
}
