import { request } from '@esri/arcgis-rest-request';

import { mapWithConcurrency } from '@/lib/async/run-in-lanes';
import type { RetryPolicy } from '@/lib/async/with-retries';

import { retrying } from './portal-retry';
import type { PortalSession } from './portal-session';
import { READS_IN_FLIGHT } from './reads-in-flight';

/** A page of a paged portal resource; `total` where the portal reports it (not every resource on every portal does). */
export type Page = { nextStart: number; total?: number };

export type PageOptions = {
  /** The first result to read (1-based). */
  start?: number;
  /** The last result worth asking for: `SEARCH_RESULT_CEILING` for a search, where the portal stops answering (search-ceiling.ts). */
  upTo?: number;
  /** Each page read sent again on transient failures under this policy (`portalRetry`); by default a failure is thrown at once. */
  retry?: RetryPolicy;
};

/** The most a paged ArcGIS listing returns at once (`num` ≤ 100). */
const PAGE_SIZE = 100;

/**
 * Every page of a paged portal resource (`start`/`num`/`nextStart`), 100 at a time, in order. When the first page
 * reports the `total`, the other pages are asked for at once, `READS_IN_FLIGHT` at a time; without it they are walked
 * by `nextStart` (as Esri's Python client pages), which also picks up whatever the listing grew by in the meantime.
 */
export async function fetchAllPages<T extends Page>(
  session: PortalSession,
  path: string,
  params: Record<string, unknown> = {},
  signal?: AbortSignal,
  { start = 1, upTo = Number.POSITIVE_INFINITY, retry }: PageOptions = {},
): Promise<T[]> {
  const read = (from: number): Promise<T> => {
    const send = async () =>
      (await request(`${session.portal}/${path}`, {
        httpMethod: 'GET',
        params: { ...params, start: from, num: PAGE_SIZE },
        authentication: session,
        signal,
      })) as T;
    return retry ? retrying(send, retry, signal) : send();
  };
  const first = await read(start);
  const pages = [first, ...(await mapWithConcurrency(startsAfter(first, start, upTo), READS_IN_FLIGHT, read))];
  let next = (pages.at(-1) as T).nextStart;
  while (next > 0 && next <= upTo) {
    const page = await read(next);
    pages.push(page);
    next = page.nextStart;
  }
  return pages;
}

/** Where the pages after `first` start, when its `total` says how many there are (none when it does not). */
function startsAfter(first: Page, start: number, upTo: number): number[] {
  // The portal's own page size: a portal answering fewer than `num` a page is still read whole.
  const step = first.nextStart - start;
  if (typeof first.total !== 'number' || first.nextStart <= 0 || step <= 0) return [];
  const last = Math.min(first.total, upTo);
  const starts: number[] = [];
  for (let next = first.nextStart; next <= last; next += step) starts.push(next);
  return starts;
}
