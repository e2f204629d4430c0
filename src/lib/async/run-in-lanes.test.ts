import { describe, expect, it } from 'vitest';

import { mapWithConcurrency, runInLanes } from './run-in-lanes';

describe('mapWithConcurrency', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const result = await mapWithConcurrency([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, n));
      inFlight -= 1;
      return n * 10;
    });
    expect(result).toEqual([50, 10, 40, 20, 30, 0, 60]);
    expect(peak).toBe(3);
  });
  it('handles no items and rejects when a call fails', async () => {
    expect(await mapWithConcurrency([], 4, () => Promise.resolve(1))).toEqual([]);
    await expect(mapWithConcurrency([1, 2], 2, (n) => (n === 2 ? Promise.reject(new Error('refused')) : Promise.resolve(n)))).rejects.toThrow('refused');
  });
});

describe('runInLanes', () => {
  it('starts nothing new once stopped and returns the indexes never started', async () => {
    const started: number[] = [];
    let stopped = false;
    const unstarted = await runInLanes(
      6,
      2,
      async (index) => {
        started.push(index);
        if (index === 2) stopped = true;
        await Promise.resolve();
      },
      () => stopped,
    );
    expect(started).toEqual([0, 1, 2]);
    expect(unstarted).toEqual([3, 4, 5]);
  });
});
