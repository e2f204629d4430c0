import { describe, expect, it } from 'vitest';

import { type AnsweredMemberQuery, resolveQueryMembers } from './resolve-selection';
import { testMember } from '../testing-members';
import type { Member } from '../types';

/**
 * A fake portal: members created at t = 0…n-1. Its search pages and counts only up to `ceiling` results, like the
 * real one ("if the total number is greater than this value, 10,000 will be returned"); its listing pages up to
 * `listingStopsAt` (by default, all).
 */
function fakePortal(count: number, ceiling: number, listingStopsAt = Number.POSITIVE_INFINITY) {
  const all = Array.from({ length: count }, (_, index) => testMember(`m${String(index)}`, { created: index }));
  const inRange = (query: AnsweredMemberQuery) => {
    if (query.kind === 'listing') return all;
    const match = /created:\[(\d+) TO (\d+)\]/.exec(query.q);
    const from = Number(match?.[1] ?? 0);
    const to = Number(match?.[2] ?? Number.MAX_SAFE_INTEGER);
    return all.filter((member) => member.created >= from && member.created <= to);
  };
  let requests = 0;
  return {
    countIn: (query: AnsweredMemberQuery) => {
      requests += 1;
      const found = inRange(query).length;
      return Promise.resolve(query.kind === 'search' ? Math.min(found, ceiling) : found);
    },
    fetchPage: (query: AnsweredMemberQuery, start: number): Promise<Member[]> => {
      requests += 1;
      const stop = query.kind === 'search' ? ceiling : listingStopsAt;
      if (start > stop) return Promise.resolve([]);
      return Promise.resolve(inRange(query).slice(start - 1, Math.min(start - 1 + 100, stop)));
    },
    requests: () => requests,
  };
}

const search = (q: string): AnsweredMemberQuery => ({ kind: 'search', q });

describe('resolveQueryMembers', () => {
  it('pages through every match below the ceiling', async () => {
    const portal = fakePortal(250, 10_000);
    const progress: number[] = [];
    const members = await resolveQueryMembers({
      query: search('role:org_user'),
      ...portal,
      now: 1_000,
      concurrency: 4,
      onProgress: (fetched) => progress.push(fetched),
    });
    expect(members).toHaveLength(250);
    expect(new Set(members.map((m) => m.username)).size).toBe(250);
    expect(progress.at(-1)).toBe(250);
  });

  it('splits by creation date past the ceiling so nobody is left out, although the portal counts only up to it', async () => {
    const portal = fakePortal(730, 300);
    const members = await resolveQueryMembers({ query: search('*'), ...portal, now: 1_000, concurrency: 2, ceiling: 300 });
    expect(members.map((m) => m.created).sort((a, b) => a - b)).toEqual(Array.from({ length: 730 }, (_, index) => index));
  });

  it('pages the whole organization listing, past the search ceiling', async () => {
    const portal = fakePortal(730, 300);
    const members = await resolveQueryMembers({ query: { kind: 'listing', filters: {} }, ...portal, now: 1_000, concurrency: 3, ceiling: 300 });
    expect(members).toHaveLength(730);
  });

  it('refuses a listing that stops short of its own total instead of returning fewer members', async () => {
    const portal = fakePortal(730, 300, 300);
    await expect(resolveQueryMembers({ query: { kind: 'listing', filters: {} }, ...portal, now: 1_000, concurrency: 3, ceiling: 300 })).rejects.toThrow(
      'The portal listed 300 of its 730 members',
    );
  });

  it('stops at the first failed page', async () => {
    const portal = fakePortal(1_000, 10_000);
    let calls = 0;
    const failing = (query: AnsweredMemberQuery, start: number) => {
      calls += 1;
      return start === 201 ? Promise.reject(new Error('HTTP 500')) : portal.fetchPage(query, start);
    };
    await expect(resolveQueryMembers({ query: search('*'), countIn: portal.countIn, fetchPage: failing, now: 1_000, concurrency: 1 })).rejects.toThrow(
      'HTTP 500',
    );
    expect(calls).toBe(3);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      resolveQueryMembers({ query: search('*'), ...fakePortal(300, 10_000), now: 1_000, concurrency: 1, signal: controller.signal }),
    ).rejects.toThrow('Cancelled');
  });
});
