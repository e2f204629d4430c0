import { describe, expect, it } from 'vitest';

import { AppError } from '@/lib/arcgis/arcgis-error';

import { cancelResultsToCsv, countCancelOutcomes, describeCancel, notSent, settleCancel } from './cancel-invitations';
import type { Invitation } from './types';

const DAY = 86_400_000;
const now = 1_700_000_000_000;
const invitation = (id: string, extra: Partial<Invitation> = {}): Invitation => ({
  id,
  username: `user.${id}`,
  email: `${id}@example.org`,
  role: 'org_user',
  roleId: null,
  userTypeId: 'creatorUT',
  created: now - DAY,
  expiration: now + 13 * DAY,
  invitedBy: 'portaladmin',
  ...extra,
});

describe('describeCancel', () => {
  it('names one invitation, counts several', () => {
    expect(describeCancel([invitation('a')])).toBe('Cancel the invitation of user.a');
    expect(describeCancel([invitation('a', { username: null })])).toBe('Cancel the invitation of a@example.org');
    expect(describeCancel([invitation('a'), invitation('b')])).toBe('Cancel 2 invitations');
  });
});

describe('settleCancel', () => {
  it('reports a cancelled invitation', () => {
    expect(settleCancel(invitation('a'), { ok: true, success: true }, now)).toEqual({
      id: 'a',
      who: 'user.a',
      email: 'a@example.org',
      outcome: 'cancelled',
      reason: '',
    });
    expect(settleCancel(invitation('a'), { ok: true, success: false }, now).outcome).toBe('failed');
  });

  it('explains an invitation the portal no longer has, and an expired one’s username', () => {
    const gone = settleCancel(invitation('a'), { ok: false, error: new AppError('not-found', 'Invitation does not exist or is inaccessible.') }, now);
    expect(gone.outcome).toBe('gone');
    expect(gone.reason).toMatch(/^No longer pending: it was accepted, cancelled by someone else, or it expired\./);
    expect(gone.reason).toContain('until Esri Technical Support clears it');
    const expired = settleCancel(invitation('b', { expiration: now - 1 }), { ok: false, error: new AppError('not-found', 'x') }, now);
    expect(expired.reason).toMatch(/^It has expired/);
  });

  it('keeps the portal’s reason for a refusal', () => {
    expect(settleCancel(invitation('a'), { ok: false, error: new AppError('permission', 'You do not have permissions.') }, now)).toMatchObject({
      outcome: 'failed',
      reason: 'You do not have permissions.',
    });
  });
});

describe('report', () => {
  it('counts outcomes and writes CSV safe for spreadsheets', () => {
    const results = [settleCancel(invitation('a'), { ok: true, success: true }, now), notSent(invitation('b', { username: '=cmd', email: 'b,c@example.org' }))];
    expect(countCancelOutcomes(results)).toEqual({ cancelled: 1, gone: 0, failed: 0, 'not sent': 1 });
    expect(cancelResultsToCsv(results).split('\r\n')).toEqual([
      'Invitation,Email,Result,Reason',
      'user.a,a@example.org,Cancelled,',
      `'=cmd,"b,c@example.org",Not sent,Stopped before it was sent (a request already in flight may still have been applied).`,
      '',
    ]);
  });
});
