import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import type { MemberProfileChanges } from '../types';
import { post, userPath } from './portal-request';

/** `community/users/{u}/update` with the edited profile fields. */
export async function updateMemberProfile(session: PortalSession, username: string, changes: MemberProfileChanges): Promise<void> {
  try {
    await post(session, `${userPath(session, username)}/update`, {
      firstname: changes.firstName,
      lastname: changes.lastName,
      fullname: `${changes.firstName} ${changes.lastName}`.trim(),
      email: changes.email,
      description: changes.description,
    });
  } catch (error) {
    throw toAppError(error);
  }
}

// The write calls below throw rest-js errors unchanged, so the bulk runner can tell transient failures from refusals.

export async function sendUpdateUserRole(session: PortalSession, username: string, role: string, signal?: AbortSignal) {
  await post(session, `${session.portal}/portals/self/updateUserRole`, { user: username, role }, signal);
}

export async function sendDisableMember(session: PortalSession, username: string, disable: boolean, signal?: AbortSignal) {
  await post(session, `${userPath(session, username)}/${disable ? 'disable' : 'enable'}`, {}, signal);
}

export async function sendDeleteMember(session: PortalSession, username: string, signal?: AbortSignal) {
  await post(session, `${userPath(session, username)}/delete`, {}, signal);
}

export type LicenseTypeResult = { username: string; status: boolean; error?: { code?: number; message?: string } };

/** `portals/self/updateUserLicenseType` for a list of members; the portal answers per member. */
export async function sendUpdateUserLicenseType(
  session: PortalSession,
  usernames: readonly string[],
  userLicenseType: string,
  signal?: AbortSignal,
): Promise<LicenseTypeResult[]> {
  const response = await post<{ results?: LicenseTypeResult[] }>(
    session,
    `${session.portal}/portals/self/updateUserLicenseType`,
    { users: usernames.join(','), userLicenseType },
    signal,
  );
  return response.results ?? [];
}

/** `portals/self/assignUserCredits` (DOC): the members the portal did not allocate to (`notAssignedUsers`). */
export async function sendAssignUserCredits(session: PortalSession, usernames: readonly string[], credits: number, signal?: AbortSignal) {
  const userAssignments = JSON.stringify(usernames.map((username) => ({ username, credits })));
  const answer = await post<{ notAssignedUsers?: string[] }>(session, `${session.portal}/portals/self/assignUserCredits`, { userAssignments }, signal);
  return answer.notAssignedUsers ?? [];
}

/** `portals/self/unassignUserCredits` (DOC): the members whose allocation stayed (`notUnAssignedUsers`). */
export async function sendUnassignUserCredits(session: PortalSession, usernames: readonly string[], signal?: AbortSignal) {
  const answer = await post<{ notUnAssignedUsers?: string[] }>(
    session,
    `${session.portal}/portals/self/unassignUserCredits`,
    { usernames: JSON.stringify(usernames) },
    signal,
  );
  return answer.notUnAssignedUsers ?? [];
}
