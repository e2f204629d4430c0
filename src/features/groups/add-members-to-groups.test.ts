import { describe, expect, it } from 'vitest';

import { addMembersToGroups, type AddMembersPorts } from './add-members-to-groups';

const names = (count: number, prefix = 'user') => Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1)}`);
const noWait = {
  isTransient: (error: unknown) => error instanceof Error && error.message === 'busy',
  maxAttempts: 3,
  backoffMs: () => 0,
  sleep: () => Promise.resolve(),
};

function fakePortal(options: { members?: Record<string, string[]>; refuse?: string[]; failFirst?: number; permanentFailure?: string } = {}) {
  const calls: { groupId: string; usernames: string[] }[] = [];
  let failures = options.failFirst ?? 0;
  const ports: AddMembersPorts = {
    memberNames: (groupId) => Promise.resolve({ owner: 'owner', admins: ['owner'], users: options.members?.[groupId] ?? [] }),
    addUsers: (groupId, usernames) => {
      calls.push({ groupId, usernames });
      if (failures > 0) {
        failures -= 1;
        return Promise.reject(new Error('busy'));
      }
      if (options.permanentFailure && groupId === options.permanentFailure) return Promise.reject(new Error('You do not have permissions'));
      return Promise.resolve(usernames.filter((name) => options.refuse?.includes(name)));
    },
    countGroups: (username) => Promise.resolve(username === 'user7' ? 512 : 4),
    errorMessage: (error) => (error instanceof Error ? error.message : String(error)),
  };
  return { ports, calls };
}

describe('addMembersToGroups', () => {
  it('sends 60 members to one group in three calls of at most 25 and reports each', async () => {
    const { ports, calls } = fakePortal({ members: { g1: ['USER2'] }, refuse: ['user7', 'user9'] });
    const progress: string[] = [];
    const [report] = await addMembersToGroups({
      groups: [{ id: 'g1', title: 'Crews' }],
      usernames: names(61),
      unknown: ['ghost'],
      ports,
      retry: noWait,
      concurrency: 2,
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(`${p.phase} ${String(p.done)}/${String(p.total)}`),
    });
    expect(calls.map((call) => call.usernames.length)).toEqual([25, 25, 10]);
    expect(calls.flatMap((call) => call.usernames)).not.toContain('user2');
    const byName = new Map(report?.outcomes.map((o) => [o.username, o]));
    expect(byName.get('ghost')?.status).toBe('not-added');
    expect(byName.get('user2')?.status).toBe('already-member');
    expect(byName.get('user7')?.reason).toContain('512');
    expect(byName.get('user9')?.reason).toBe('The portal did not add this member and gave no reason.');
    expect(byName.get('user61')?.status).toBe('added');
    expect(report?.outcomes).toHaveLength(62);
    expect(progress).toContain('adding 3/3');
  });

  it('retries transient failures and reports permanent ones per group', async () => {
    const { ports, calls } = fakePortal({ failFirst: 1, permanentFailure: 'g2' });
    const reports = await addMembersToGroups({
      groups: [
        { id: 'g1', title: 'One' },
        { id: 'g2', title: 'Two' },
      ],
      usernames: names(3),
      unknown: [],
      ports,
      retry: noWait,
      concurrency: 1,
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(calls).toHaveLength(3); // g1 twice (one retry), g2 once (permanent)
    expect(reports[0]?.outcomes.every((o) => o.status === 'added')).toBe(true);
    expect(reports[1]?.outcomes.every((o) => o.status === 'failed' && o.reason === 'You do not have permissions')).toBe(true);
  });

  it('says "added" members may have been in the group already when its members could not be read', async () => {
    const { ports, calls } = fakePortal();
    const hidden: AddMembersPorts = {
      ...ports,
      memberNames: (id, signal) => (id === 'g1' ? Promise.reject(new Error('You do not have permissions')) : ports.memberNames(id, signal)),
    };
    const [unread, read] = await addMembersToGroups({
      groups: [
        { id: 'g1', title: 'Hidden' },
        { id: 'g2', title: 'Open' },
      ],
      usernames: names(2),
      unknown: [],
      ports: hidden,
      retry: noWait,
      concurrency: 1,
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(calls.map((call) => call.groupId)).toEqual(['g1', 'g2']);
    expect(unread?.outcomes.map((o) => o.status)).toEqual(['added', 'added']);
    expect(unread?.outcomes[0]?.reason).toBe(
      'In the group now; may have been a member already (its members could not be read first: You do not have permissions).',
    );
    expect(read?.outcomes.map((o) => o.reason)).toEqual(['', '']);
  });

  it('marks calls never started as not sent when cancelled', async () => {
    const controller = new AbortController();
    const { ports } = fakePortal();
    const addUsers = ports.addUsers;
    ports.addUsers = async (groupId, usernames, signal) => {
      const result = await addUsers(groupId, usernames, signal);
      controller.abort();
      return result;
    };
    const [report] = await addMembersToGroups({
      groups: [{ id: 'g1', title: 'One' }],
      usernames: names(60),
      unknown: [],
      ports,
      retry: noWait,
      concurrency: 1,
      signal: controller.signal,
      onProgress: () => undefined,
    });
    expect(report?.outcomes.filter((o) => o.status === 'added')).toHaveLength(25);
    expect(report?.outcomes.filter((o) => o.status === 'not-sent')).toHaveLength(35);
  });
});
