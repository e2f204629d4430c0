import { describe, expect, it } from 'vitest';

import { groupMembershipBatcher, INVITE_BATCH_SIZE } from './plan-invite-batches';

describe('groupMembershipBatcher', () => {
  it('answers a group’s batch as soon as it holds 25 members, the rest at the end, without repeats', () => {
    const batcher = groupMembershipBatcher();
    const sent: [string, number][] = [];
    for (let index = 0; index < 30; index += 1) {
      const full = batcher.add(`member${String(index)}`, index % 2 === 0 ? ['parks', 'crew'] : ['crew']);
      if (index < 24) expect(full).toEqual([]);
      for (const batch of full) sent.push([batch.groupId, batch.usernames.length]);
    }
    // The crew's 25th member (member24) filled its batch; the parks group never got to 25.
    expect(sent).toEqual([['crew', 25]]);
    expect(batcher.add('MEMBER0', ['crew'])).toEqual([]);
    const rest = batcher.rest();
    expect(rest.map((batch) => [batch.groupId, batch.usernames.length])).toEqual([
      ['parks', 15],
      ['crew', 5],
    ]);
    expect(rest[1]?.usernames).toEqual(['member25', 'member26', 'member27', 'member28', 'member29']);
    expect(batcher.rest()).toEqual([]);
  });

  it('has nothing to send for members without groups', () => {
    const batcher = groupMembershipBatcher();
    expect(batcher.add('a', [])).toEqual([]);
    expect(batcher.rest()).toEqual([]);
  });

  it('refuses a batch size that is not a whole number above zero', () => {
    expect(() => groupMembershipBatcher(0)).toThrow(RangeError);
    expect(() => groupMembershipBatcher(2.5)).toThrow(RangeError);
  });
});

describe('INVITE_BATCH_SIZE', () => {
  it('is 25: no per-request limit is documented for portals/self/invite, and 100 was an emulator invention', () => {
    expect(INVITE_BATCH_SIZE).toBe(25);
  });
});
