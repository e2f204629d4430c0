import type { FastifyInstance } from 'fastify';

import { parseQueryParam, readSort } from './common';
import { can, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { restRoute } from '../plugins/rest-route';
import { ITEM_DEFAULT_FIELDS, ITEM_SORT_COLUMNS, itemSearchSchema, itemVisibility, searchItems } from '../store/content-repo';
import { readPaging } from '../store/paging';
import { orgInfo } from '../store/portal-repo';
import { andAll, translateSearch, type SqlCondition } from '../store/search-sql';
import { itemJson } from '../views/item-json';

/**
 * An item search over what the caller may see (`q` and `filter` in the portal's grammar, `sortField`
 * title|created|modified|type|size|owner|numviews), narrowed by `scope` (e.g. the items of one group).
 */
export function searchItemsFor(context: EmulatorContext, caller: Caller | null, params: Params, scope?: SqlCondition): Record<string, unknown> {
  const orgId = orgInfo(context.store).id;
  // PY's item search appends `accountid:<orgId>` (`_portalpy.search`): every item here belongs to this organization.
  const base = itemSearchSchema(orgId);
  const schema = { ...base, fields: { ...base.fields, accountid: { kind: 'constant', value: orgId } as const } };
  const q = params.get('q') ?? '';
  const conditions: SqlCondition[] = [itemVisibility(caller?.user.username ?? null, can.viewAllContent(caller))];
  if (scope) conditions.push(scope);
  const query = parseQueryParam(q);
  if (query) conditions.push(translateSearch(query, schema, { defaultFields: ITEM_DEFAULT_FIELDS }));
  const filter = parseQueryParam(params.get('filter'));
  if (filter) conditions.push(translateSearch(filter, schema, { defaultFields: ITEM_DEFAULT_FIELDS, exact: true }));
  const where = andAll(conditions);
  const sort = readSort(params, ITEM_SORT_COLUMNS, 'title');
  const paging = readPaging(params.get('start'), params.get('num'));
  const result = searchItems(context.store, where, sort, paging);
  return {
    query: q,
    total: result.total,
    start: paging.start,
    num: paging.num,
    nextStart: result.nextStart,
    results: result.rows.map((row) => itemJson(row, orgId)),
  };
}

/** Item search (`search`, what rest-js `searchItems` calls). */
export function registerSearchRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'search', ({ caller, params }) => searchItemsFor(context, caller, params), 'optional');
}
