import { ArcGISIdentityManager } from '@esri/arcgis-rest-request';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { RetryPolicy } from '@/lib/async/with-retries';

import { isTransientError } from './arcgis-error';
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

type RowsPage = { total?: number; start: number; nextStart: number; rows: number[] };

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, statusText: status === 503 ? 'Service Unavailable' : 'OK', headers: { 'content-type': 'application/json' } });

/**
 * A portal resource of `total` rows that answers like the search: pages of at most `pageSize` from `start`, 1-based,
 * each answer after a tick; `reportsTotal: false` leaves `total` out. `fail` answers a 503 for that start, once.
 */
function fakePortal(total: number, { reportsTotal = true, pageSize = 100, fail }: { reportsTotal?: boolean; pageSize?: number; fail?: number } = {}) {
  const calls = { starts: [] as number[], inFlight: 0, mostInFlight: 0 };
  let failed = false;
  vi.stubGlobal('fetch', async (input: string | URL) => {
    const url = new URL(String(input));
    const start = Number(url.searchParams.get('start'));
    const num = Math.min(pageSize, Number(url.searchParams.get('num')));
    calls.starts.push(start);
    calls.inFlight += 1;
    calls.mostInFlight = Math.max(calls.mostInFlight, calls.inFlight);
    await new Promise((resolve) => setTimeout(resolve, 1));
    calls.inFlight -= 1;
    if (start === fail && !failed) {
      failed = true;
      return json({ error: { code: 503, message: 'busy' } }, 503);
    }
    const end = Math.min(total, start + num - 1);
    const rows = Array.from({ length: Math.max(0, end - start + 1) }, (_, index) => start + index);
    return json({ ...(reportsTotal ? { total } : {}), start, num, nextStart: end < total ? end + 1 : -1, rows });
  });
  return calls;
}

const rowsOf = (pages: RowsPage[]) => pages.flatMap((page) => page.rows);
const oneTo = (last: number, from = 1) => Array.from({ length: last - from + 1 }, (_, index) => from + index);
const sorted = (numbers: number[]) => [...numbers].sort((a, b) => a - b);

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchAllPages', () => {
  it('reads the pages after the first at once when the first reports the total, and gives them back in order', async () => {
    const calls = fakePortal(1_050);
    const pages = await fetchAllPages<RowsPage>(session, 'community/groups');
    expect(pages.map((page) => page.start)).toEqual([1, 101, 201, 301, 401, 501, 601, 701, 801, 901, 1001]);
    expect(rowsOf(pages)).toEqual(oneTo(1_050));
    expect(calls.starts).toHaveLength(11);
    expect(calls.mostInFlight).toBe(6);
  });

  it('walks by nextStart, one page after another, when the portal leaves the total out', async () => {
    const calls = fakePortal(250, { reportsTotal: false });
    const pages = await fetchAllPages<RowsPage>(session, 'portals/self/invitations');
    expect(calls.starts).toEqual([1, 101, 201]);
    expect(calls.mostInFlight).toBe(1);
    expect(rowsOf(pages)).toEqual(oneTo(250));
  });

  it('reads one page when it is the only one', async () => {
    const calls = fakePortal(40);
    const pages = await fetchAllPages<RowsPage>(session, 'portals/self/roles');
    expect(calls.starts).toEqual([1]);
    expect(rowsOf(pages)).toEqual(oneTo(40));
  });

  it('starts where it is told to', async () => {
    const calls = fakePortal(350);
    const pages = await fetchAllPages<RowsPage>(session, 'portals/self/invitations', {}, undefined, { start: 101 });
    expect(sorted(calls.starts)).toEqual([101, 201, 301]);
    expect(rowsOf(pages)).toEqual(oneTo(350, 101));
  });

  it('follows the portal’s own page size when it answers fewer than asked for', async () => {
    fakePortal(120, { pageSize: 25 });
    const pages = await fetchAllPages<RowsPage>(session, 'community/groups');
    expect(pages.map((page) => page.start)).toEqual([1, 26, 51, 76, 101]);
    expect(rowsOf(pages)).toEqual(oneTo(120));
  });

  it('stops at the search ceiling instead of asking for results the portal will not page to', async () => {
    const calls = fakePortal(12_345);
    const pages = await fetchAllPages<RowsPage>(session, 'search', { q: '*' }, undefined, { upTo: SEARCH_RESULT_CEILING });
    expect(pages).toHaveLength(100);
    expect(pages.at(-1)?.start).toBe(9_901);
    expect(Math.max(...calls.starts)).toBe(9_901);
  });

  it('stops at the search ceiling when walking by nextStart too', async () => {
    const calls = fakePortal(12_345, { reportsTotal: false });
    const pages = await fetchAllPages<RowsPage>(session, 'search', { q: '*' }, undefined, { upTo: SEARCH_RESULT_CEILING });
    expect(pages).toHaveLength(100);
    expect(calls.starts.at(-1)).toBe(9_901);
  });

  it('sends the parameters with start and num on every page', async () => {
    const seen: URLSearchParams[] = [];
    vi.stubGlobal('fetch', (input: string | URL) => {
      seen.push(new URL(String(input)).searchParams);
      return Promise.resolve(json({ total: 1, nextStart: -1, rows: [1] }));
    });
    await fetchAllPages(session, 'search', { q: 'owner:ana' });
    expect(seen[0]?.get('q')).toBe('owner:ana');
    expect(seen[0]?.get('start')).toBe('1');
    expect(seen[0]?.get('num')).toBe('100');
  });

  it('retries a page on a transient failure only when asked to', async () => {
    const patient: RetryPolicy = { isTransient: isTransientError, maxAttempts: 3, backoffMs: () => 0 };
    fakePortal(250, { fail: 101 });
    expect(rowsOf(await fetchAllPages<RowsPage>(session, 'portals/self/invitations', {}, undefined, { retry: patient }))).toEqual(oneTo(250));

    fakePortal(250, { fail: 101 });
    await expect(fetchAllPages<RowsPage>(session, 'portals/self/invitations')).rejects.toSatisfy(isTransientError);
  });
});
