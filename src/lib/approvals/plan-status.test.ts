import { describe, expect, it } from 'vitest';

import { approvalRefusal, decisionRefusal, planStatus, readDecision, type PlanDecision } from './plan-status';

const plan = { id: 'p1', owner: 'portaladmin', planSha256: 'h2' };
const decision = (changes: Partial<PlanDecision>): PlanDecision => ({
  itemId: 'd',
  owner: 'second_admin',
  planId: 'p1',
  planSha256: 'h2',
  decision: 'approved',
  comment: '',
  decidedBy: 'second_admin',
  decidedAt: '2026-12-06T20:00:00.000Z',
  ...changes,
});

describe('planStatus', () => {
  it('is pending with no decisions', () => {
    expect(planStatus(plan, [])).toEqual({ state: 'pending', decision: null });
  });

  it('follows the newest decision on the plan as it is now', () => {
    const rejected = decision({ decision: 'rejected', decidedAt: '2026-12-06T19:00:00.000Z' });
    const approved = decision({ itemId: 'd2', decidedAt: '2026-12-06T21:00:00.000Z' });
    expect(planStatus(plan, [rejected, approved])).toEqual({ state: 'approved', decision: approved });
    expect(planStatus(plan, [rejected])).toEqual({ state: 'rejected', decision: rejected });
  });

  it('is stale when the only decisions are on an earlier version (resubmitted after a rejection)', () => {
    const old = decision({ decision: 'rejected', planSha256: 'h1' });
    expect(planStatus(plan, [old])).toEqual({ state: 'stale', decision: old });
  });

  it('never counts a decision made by the plan owner', () => {
    const own = decision({ owner: 'PortalAdmin', decidedBy: 'someone_else' });
    expect(planStatus(plan, [own])).toEqual({ state: 'pending', decision: null });
    expect(decisionRefusal(plan, own)).toMatch(/prepared the plan/);
  });

  it('ignores decisions about another plan', () => {
    expect(planStatus(plan, [decision({ planId: 'p9' })]).state).toBe('pending');
  });
});

describe('approvalRefusal', () => {
  it('refuses the preparer, with a reason', () => {
    expect(approvalRefusal(plan, 'PORTALADMIN')).toMatch(/another administrator/);
    expect(approvalRefusal(plan, 'second_admin')).toBeNull();
  });
});

describe('readDecision', () => {
  it('takes the owner from the item, not from the data', () => {
    const read = readDecision(
      { id: 'd', owner: 'second_admin' },
      { planId: 'p1', planSha256: 'h2', decision: 'rejected', comment: 'row 3', decidedBy: 'x', decidedAt: 't' },
    );
    expect(read).toMatchObject({ owner: 'second_admin', decision: 'rejected', comment: 'row 3' });
  });

  it('reads nothing from data that is not a decision', () => {
    expect(readDecision({ id: 'd', owner: 'o' }, { planId: 'p1', planSha256: 'h', decision: 'maybe' })).toBeNull();
    expect(readDecision({ id: 'd', owner: 'o' }, undefined)).toBeNull();
  });
});
