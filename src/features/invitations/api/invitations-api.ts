import { request } from '@esri/arcgis-rest-request';

import { toAppError } from '@/lib/arcgis/arcgis-error';
import { fetchAllPages } from '@/lib/arcgis/fetch-all-pages';
import type { ListedRole } from '@/lib/arcgis/org-roles';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import type { UserType } from '@/lib/arcgis/user-types';

import { toInvitation } from '../invitation-json';
import type { Invitation, InvitationsPage } from '../types';

type PageJson = { total?: number; nextStart: number; invitations?: unknown[] };

const invitationsOf = (page: PageJson): Invitation[] => (page.invitations ?? []).map(toInvitation).filter((entry) => entry !== null);

/** One page of `portals/self/invitations` (PY `InvitationManager.list`: `start`, `num`, `total`, `invitations`). */
export async function fetchInvitationsPage(
  session: PortalSession,
  { page, pageSize }: { page: number; pageSize: number },
  signal?: AbortSignal,
): Promise<InvitationsPage> {
  try {
    const answer = (await request(`${session.portal}/portals/self/invitations`, {
      httpMethod: 'GET',
      params: { start: page * pageSize + 1, num: pageSize },
      authentication: session,
      signal,
    })) as PageJson;
    const invitations = invitationsOf(answer);
    return { total: typeof answer.total === 'number' ? answer.total : invitations.length, invitations };
  } catch (error) {
    throw toAppError(error);
  }
}

/** Every pending invitation, 100 a page (for "select all"). */
export async function fetchAllInvitations(session: PortalSession, signal?: AbortSignal): Promise<Invitation[]> {
  try {
    return (await fetchAllPages<PageJson>(session, 'portals/self/invitations', {}, signal)).flatMap(invitationsOf);
  } catch (error) {
    throw toAppError(error);
  }
}

/** `portals/self/invitations/{id}/delete` (PY `InvitationManager.delete`: POST, reads `success`). Throws the portal's error as is. */
export async function sendCancelInvitation(session: PortalSession, id: string, signal: AbortSignal): Promise<boolean> {
  const answer = (await request(`${session.portal}/portals/self/invitations/${encodeURIComponent(id)}/delete`, {
    httpMethod: 'POST',
    authentication: session,
    signal,
  })) as { success?: boolean };
  return answer.success !== false;
}

/** Names for custom role ids and user type ids; either map is empty when the portal did not list them. */
export function toInvitationLabels(
  roles: PromiseSettledResult<readonly ListedRole[]>,
  types: PromiseSettledResult<readonly UserType[]>,
): { roleNames: Map<string, string>; userTypeNames: Map<string, string> } {
  const names = (entries: readonly { id: string; name: string }[]) => new Map(entries.map((entry) => [entry.id, entry.name] as const));
  return {
    roleNames: roles.status === 'fulfilled' ? names(roles.value) : new Map<string, string>(),
    userTypeNames: types.status === 'fulfilled' ? names(types.value) : new Map<string, string>(),
  };
}
