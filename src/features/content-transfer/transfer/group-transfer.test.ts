import { describe, expect, it } from 'vitest';

import { preflightGroups, runGroupTransfer } from './group-transfer';
import type { GroupSummary, MemberProfile } from '../types';

const group = (id: string, title = `Group ${id}`): GroupSummary => ({ id, title, access: 'org', owner: 'frank', memberCount: 3 });
const grace: MemberProfile = {
  username: 'grace',
  fullName: 'Grace',
  userTypeId: 'creatorUT',
  privileges: ['portal:user:createGroup'],
  groupIds: [],
  disabled: false,
};
const admin = { username: 'portaladmin', privileges: ['portal:admin:reassignGroups'] };

describe('preflightGroups', () => {
  it('blocks every group when the signed-in member cannot reassign groups (the Help Desk role)', () => {
    const checks = preflightGroups([group('a')], { username: 'helpdesk_demo', privileges: ['portal:admin:reassignItems'] }, grace, []);
    expect(checks[0]?.status).toBe('blocked');
    expect(checks[0]?.issues[0]).toMatch(/ask an administrator/);
  });

  it('blocks a title the receiver already owns and receivers who cannot own groups', () => {
    expect(preflightGroups([group('a', 'Roads'), group('b')], admin, grace, ['roads']).map((check) => check.status)).toEqual(['blocked', 'ready']);
    expect(preflightGroups([group('a')], admin, { ...grace, privileges: [] }, [])[0]?.issues[0]).toMatch(/cannot own groups/);
    expect(preflightGroups([group('a')], admin, { ...grace, disabled: true }, [])[0]?.issues).toEqual(['grace’s account is disabled.']);
  });
});

describe('runGroupTransfer', () => {
  it('transfers ready groups, retries transient failures and reports the portal’s reason', async () => {
    class Transient extends Error {}
    const calls = new Map<string, number>();
    const outcomes = await runGroupTransfer({
      checks: [
        ...preflightGroups([group('ok'), group('flaky'), group('refused')], admin, grace, []),
        ...preflightGroups([group('dup', 'Mine')], admin, grace, ['mine']),
      ],
      reassign: (target) => {
        const count = (calls.get(target.id) ?? 0) + 1;
        calls.set(target.id, count);
        if (target.id === 'flaky' && count === 1) return Promise.reject(new Transient());
        if (target.id === 'refused') return Promise.reject(new Error('Group does not exist or is inaccessible.'));
        return Promise.resolve();
      },
      isTransferred: () => Promise.resolve(false),
      reasonOf: (error) => (error instanceof Error ? error.message : ''),
      retry: { isTransient: (error) => error instanceof Transient, maxAttempts: 3, backoffMs: () => 0, sleep: () => Promise.resolve() },
      concurrency: 2,
      isCancelled: () => false,
      onProgress: () => undefined,
    });
    expect(Object.fromEntries([...outcomes].map(([id, o]) => [id, o.status]))).toEqual({
      dup: 'not-transferred',
      ok: 'transferred',
      flaky: 'transferred',
      refused: 'failed',
    });
    expect(calls.has('dup')).toBe(false);
    expect(outcomes.get('refused')?.reason).toBe('Group does not exist or is inaccessible.');
  });
});
