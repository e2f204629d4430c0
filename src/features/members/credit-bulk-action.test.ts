import { describe, expect, it } from 'vitest';

import { describeBulkAction, planBulkAction, settleBatch } from './bulk/bulk-action';
import { testMember } from './testing-members';

const context = { userTypes: [], roleName: (key: string) => key, self: 'me' };

describe('allocating credits to a selection', () => {
  it('sends members whose allocation differs (the signed-in member too) and settles those already at the amount', () => {
    const members = [
      testMember('me', { assignedCredits: null }),
      testMember('same', { assignedCredits: 250, availableCredits: 10 }),
      testMember('other', { assignedCredits: 100 }),
      testMember('unreported'),
      testMember('SAME'),
    ];
    const plan = planBulkAction({ kind: 'allocateCredits', credits: 250 }, members, context);
    expect(plan.batches).toEqual([['me', 'other', 'unreported']]);
    expect(plan.settled).toEqual([{ username: 'same', fullName: 'Name of same', outcome: 'unchanged', reason: 'Already allocated 250 credits.' }]);
    expect(describeBulkAction({ kind: 'allocateCredits', credits: 250 }, 3)).toBe('Allocate 250 credits to 3 members');
  });

  it('sends 25 members a request', () => {
    const members = Array.from({ length: 60 }, (_, index) => testMember(`m${String(index)}`, { assignedCredits: null }));
    const plan = planBulkAction({ kind: 'allocateCredits', credits: 1 }, members, context);
    expect(plan.batches.map((batch) => batch.length)).toEqual([25, 25, 10]);
  });

  it('fails only the members the portal lists in notAssignedUsers', () => {
    const results = settleBatch({ kind: 'allocateCredits', credits: 5 }, ['a', 'b'], { ok: true, refused: ['B'] }, new Map([['a', 'Ann']]));
    expect(results).toEqual([
      { username: 'a', fullName: 'Ann', outcome: 'done', reason: '' },
      { username: 'b', fullName: '', outcome: 'failed', reason: 'The portal did not allocate credits to this member.' },
    ]);
  });
});

describe('removing credit allocations', () => {
  it('settles members without an allocation and sends the rest, unreported ones included', () => {
    const members = [testMember('none', { assignedCredits: null }), testMember('has', { assignedCredits: 40 }), testMember('unknown')];
    const plan = planBulkAction({ kind: 'removeCredits' }, members, context);
    expect(plan.batches).toEqual([['has', 'unknown']]);
    expect(plan.settled).toMatchObject([{ username: 'none', outcome: 'unchanged', reason: 'No allocation to remove.' }]);
    expect(describeBulkAction({ kind: 'removeCredits' }, 1)).toBe('Remove the credit allocation of 1 member');
  });

  it('fails the members listed in notUnAssignedUsers, and the whole batch on a refusal', () => {
    expect(settleBatch({ kind: 'removeCredits' }, ['a', 'b'], { ok: true, refused: ['a'] }, new Map())).toMatchObject([
      { username: 'a', outcome: 'failed', reason: 'The portal did not remove this member’s allocation.' },
      { username: 'b', outcome: 'done' },
    ]);
    expect(settleBatch({ kind: 'removeCredits' }, ['a'], { ok: false, message: 'You do not have permissions' }, new Map())).toMatchObject([
      { username: 'a', outcome: 'failed', reason: 'You do not have permissions' },
    ]);
  });
});
