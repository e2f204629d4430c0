import { describe, expect, it } from 'vitest';

import { INVITE_BATCH_SIZE, planGroupMembershipBatches, planInviteBatches } from './plan-invite-batches';
import type { MemberRowStatus } from './types';

const statuses: MemberRowStatus[] = ['ready', 'warning', 'error', 'exists', 'skipped'];

describe('planInviteBatches', () => {
  it('sends only ready and warning rows, 25 a batch by default, in file order', () => {
    const results = Array.from({ length: 130 }, (_, index) => ({ line: index + 2, status: statuses[index % 5] ?? 'ready' }));
    const batches = planInviteBatches(results);
    const sent = results.filter((result) => result.status === 'ready' || result.status === 'warning').map((r) => r.line);
    expect(batches.map((batch) => batch.lines.length)).toEqual([25, 25, 2]);
    expect(batches.map((batch) => batch.index)).toEqual([0, 1, 2]);
    expect(batches.flatMap((batch) => batch.lines)).toEqual(sent);
  });

  it('takes another batch size and plans nothing for nothing', () => {
    const results = [2, 3, 4, 5, 6].map((line) => ({ line, status: 'ready' as const }));
    expect(planInviteBatches(results, 2)).toEqual([
      { index: 0, lines: [2, 3] },
      { index: 1, lines: [4, 5] },
      { index: 2, lines: [6] },
    ]);
    expect(planInviteBatches([], 10)).toEqual([]);
  });

  it('refuses a batch size that is not a whole number ≥ 1', () => {
    expect(() => planInviteBatches([], 0)).toThrow(RangeError);
    expect(() => planInviteBatches([], 2.5)).toThrow(RangeError);
  });
});

describe('planGroupMembershipBatches', () => {
  it('groups members per group in order of appearance, 25 a batch, without repeats', () => {
    const members = Array.from({ length: 30 }, (_, index) => ({
      username: `member${index}`,
      groupIds: index % 2 === 0 ? ['parks', 'crew'] : ['crew'],
    }));
    members.push({ username: 'member0', groupIds: ['crew'] });
    const batches = planGroupMembershipBatches(members);
    expect(batches.map((batch) => [batch.groupId, batch.usernames.length])).toEqual([
      ['parks', 15],
      ['crew', 25],
      ['crew', 5],
    ]);
    expect(batches[1]?.usernames.slice(0, 3)).toEqual(['member0', 'member1', 'member2']);
    expect(batches[2]?.usernames).toEqual(['member25', 'member26', 'member27', 'member28', 'member29']);
  });

  it('plans nothing for members without groups', () => {
    expect(planGroupMembershipBatches([{ username: 'a', groupIds: [] }])).toEqual([]);
  });
});

describe('INVITE_BATCH_SIZE', () => {
  it('is 25: no per-request limit is documented for portals/self/invite, and 100 was an emulator invention', () => {
    expect(INVITE_BATCH_SIZE).toBe(25);
  });
});
