/** ArcGIS paging: `start` is 1-based, `num` ≤ 100, and only the first 10,000 search results can be paged. */
export const MAX_NUM = 100;
export const MAX_RESULT_WINDOW = 10_000;

export type Paging = { start: number; num: number };
export type PageWindow = { offset: number; limit: number; nextStart: number };

function parseInteger(value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) ? Math.trunc(number) : null;
}

/** Reads `start`/`num`; missing or invalid values fall back to the defaults, `num` is clamped to 0…100. */
export function readPaging(start: string | undefined, num: string | undefined, defaultNum = 10): Paging {
  const startValue = parseInteger(start);
  const numValue = parseInteger(num);
  return {
    start: startValue !== null && startValue >= 1 ? startValue : 1,
    num: numValue === null || numValue < 0 ? defaultNum : Math.min(numValue, MAX_NUM),
  };
}

/**
 * Rows to fetch for a search page. Positions beyond 10,000 are never returned (an empty or shortened page);
 * `nextStart` is -1 on the last page, when `num` is 0, and once the 10,000 window is used up.
 */
export function pageWindow({ start, num }: Paging, total: number): PageWindow {
  const limit = start > MAX_RESULT_WINDOW ? 0 : Math.min(num, MAX_RESULT_WINDOW - start + 1);
  const last = start + num - 1;
  const nextStart = num > 0 && last < Math.min(total, MAX_RESULT_WINDOW) ? start + num : -1;
  return { offset: start - 1, limit, nextStart };
}

/** Rows to fetch for a listing that is not a search (e.g. `portals/self/users`): no 10,000 window. */
export function listWindow({ start, num }: Paging, total: number): PageWindow {
  const nextStart = num > 0 && start + num - 1 < total ? start + num : -1;
  return { offset: start - 1, limit: num, nextStart };
}

/**
 * The `total` a search reports: "counted accurately up to 10,000; if the total number is greater than this
 * value, 10,000 will be returned" (DOC user-search-org). `exact` (extensions) reports the true count.
 */
export function searchTotal(total: number, exact: boolean): number {
  return exact ? total : Math.min(total, MAX_RESULT_WINDOW);
}
