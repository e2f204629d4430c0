import { SEARCH_RESULT_CEILING } from '@/lib/arcgis/search-ceiling';

export type CreatedSlice = { from: number; to: number; count: number };

/**
 * Splits [from, to] (creation times, ms) into slices that each match fewer than `ceiling` members, so every member
 * can be paged through even when the whole search matches more than the portal will page. `countIn` asks the
 * portal how many match in a range (inclusive). The portal counts only up to the ceiling ("if the total number is
 * greater than this value, 10,000 will be returned"), so a count of exactly the ceiling means "that many or more"
 * and is split too. Slices come back in creation order and cover the range exactly.
 */
export async function planExportSlices(
  countIn: (from: number, to: number) => Promise<number>,
  from: number,
  to: number,
  ceiling = SEARCH_RESULT_CEILING,
): Promise<CreatedSlice[]> {
  const count = await countIn(from, to);
  if (count === 0) return [];
  // A single millisecond cannot be split further; it is exported up to the ceiling (the portal's limit).
  if (count < ceiling || from >= to) return [{ from, to, count }];
  const middle = Math.floor((from + to) / 2);
  const [before, after] = await Promise.all([planExportSlices(countIn, from, middle, ceiling), planExportSlices(countIn, middle + 1, to, ceiling)]);
  return [...before, ...after];
}
