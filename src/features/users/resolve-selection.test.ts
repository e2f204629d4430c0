import { describe, expect, it } from 'vitest';

import { resolveQueryMembers } from './resolve-selection';
import { testMember } from './testing-members';
import type { Member } from './types';

/** A fake portal: members created at t = 0…n-1, paging capped at `ceiling` results like the real one. */
function fakePortal(count: number, ceiling: number) {
  const all = Array.from({ length: count }, (_, index) => testMember(`m${String(index)}`, { created: index }));
  const inRange = (q: string) => {
    const match = /created:\[(\d+) TO (\d+)\]/.exec(q);
    const from = Number(match?.[1] ?? 0);
    const to = Number(match?.[2] ?? Number.MAX_SAFE_INTEGER);
    return all.filter((member) => member.created >= from && member.created <= to);
  };
  let requests = 0;
  return {
    countIn: (q: string) => {
      requests += 1;
      return Promise.resolve(inRange(q).length);
    },
    fetchPage: (q: string, start: number): Promise<Member[]> => {
      requests += 1;
      if (start > ceiling) return Promise.resolve([]);
      return Promise.resolve(inRange(q).slice(start - 1, Math.min(start - 1 + 100, ceiling)));
    },
    requests: () => requests,
  };
}

describe('resolveQueryMembers', () => {
  it('pages through every match below the ceiling', async () => {
    const portal = fakePortal(250, 10_000);
    const progress: number[] = [];
    const members = await resolveQueryMembers({ q: 'role:org_user', ...portal, now: 1_000, concurrency: 4, onProgress: (fetched) => progress.push(fetched) });
    expect(members).toHaveLength(250);
    expect(new Set(members.map((m) => m.username)).size).toBe(250);
    expect(progress.at(-1)).toBe(250);
  });

  it('splits by creation date past the ceiling so nobody is left out', async () => {
    const portal = fakePortal(730, 300);
    const members = await resolveQueryMembers({ q: '*', ...portal, now: 1_000, concurrency: 2, ceiling: 300 });
    expect(members.map((m) => m.created).sort((a, b) => a - b)).toEqual(Array.from({ length: 730 }, (_, index) => index));
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(resolveQueryMembers({ q: '*', ...fakePortal(300, 10_000), now: 1_000, concurrency: 1, signal: controller.signal })).rejects.toThrow('Cancelled');
  });
});
