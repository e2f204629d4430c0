import { AppError } from '@/lib/arcgis/arcgis-error';
import { SEARCH_RESULT_CEILING, searchTotalLabel } from '@/lib/arcgis/search-ceiling';
import { runInLanes } from '@/lib/async/run-in-lanes';

import type { AnsweredMemberQuery } from './member-query';
import { planExportSlices } from './plan-export-slices';
import type { Member } from '../types';

export type { AnsweredMemberQuery };

/**
 * Which members a bulk action applies to: rows picked in the table, or everything that matches the table's query
 * (across pages). A query selection is resolved to members right before the preview.
 */
export type MemberSelection =
  | { kind: 'picked'; members: Member[] }
  /** `excluded`: usernames unticked after choosing all that match. */
  | { kind: 'query'; query: AnsweredMemberQuery; total: number; excluded: ReadonlySet<string> };

export const selectionCount = (selection: MemberSelection) =>
  selection.kind === 'query' ? Math.max(0, selection.total - selection.excluded.size) : selection.members.length;

/** The selection's size as a person reads it: a search that matched 10,000 may match more ("10,000+"). */
export const selectionCountLabel = (selection: MemberSelection) =>
  selection.kind === 'query' && selection.query.kind === 'search' && selection.total >= SEARCH_RESULT_CEILING
    ? searchTotalLabel(selection.total)
    : selectionCount(selection).toLocaleString();

type ResolveOptions = {
  query: AnsweredMemberQuery;
  countIn: (query: AnsweredMemberQuery) => Promise<number>;
  /** Up to 100 members matching `query` from `start` (1-based), in creation order. */
  fetchPage: (query: AnsweredMemberQuery, start: number) => Promise<Member[]>;
  now: number;
  concurrency: number;
  onProgress?: (fetched: number, total: number) => void;
  signal?: AbortSignal;
  /** The portal's search ceiling (tests use a small one). */
  ceiling?: number;
};

export const withinCreated = (base: string, from: number, to: number) => `${base === '*' ? '' : `(${base}) AND `}created:[${String(from)} TO ${String(to)}]`;

type PageToFetch = { query: AnsweredMemberQuery; start: number };

async function pagesToFetch(options: ResolveOptions): Promise<{ pages: PageToFetch[]; total: number }> {
  const { query, countIn, now, ceiling = SEARCH_RESULT_CEILING } = options;
  const pagesOf = (slice: AnsweredMemberQuery, count: number) =>
    Array.from({ length: Math.ceil(count / 100) }, (_, index) => ({ query: slice, start: index * 100 + 1 }));
  if (query.kind === 'listing') {
    // The organization's listing is not documented as stopping at 10,000: it is paged whole.
    const total = await countIn(query);
    return { pages: pagesOf(query, total), total };
  }
  const slices = await planExportSlices((from, to) => countIn({ ...query, q: withinCreated(query.q, from, to) }), 0, now, ceiling);
  return {
    pages: slices.flatMap((slice) => pagesOf({ ...query, q: withinCreated(query.q, slice.from, slice.to) }, slice.count)),
    total: slices.reduce((sum, slice) => sum + slice.count, 0),
  };
}

/**
 * Every member matching the query, 100 a page, `concurrency` pages in flight; the first failure stops new pages and
 * is thrown. A search past the portal's 10,000-result ceiling is split by creation date (planExportSlices), so no
 * member is left out; the listing is paged whole, and a listing that stops short of its own total is an error, never
 * a shorter list.
 */
export async function resolveQueryMembers(options: ResolveOptions): Promise<Member[]> {
  const { fetchPage, concurrency, onProgress, signal, ceiling = SEARCH_RESULT_CEILING } = options;
  const { pages, total } = await pagesToFetch(options);
  const results = new Array<Member[]>(pages.length);
  let fetched = 0;
  const failure: { error?: unknown; happened: boolean } = { happened: false };
  onProgress?.(0, total);
  await runInLanes(
    pages.length,
    concurrency,
    async (index) => {
      const page = pages[index] as PageToFetch;
      try {
        const members = await fetchPage(page.query, page.start);
        results[index] = members;
        fetched += members.length;
        if (!failure.happened) onProgress?.(fetched, total);
      } catch (error) {
        if (!failure.happened) Object.assign(failure, { error, happened: true });
      }
    },
    () => Boolean(signal?.aborted) || failure.happened,
  );
  if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
  if (failure.happened) throw failure.error;
  // Members created between counting and paging can shift pages; a username is kept once.
  const seen = new Set<string>();
  const members = results.flat().filter((member) => !seen.has(member.username) && Boolean(seen.add(member.username)));
  if (options.query.kind === 'listing' && total >= ceiling && members.length < total && members.length <= ceiling) {
    throw new AppError(
      'unknown',
      `The portal listed ${members.length.toLocaleString()} of its ${total.toLocaleString()} members and stopped. Narrow the filters to fewer than ${ceiling.toLocaleString()} members.`,
    );
  }
  return members;
}
