import type { AppError } from '@/lib/arcgis/arcgis-error';
import { countOf } from '@/lib/text/plural';

import { EXPIRED_EXPLANATION, expiryOf } from './invitation-expiry';
import type { Invitation } from './types';

export type CancelOutcome = 'cancelled' | 'gone' | 'failed' | 'not sent';
export type CancelResult = { id: string; who: string; email: string; outcome: CancelOutcome; reason: string };

/** How an invitation is named to people: its username, else its e-mail, else its id. */
export const invitationName = (invitation: Pick<Invitation, 'id' | 'username' | 'email'>) => invitation.username ?? invitation.email ?? invitation.id;

/** The confirm button: "Cancel 3 invitations" / "Cancel the invitation of ana.new". */
export function describeCancel(invitations: readonly Invitation[]): string {
  const [only] = invitations;
  if (invitations.length === 1 && only) return `Cancel the invitation of ${invitationName(only)}`;
  return `Cancel ${countOf(invitations.length, 'invitation')}`;
}

/** What the portal answered for one `…/invitations/{id}/delete`. */
export type CancelAnswer = { ok: true; success: boolean } | { ok: false; error: AppError };

/** One report line from the portal's answer. `now` tells an invitation that expired meanwhile. */
export function settleCancel(invitation: Invitation, answer: CancelAnswer, now: number): CancelResult {
  const base = { id: invitation.id, who: invitationName(invitation), email: invitation.email ?? '' };
  if (answer.ok) {
    return answer.success
      ? { ...base, outcome: 'cancelled', reason: '' }
      : { ...base, outcome: 'failed', reason: 'The portal did not cancel it and gave no reason.' };
  }
  if (answer.error.kind === 'not-found') {
    const reason =
      expiryOf(invitation, now).kind === 'expired'
        ? `It has expired, so the portal no longer lists it. ${EXPIRED_EXPLANATION}`
        : `No longer pending: it was accepted, cancelled by someone else, or it expired. ${EXPIRED_EXPLANATION}`;
    return { ...base, outcome: 'gone', reason };
  }
  return { ...base, outcome: 'failed', reason: answer.error.message };
}

export const notSent = (invitation: Invitation): CancelResult => ({
  id: invitation.id,
  who: invitationName(invitation),
  email: invitation.email ?? '',
  outcome: 'not sent',
  reason: 'Stopped before it was sent (a request already in flight may still have been applied).',
});

const outcomeLabels: Record<CancelOutcome, string> = { cancelled: 'Cancelled', gone: 'No longer pending', failed: 'Failed', 'not sent': 'Not sent' };
export const cancelOutcomeLabel = (outcome: CancelOutcome) => outcomeLabels[outcome];

export function countCancelOutcomes(results: readonly CancelResult[]): Record<CancelOutcome, number> {
  const counts: Record<CancelOutcome, number> = { cancelled: 0, gone: 0, failed: 0, 'not sent': 0 };
  for (const { outcome } of results) counts[outcome] += 1;
  return counts;
}

const csvField = (value: string) => {
  // A leading = + - @ would be read as a formula by spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** The report as CSV: one line per invitation. */
export function cancelResultsToCsv(results: readonly CancelResult[]): string {
  const lines = [['Invitation', 'Email', 'Result', 'Reason'], ...results.map((r) => [r.who, r.email, cancelOutcomeLabel(r.outcome), r.reason])];
  return `${lines.map((line) => line.map(csvField).join(',')).join('\r\n')}\r\n`;
}
