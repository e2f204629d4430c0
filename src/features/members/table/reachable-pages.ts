import { SEARCH_RESULT_CEILING } from '@/lib/arcgis/search-ceiling';

/**
 * The rows and pages the table can reach: a search stops at the portal's 10,000-result ceiling (its pages past that
 * are not offered; the table's notice says to narrow the search), the listing and the group filter do not.
 */
export function reachablePages(total: number, pageSize: number, isSearch: boolean, ceiling = SEARCH_RESULT_CEILING) {
  const rows = isSearch ? Math.min(total, ceiling) : total;
  return { rows, pages: Math.ceil(rows / pageSize) };
}
