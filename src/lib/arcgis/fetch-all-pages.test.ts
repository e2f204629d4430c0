import { ArcGISIdentityManager } from '@esri/arcgis-rest-request';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fetchAllPages } from './fetch-all-pages';
import { SEARCH_RESULT_CEILING } from './search-ceiling';

const portal = 'https://portal.example/sharing/rest';
const session = new ArcGISIdentityManager({
  clientId: 'roster',
  portal,
  token: 'token',
  tokenExpires: new Date(Date.now() + 3_600_000),
  username: 'admin',
});

/** A portal resource of `total` rows that answers like the search: pages of `num` from `start`, 1-based. */
function fakePortal(total: number) {
  const starts: number[] = [];
  vi.stubGlobal('fetch', (input: string | URL) => {
    const url = new URL(String(input));
    const start = Number(url.searchParams.get('start'));
    const num = Number(url.searchParams.get('num'));
    starts.push(start);
    const end = Math.min(total, start + num - 1);
    const body = { total, start, num, nextStart: end < total ? end + 1 : -1, results: [] };
    return Promise.resolve(new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  });
  return starts;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchAllPages', () => {
  it('reads 100 at a time until the portal says there is no next page', async () => {
    const starts = fakePortal(250);
    const pages = await fetchAllPages<{ nextStart: number }>(session, 'community/groups');
    expect(starts).toEqual([1, 101, 201]);
    expect(pages.map((page) => page.nextStart)).toEqual([101, 201, -1]);
  });

  it('stops at the search ceiling instead of asking for results the portal will not page to', async () => {
    const starts = fakePortal(12_345);
    const pages = await fetchAllPages(session, 'search', { q: '*' }, undefined, { upTo: SEARCH_RESULT_CEILING });
    expect(pages).toHaveLength(100);
    expect(starts.at(-1)).toBe(9_901);
  });
});
