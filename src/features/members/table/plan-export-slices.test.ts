import { describe, expect, it } from 'vitest';

import { planExportSlices } from './plan-export-slices';

describe('planExportSlices', () => {
  it('splits by creation time until every slice can be paged, covering every member once', async () => {
    // 25,000 members created one per second, then a burst of 3,000 in the same second.
    const created = [...Array.from({ length: 25_000 }, (_, index) => index * 1000), ...Array.from({ length: 3_000 }, () => 30_000_000)];
    let calls = 0;
    // Like the portal, a count stops at 10,000.
    const countIn = (from: number, to: number) => {
      calls += 1;
      return Promise.resolve(Math.min(10_000, created.filter((time) => time >= from && time <= to).length));
    };
    const slices = await planExportSlices(countIn, 0, 40_000_000, 10_000);
    expect(slices.every((slice) => slice.count < 10_000)).toBe(true);
    // The 3,000 members of one millisecond cannot be split, and fit.
    expect(slices.reduce((sum, slice) => sum + slice.count, 0)).toBe(28_000);
    for (let index = 1; index < slices.length; index += 1) {
      expect(slices[index]?.from).toBeGreaterThan(slices[index - 1]?.to ?? Infinity);
    }
    expect(calls).toBeLessThan(40);
  });

  it('splits a count of exactly the ceiling, which the portal also answers for more', async () => {
    const created = Array.from({ length: 12_000 }, (_, index) => index);
    const countIn = (from: number, to: number) => Promise.resolve(Math.min(10_000, created.filter((time) => time >= from && time <= to).length));
    const slices = await planExportSlices(countIn, 0, 20_000, 10_000);
    expect(slices.reduce((sum, slice) => sum + slice.count, 0)).toBe(12_000);
  });

  it('does not split what already fits', async () => {
    const slices = await planExportSlices(() => Promise.resolve(2_000), 0, 100);
    expect(slices).toEqual([{ from: 0, to: 100, count: 2_000 }]);
  });
});
