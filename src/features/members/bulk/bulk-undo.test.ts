import { describe, expect, it } from 'vitest';

import type { BulkAction, BulkResult } from './bulk-action';
import { notUndoableReason, planUndo, recordRun, type RunRecord } from './bulk-undo';
import { testMember } from '../testing-members';
import type { UserTypeSeats } from '../types';

const creator: UserTypeSeats = { id: 'creatorUT', name: 'Creator', purchased: 50, assigned: 43, left: 7, compatibleRoles: null };
const viewer: UserTypeSeats = { id: 'viewerUT', name: 'Viewer', purchased: 10, assigned: 8, left: 2, compatibleRoles: null };
const roleNames: Record<string, string> = { org_publisher: 'Publisher', org_user: 'User', iAAAAAAAAAAAAAAA: 'Viewer', abc123: 'Data Editor' };
const names = { roleName: (key: string) => roleNames[key] ?? key, userTypes: [creator, viewer] };
const done = (username: string): BulkResult => ({ username, fullName: `Name of ${username}`, outcome: 'done', reason: '' });
const toPublisher: BulkAction = { kind: 'role', role: { key: 'org_publisher', name: 'Publisher' } };

describe('recordRun: the before-image of a run', () => {
  it('keeps, for each member the portal changed, what the action changes and nothing else', () => {
    const members = [testMember('ana', { role: 'org_user' }), testMember('ben', { role: 'org_user', roleId: 'abc123' }), testMember('cy')];
    const results: BulkResult[] = [done('ana'), done('ben'), { ...done('cy'), outcome: 'failed', reason: 'Refused' }];
    expect(recordRun(toPublisher, members, results).changed).toEqual([
      { username: 'ana', fullName: 'Name of ana', before: 'org_user', after: 'org_publisher' },
      { username: 'ben', fullName: 'Name of ben', before: 'abc123', after: 'org_publisher' },
    ]);
  });

  it('records nothing for deletes and licences, and says why before they run', () => {
    const members = [testMember('ana')];
    expect(recordRun({ kind: 'delete' }, members, [done('ana')]).changed).toEqual([]);
    expect(notUndoableReason({ kind: 'delete' })).toMatch(/cannot be undone/);
    expect(notUndoableReason(toPublisher)).toBeNull();
  });

  it('leaves out credits the portal did not report, since there is nothing to restore', () => {
    const action: BulkAction = { kind: 'allocateCredits', credits: 500 };
    const members = [testMember('ana', { assignedCredits: 200 }), testMember('ben', { assignedCredits: null }), testMember('cy')];
    expect(recordRun(action, members, [done('ana'), done('ben'), done('cy')]).changed.map((image) => [image.username, image.before])).toEqual([
      ['ana', 200],
      ['ben', null],
    ]);
  });
});

describe('planUndo', () => {
  it('puts each member back to their own role, grouped by role, and skips those changed since with what they are now', () => {
    const members = Array.from({ length: 200 }, (_, index) => testMember(`m${String(index)}`, { role: index % 2 ? 'org_user' : 'iAAAAAAAAAAAAAAA' }));
    const record = recordRun(
      toPublisher,
      members,
      members.map((member) => done(member.username)),
    );
    const current = new Map<string, string | null>(members.map((member) => [member.username, 'org_publisher']));
    current.set('m3', 'abc123');
    current.set('m4', 'org_user');
    current.delete('m5');
    const plan = planUndo(record, current, names);
    expect(plan.steps.map((step) => [step.action, step.usernames.length])).toEqual([
      [{ kind: 'role', role: { key: 'iAAAAAAAAAAAAAAA', name: 'Viewer' } }, 99],
      [{ kind: 'role', role: { key: 'org_user', name: 'User' } }, 98],
    ]);
    expect(plan.skipped).toEqual([
      { username: 'm3', fullName: 'Name of m3', reason: 'Changed since this run: now Data Editor, not Publisher as the run left them.' },
      { username: 'm4', fullName: 'Name of m4', reason: 'Changed since this run: now User, not Publisher as the run left them.' },
      { username: 'm5', fullName: 'Name of m5', reason: 'No longer in the organization.' },
    ]);
  });

  it('reverses group, status, user type and credit changes', () => {
    const group = { id: 'g1', title: 'Parcel Editors', access: 'org' };
    const plan = (record: RunRecord, now: Map<string, string | number | boolean | null>) => planUndo(record, now, names).steps;
    const added = recordRun({ kind: 'addToGroup', group }, [testMember('ana')], [done('ana')]);
    expect(plan(added, new Map([['ana', true]]))).toEqual([{ action: { kind: 'removeFromGroup', group }, usernames: ['ana'] }]);
    const disabled = recordRun({ kind: 'disable' }, [testMember('ana')], [done('ana')]);
    expect(plan(disabled, new Map([['ana', true]]))).toEqual([{ action: { kind: 'enable' }, usernames: ['ana'] }]);
    const typed = recordRun({ kind: 'userType', userType: viewer }, [testMember('ana', { userTypeId: 'creatorUT' })], [done('ana')]);
    expect(plan(typed, new Map([['ana', 'viewerUT']]))).toEqual([{ action: { kind: 'userType', userType: creator }, usernames: ['ana'] }]);
    const credits = recordRun(
      { kind: 'allocateCredits', credits: 500 },
      [testMember('ana', { assignedCredits: 200 }), testMember('ben', { assignedCredits: null })],
      [done('ana'), done('ben')],
    );
    expect(
      plan(
        credits,
        new Map<string, number | null>([
          ['ana', 500],
          ['ben', 500],
        ]),
      ),
    ).toEqual([
      { action: { kind: 'allocateCredits', credits: 200 }, usernames: ['ana'] },
      { action: { kind: 'removeCredits' }, usernames: ['ben'] },
    ]);
  });

  it('skips a member whose user type before the run is no longer offered', () => {
    const record = recordRun({ kind: 'userType', userType: viewer }, [testMember('ana', { userTypeId: 'retiredUT' })], [done('ana')]);
    expect(planUndo(record, new Map([['ana', 'viewerUT']]), names).skipped[0]?.reason).toBe(
      'The user type retiredUT is no longer offered by the organization.',
    );
  });
});
