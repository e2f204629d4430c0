import type { Invitation } from './types';

/** ArcGIS Online: "they have 14 days to accept the invitation before it expires" (AGOL-DOC invite-users). */
export const INVITATION_LIFETIME_DAYS = 14;
const DAY = 86_400_000;

export type Expiry = { kind: 'unknown' } | { kind: 'expired'; at: number } | { kind: 'pending'; at: number; daysLeft: number; estimated: boolean };

/**
 * When an invitation expires: the portal's `expiration`, else 14 days after `created` (estimated), else unknown.
 * `daysLeft` counts whole days started (an invitation expiring in 3 hours has 1 day left).
 */
export function expiryOf(invitation: Pick<Invitation, 'created' | 'expiration'>, now: number): Expiry {
  const estimated = invitation.expiration === null;
  const at = invitation.expiration ?? (invitation.created === null ? null : invitation.created + INVITATION_LIFETIME_DAYS * DAY);
  if (at === null) return { kind: 'unknown' };
  if (at <= now) return { kind: 'expired', at };
  return { kind: 'pending', at, daysLeft: Math.ceil((at - now) / DAY), estimated };
}

/** What an expired invitation means for its username (Esri KB 000011996). */
export const EXPIRED_EXPLANATION =
  'An expired invitation keeps its username: the name cannot be used in a new invitation (the portal suggests it with a number added) until Esri Technical Support clears it.';
