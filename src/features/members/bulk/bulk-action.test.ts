import { describe, expect, it } from 'vitest';

import { type BulkAction, countOutcomes, describeBulkAction, planBulkAction, seatsLeftText, settleBatch } from './bulk-action';
import { testMember } from '../testing-members';
import type { UserTypeSeats } from '../types';

const creator: UserTypeSeats = {
  id: 'creatorUT',
  name: 'Creator',
  purchased: 50,
  assigned: 43,
  left: 7,
  compatibleRoles: ['org_admin', 'org_publisher', 'org_user', 'iAAAAAAAAAAAAAAA'],
};
const viewer: UserTypeSeats = { id: 'viewerUT', name: 'Viewer', purchased: 10, assigned: 8, left: 2, compatibleRoles: ['iAAAAAAAAAAAAAAA'] };
const context = { userTypes: [creator, viewer], roleName: (key: string) => (key === 'org_publisher' ? 'Publisher' : key), self: 'me' };
const names = (count: number, prefix = 'user') => Array.from({ length: count }, (_, index) => testMember(`${prefix}${String(index)}`));

describe('seat arithmetic', () => {
  it('counts only members who change type and are allowed to', () => {
    const members = [
      testMember('already', { userTypeId: 'viewerUT', roleId: 'iAAAAAAAAAAAAAAA' }),
      testMember('publisher', { role: 'org_publisher', userTypeId: 'creatorUT' }),
      testMember('v1', { userTypeId: 'creatorUT', roleId: 'iAAAAAAAAAAAAAAA' }),
      testMember('v2', { userTypeId: 'creatorUT', roleId: 'iAAAAAAAAAAAAAAA' }),
    ];
    const plan = planBulkAction({ kind: 'userType', userType: viewer }, members, context);
    expect(plan.seats).toEqual({ typeName: 'Viewer', left: 2, purchased: 10, needed: 2, enough: true });
    expect(plan.batches).toEqual([['v1', 'v2']]);
    expect(plan.settled.map((result) => [result.username, result.outcome])).toEqual([
      ['already', 'unchanged'],
      ['publisher', 'skipped'],
    ]);
    expect(plan.settled[1]?.reason).toBe('Their role Publisher is not compatible with the user type Viewer.');
  });

  it('refuses when the selection needs more seats than are left', () => {
    const plan = planBulkAction(
      { kind: 'userType', userType: creator },
      names(8).map((m) => ({ ...m, userTypeId: 'viewerUT' })),
      context,
    );
    expect(plan.seats).toMatchObject({ needed: 8, left: 7, enough: false });
    expect(seatsLeftText(creator)).toBe('7 of 50 Creator seats left');
  });

  it('never blocks on seats the portal does not report, and says so', () => {
    const unreported: UserTypeSeats = { ...creator, purchased: null, assigned: null, left: null, compatibleRoles: null };
    const plan = planBulkAction(
      { kind: 'userType', userType: unreported },
      names(80).map((m) => ({ ...m, userTypeId: 'viewerUT' })),
      context,
    );
    expect(plan.seats).toMatchObject({ needed: 80, left: null, enough: true });
    expect(plan.batches.flat()).toHaveLength(80);
    expect(seatsLeftText(unreported)).toBe('Creator seats: not reported by the portal');
  });
});

describe('planBulkAction', () => {
  it('batches user types and group changes by 25, one member per role change', () => {
    const members = names(60);
    expect(
      planBulkAction(
        { kind: 'userType', userType: { ...creator, purchased: 150, left: 100 } },
        members.map((m) => ({ ...m, userTypeId: 'x' })),
        context,
      ).batches.map((b) => b.length),
    ).toEqual([25, 25, 10]);
    expect(planBulkAction({ kind: 'addToGroup', group: { id: 'g', title: 'G', access: 'org' } }, members, context).batches).toHaveLength(3);
    const role = planBulkAction({ kind: 'role', role: { key: 'org_publisher', name: 'Publisher' } }, members, context);
    expect(role.batches).toHaveLength(60);
    expect(role.batches[0]).toEqual(['user0']);
  });

  it('skips role changes the user type does not allow and members already in the role', () => {
    const plan = planBulkAction(
      { kind: 'role', role: { key: 'org_publisher', name: 'Publisher' } },
      [testMember('viewer', { userTypeId: 'viewerUT' }), testMember('pub', { role: 'org_publisher' }), testMember('ok'), testMember('OK'), testMember('me')],
      context,
    );
    expect(plan.batches).toEqual([['ok']]);
    expect(plan.settled.map((result) => result.outcome)).toEqual(['skipped', 'unchanged', 'skipped']);
  });

  it('never disables or deletes the signed-in member, and leaves disabled members alone', () => {
    const members = [testMember('me'), testMember('off', { disabled: true }), testMember('on')];
    expect(planBulkAction({ kind: 'disable' }, members, context).batches).toEqual([['on']]);
    expect(planBulkAction({ kind: 'enable' }, members, context).batches).toEqual([['off']]);
    expect(planBulkAction({ kind: 'delete' }, members, context).batches).toEqual([['off'], ['on']]);
  });

  it('does not send a delete the portal would refuse, and says why per member', () => {
    const members = [testMember('Owner'), testMember('free')];
    const deleteRefusals = new Map([['owner', 'Owns 6 items and 1 group — use Transfer and delete.']]);
    const plan = planBulkAction({ kind: 'delete' }, members, { ...context, deleteRefusals });
    expect(plan.batches).toEqual([['free']]);
    expect(plan.settled).toEqual([
      { username: 'Owner', fullName: expect.any(String) as unknown, outcome: 'skipped', reason: 'Owns 6 items and 1 group — use Transfer and delete.' },
    ]);
  });
});

describe('describeBulkAction', () => {
  it('says what will happen to how many', () => {
    expect(describeBulkAction({ kind: 'role', role: { key: 'org_publisher', name: 'Publisher' } }, 214)).toBe('Change the role of 214 members to Publisher');
    expect(describeBulkAction({ kind: 'delete' }, 1)).toBe('Delete 1 member');
    expect(describeBulkAction({ kind: 'removeFromGroup', group: { id: 'g', title: 'GIS Team', access: 'org' } }, 2)).toBe('Remove 2 members from GIS Team');
  });
});

describe('settleBatch', () => {
  const fullNames = new Map([['a', 'Ann']]);
  it('reads the per-member answer of updateUserLicenseType', () => {
    const action: BulkAction = { kind: 'userType', userType: creator };
    const results = settleBatch(
      action,
      ['a', 'b', 'c'],
      {
        ok: true,
        licenseResults: [
          { username: 'A', status: true },
          { username: 'b', status: false, error: { message: 'No Creator seats left.' } },
        ],
      },
      fullNames,
    );
    expect(results).toEqual([
      { username: 'a', fullName: 'Ann', outcome: 'done', reason: '' },
      { username: 'b', fullName: '', outcome: 'failed', reason: 'No Creator seats left.' },
      { username: 'c', fullName: '', outcome: 'failed', reason: 'The portal did not report on this member.' },
    ]);
  });

  it('fails the whole batch with the portal message and reads notAdded', () => {
    expect(settleBatch({ kind: 'delete' }, ['a'], { ok: false, message: 'Owns 6 items and 1 group.' }, fullNames)[0]).toMatchObject({
      outcome: 'failed',
      reason: 'Owns 6 items and 1 group.',
    });
    const added = settleBatch({ kind: 'addToGroup', group: { id: 'g', title: 'G', access: 'org' } }, ['a', 'b'], { ok: true, refused: ['B'] }, fullNames);
    expect(countOutcomes(added)).toMatchObject({ done: 1, failed: 1 });
  });
});
