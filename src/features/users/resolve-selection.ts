import { planExportSlices } from './plan-export-slices';
import type { Member } from './types';

/**
 * Which members a bulk action applies to: rows picked in the table, or everything that matches the table's query
 * (across pages). A query selection is resolved to members right before the preview.
 */
export type MemberSelection =
  | { kind: 'picked'; members: Member[] }
  /** `excluded`: usernames unticked after choosing all that match. */
  | { kind: 'query'; q: string; total: number; excluded: ReadonlySet<string> };

export const selectionCount = (selection: MemberSelection) =>
  selection.kind === 'query' ? Math.max(0, selection.total - selection.excluded.size) : selection.members.length;

type ResolveOptions = {
  q: string;
  countIn: (q: string) => Promise<number>;
  /** Up to 100 members matching `q` from `start` (1-based), in creation order. */
  fetchPage: (q: string, start: number) => Promise<Member[]>;
  now: number;
  concurrency: number;
  onProgress?: (fetched: number, total: number) => void;
  signal?: AbortSignal;
  /** The portal's paging ceiling (tests use a small one). */
  ceiling?: number;
};

export const withinCreated = (base: string, from: number, to: number) =>
  `${base === '*' ? '' : `(${base}) AND `}created:[${String(from)} TO ${String(to)}]`;

/**
 * Every member matching `q`, paging through the search 100 at a time. Past the portal's 10,000-result ceiling the
 * query is split by creation date (planExportSlices), as the export does, so no member is left out.
 */
export async function resolveQueryMembers(options: ResolveOptions): Promise<Member[]> {
  const { q, countIn, fetchPage, now, concurrency, onProgress, signal, ceiling } = options;
  const slices = await planExportSlices((from, to) => countIn(withinCreated(q, from, to)), 0, now, ceiling);
  const total = slices.reduce((sum, slice) => sum + slice.count, 0);
  const pages = slices.flatMap((slice) =>
    Array.from({ length: Math.ceil(slice.count / 100) }, (_, index) => ({ q: withinCreated(q, slice.from, slice.to), start: index * 100 + 1 })),
  );
  const results = new Array<Member[]>(pages.length);
  let next = 0;
  let fetched = 0;
  onProgress?.(0, total);
  const lane = async () => {
    while (next < pages.length) {
      if (signal?.aborted) throw new DOMException('Cancelled', 'AbortError');
      const index = next;
      next += 1;
      const page = pages[index];
      if (!page) return;
      const members = await fetchPage(page.q, page.start);
      results[index] = members;
      fetched += members.length;
      onProgress?.(fetched, total);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  // Members created between counting and paging can shift pages; a username is kept once.
  const seen = new Set<string>();
  return results.flat().filter((member) => !seen.has(member.username) && Boolean(seen.add(member.username)));
}
