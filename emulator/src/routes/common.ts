import { arcgisErrors } from '../plugins/arcgis-error';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { orgInfo } from '../store/portal-repo';
import { parseSearchQuery, SearchSyntaxError, type SearchNode } from '../store/search-query';
import type { SortSpec } from '../store/users-repo';

/** `portals/self` and `portals/<orgId>` are the same resource. */
export function assertPortalId(context: EmulatorContext, portalId: string | undefined): void {
  if (portalId === undefined) return;
  if (portalId.toLowerCase() === 'self' || portalId === orgInfo(context.store).id) return;
  throw arcgisErrors.badRequest('Portal does not exist or is inaccessible.');
}

/** Parses `q`/`filter`; a malformed query is a 400 error body. */
export function parseQueryParam(value: string | undefined): SearchNode | null {
  if (value === undefined || value.trim() === '') return null;
  try {
    return parseSearchQuery(value);
  } catch (error) {
    if (error instanceof SearchSyntaxError) {
      throw arcgisErrors.badRequest('Unable to perform search. Check the syntax of the query.', [error.message]);
    }
    throw error;
  }
}

/**
 * `sortField` (comma list, case-insensitive) and `sortOrder` (`asc|desc`, one or one per field).
 * Unknown or not-allowed fields are ignored; with none left, `fallback` ascending.
 */
export function readSort(
  params: Params,
  columns: Readonly<Record<string, string>>,
  fallback: string,
  allowed: (field: string) => boolean = () => true,
): SortSpec[] {
  const fields = (params.get('sortField') ?? '')
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const orders = (params.get('sortOrder') ?? '').split(',').map((o) => o.trim().toLowerCase());
  const sort: SortSpec[] = [];
  fields.forEach((field, index) => {
    const column = columns[field];
    if (!column || !allowed(field)) return;
    const order = orders[index] ?? orders[0] ?? 'asc';
    sort.push({ column, descending: order === 'desc' });
  });
  if (sort.length === 0) sort.push({ column: fallback, descending: (orders[0] ?? 'asc') === 'desc' && fields.length === 0 });
  return sort;
}
