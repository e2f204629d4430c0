import { describe, expect, it } from 'vitest';

import { GROUP_USERS_PER_CALL, planUserBatches } from './plan-user-batches';

const names = (count: number) => Array.from({ length: count }, (_, i) => `user${String(i + 1)}`);

describe('planUserBatches', () => {
  it('sends 60 usernames in three calls of at most 25, in order', () => {
    const batches = planUserBatches(names(60));
    expect(batches.map((batch) => batch.length)).toEqual([25, 25, 10]);
    expect(batches.flat()).toEqual(names(60));
    expect(GROUP_USERS_PER_CALL).toBe(25);
  });

  it('makes no call for no usernames and one for exactly 25', () => {
    expect(planUserBatches([])).toEqual([]);
    expect(planUserBatches(names(25))).toHaveLength(1);
    expect(planUserBatches(names(26))).toHaveLength(2);
  });

  it('refuses an empty batch size', () => {
    expect(() => planUserBatches(names(2), 0)).toThrow(RangeError);
  });
});
