import { describe, expect, it } from 'vitest';

import { recencyBuckets } from './recency-buckets';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 23, 14, 30); // 23 Nov 2026, 14:30 UTC
const today = Date.UTC(2026, 10, 23);

/** The members table's own reading of a range filter (member-filters.ts): start of `from` to end of `to`. */
function tableRange(from: string | undefined, to: string | undefined): [number, number] {
  const start = from ? Date.parse(`${from}T00:00:00Z`) : 0;
  const end = to ? Date.parse(`${to}T00:00:00Z`) + DAY - 1 : now;
  return [start, end];
}

function rangeOf(clause: string): [number, number] {
  const match = /^lastlogin:\[(\d+) TO (\d+)\]$/.exec(clause);
  if (!match) throw new Error(`not a range: ${clause}`);
  return [Number(match[1]), Number(match[2])];
}

describe('recencyBuckets', () => {
  const buckets = recencyBuckets(now);

  it('has five buckets, the last one for members who never signed in', () => {
    expect(buckets.map((bucket) => bucket.key)).toEqual(['month', 'quarter', 'year', 'older', 'never']);
    expect(buckets[4]).toMatchObject({ filter: { login: 'never' }, clause: 'lastlogin:-1' });
  });

  it('writes filters as whole UTC days the members table turns into the same query', () => {
    expect(buckets[0]?.filter).toEqual({ login: 'range', from: '2026-10-25', to: '2026-11-23' });
    expect(buckets[3]?.filter).toEqual({ login: 'range', to: '2025-11-23' });
    for (const bucket of buckets.slice(0, 4)) {
      expect(rangeOf(bucket.clause)).toEqual(tableRange(bucket.filter.from, bucket.filter.to));
    }
  });

  it('covers every time from 0 to the end of today without gaps or overlaps', () => {
    const ranges = buckets
      .slice(0, 4)
      .map((bucket) => rangeOf(bucket.clause))
      .reverse();
    expect(ranges[0]?.[0]).toBe(0);
    for (let i = 1; i < ranges.length; i += 1) expect(ranges[i]?.[0]).toBe((ranges[i - 1]?.[1] ?? 0) + 1);
    expect(ranges.at(-1)?.[1]).toBe(today + DAY - 1);
    expect(now).toBeLessThanOrEqual(ranges.at(-1)?.[1] ?? 0);
  });

  it('puts a login exactly 30 days ago in the second bucket and 29 days ago in the first', () => {
    const [month, quarter] = buckets.map((bucket) => (bucket.key === 'never' ? [0, 0] : rangeOf(bucket.clause)));
    const at = (days: number) => today - days * DAY + 3600_000;
    expect(at(29)).toBeGreaterThanOrEqual(month?.[0] ?? Infinity);
    expect(at(30)).toBeLessThanOrEqual(quarter?.[1] ?? -Infinity);
    expect(at(30)).toBeGreaterThanOrEqual(quarter?.[0] ?? Infinity);
  });
});
