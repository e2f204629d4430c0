import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';

import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { type AddMemberContext, findUserType, usernameAlternatives } from './add-member-form';
import { acceptedOutcomeKind, explainRefusal } from './add-member-invitation';
import { usernameAvailability } from './add-member-validation';
import { createOneUser } from '../api/create-one-user';
import { fetchMemberEmail, fetchPendingInvitationUsernames, fetchTakenUsernames, type Invitation, sendInvitations } from '../api/import-api';
import { importQueries } from '../api/import-queries';
import type { AddMemberOutcome } from './components/add-member-result';

/** Adds the one member the wizard describes, and refreshes what adding changes (the members table, seats, checks). */
export function useAddMember(context: AddMemberContext) {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitation: Invitation) =>
      context.portalKind === 'enterprise' ? addOneEnterpriseMember(session, invitation, context) : addOneMember(session, queryClient, invitation),
    gcTime: 0, // the variables hold the password: drop them as soon as the wizard is gone
    // The members table, seats, pending invitations and username checks have all changed.
    meta: { invalidates: ['members', 'invitations'] },
  });
}

/** ArcGIS Enterprise creates the account with `createUser` and says why when it refuses: its reason is shown as given. */
async function addOneEnterpriseMember(session: PortalSession, invitation: Invitation, context: AddMemberContext): Promise<AddMemberOutcome> {
  const { username } = invitation;
  const result = await createOneUser(session, invitation);
  if (!result.created) return { kind: 'refused', username, reason: result.reason };
  return {
    kind: 'added',
    username,
    email: invitation.email,
    accountKind: invitation.targetUserProvider === 'enterprise' ? 'enterprise' : 'builtin',
    ...(invitation.idpUsername ? { idpUsername: invitation.idpUsername } : {}),
    groupsMissed: result.groupsMissed.map((id) => context.groups?.find((group) => group.id === id)?.title ?? id),
  };
}

/**
 * Sends the one invitation. When the portal leaves the username in `notInvited` (it gives no reason), asks again
 * what could refuse it (the username, a pending invitation, the seats of the chosen type) to say why.
 */
async function addOneMember(session: PortalSession, queryClient: QueryClient, invitation: Invitation): Promise<AddMemberOutcome> {
  const { username } = invitation;
  const accountKind = invitation.targetUserProvider === 'enterprise' ? 'enterprise' : 'builtin';
  let notInvited: string[];
  try {
    notInvited = await sendInvitations(session, [invitation]);
  } catch (error) {
    throw toAppError(error);
  }
  if (!notInvited.some((name) => name.toLowerCase() === username.toLowerCase())) {
    // ArcGIS Online creates the account at once; a portal that only emails an invitation has none yet. The follow-up
    // GET says which; when it fails, the result says Roster could not tell rather than guess.
    const exists = await fetchMemberEmail(session, username).then(
      (email) => email !== null,
      () => null,
    );
    return {
      kind: acceptedOutcomeKind(exists),
      username,
      email: invitation.email,
      accountKind,
      ...(invitation.idpUsername ? { idpUsername: invitation.idpUsername } : {}),
    };
  }
  try {
    const alternatives = usernameAlternatives(username, accountKind);
    const [check, pending, organization] = await Promise.all([
      fetchTakenUsernames(session, [username, ...alternatives]),
      fetchPendingInvitationUsernames(session),
      queryClient.query(importQueries.organization(session)),
    ]);
    const availability = usernameAvailability(username, alternatives, check);
    const reason = explainRefusal(invitation, organization, {
      taken: availability.status === 'taken',
      alternative: availability.status === 'taken' ? availability.alternative : undefined,
      unconfirmed: availability.status === 'unconfirmed',
      pendingInvitation: pending.usernames.has(username.toLowerCase()),
      seatsLeft: findUserType(organization, invitation.userLicenseType)?.seatsLeft,
    });
    return { kind: 'refused', username, reason };
  } catch (error) {
    const reason =
      `The portal refused to add ${username}, and asking it why failed (${toAppError(error).message}). ` +
      `Check the username, the email ${invitation.email}` +
      (invitation.userLicenseType ? `, and the seats left for ${invitation.userLicenseType}.` : '.');
    return { kind: 'refused', username, reason };
  }
}
