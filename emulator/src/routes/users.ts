import type { FastifyInstance } from 'fastify';

import { assertPortalId, parseQueryParam, readSort } from './common';
import { userCreditsJson } from './user-credits';
import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute, type RestRequest } from '../plugins/rest-route';
import { groupsOfUser } from '../store/groups-repo';
import { categoryCondition, readCategoryList } from '../store/member-categories';
import { readPaging, searchTotal } from '../store/paging';
import { orgInfo } from '../store/portal-repo';
import { privilegesForRoleKey } from '../store/roles-repo';
import { ADMIN_USER_FIELDS, DOCUMENTED_USER_SORT_FIELDS, PUBLIC_USER_DEFAULT_FIELDS, USER_DEFAULT_FIELDS, userSearchSchema } from '../store/search-fields';
import { andAll, translateSearch, type SqlCondition } from '../store/search-sql';
import { findUserType } from '../store/user-types';
import { findUser, roleKeyOf, searchUsers, SYSTEM_USER_CONDITION, USER_SORT_COLUMNS, type UserRow } from '../store/users-repo';
import { fullUserJson, publicUserJson } from '../views/user-json';

/**
 * Full details for administrators and for the member themself; public fields for everyone else. `licensedItems`
 * (`returnUserLicensedItems=true`) adds the add-on licences to the full details only.
 */
export function userJsonFor(context: EmulatorContext, caller: Caller, user: UserRow, detailed: boolean, licensedItems = false): Record<string, unknown> {
  const orgId = orgInfo(context.store).id;
  const self = can.isSelf(caller, user.username);
  if (!self && !can.viewAllMembers(caller)) return publicUserJson(user, orgId);
  const credits = userCreditsJson(context, user.username);
  if (!detailed) return fullUserJson(user, orgId, { licensedItems, credits });
  const groups = groupsOfUser(context.store, user.username).filter((group) => self || can.viewAllGroups(caller) || group.access !== 'private');
  return fullUserJson(user, orgId, { privileges: privilegesForRoleKey(context.store, roleKeyOf(user)), groups, licensedItems, credits });
}

/**
 * Shared by `portals/self/users/search` and `community/users`. `total` stops at 10,000 (DOC user-search-org)
 * unless extensions are on; `excludeSystemUsers=true` leaves out the `esri_*` accounts (PY `_users_page`).
 */
function searchMembers(context: EmulatorContext, { params, caller, path }: RestRequest<Caller>): unknown {
  assertPortalId(context, path.portalId);
  const admin = can.viewAllMembers(caller);
  const extensions = context.config.extensions;
  const schema = userSearchSchema(orgInfo(context.store).id, { extensions });
  // A field the index does not know matches nothing (for everyone); a known admin field is refused to others.
  const checkField = (field: string): void => {
    if (!admin && ADMIN_USER_FIELDS.has(field) && Object.hasOwn(schema.fields, field)) throw arcgisErrors.forbidden();
  };
  const defaultFields = admin ? USER_DEFAULT_FIELDS : PUBLIC_USER_DEFAULT_FIELDS;
  const q = params.get('q') ?? '';
  const conditions: SqlCondition[] = [];
  const query = parseQueryParam(q);
  if (query) conditions.push(translateSearch(query, schema, { defaultFields, checkField }));
  const filter = parseQueryParam(params.get('filter'));
  if (filter) conditions.push(translateSearch(filter, schema, { defaultFields, checkField, exact: true }));
  // `categories` (RJS searchUsers passes it; DOC user-search-org): full paths, ORed, ANDed with `q` (our reading).
  const categories = params.text('categories');
  if (categories) conditions.push(categoryCondition(readCategoryList(categories)));
  if (params.bool('excludeSystemUsers')) conditions.push(SYSTEM_USER_CONDITION);
  const where = andAll(conditions);
  const sortable = (field: string): boolean => (extensions || DOCUMENTED_USER_SORT_FIELDS.has(field)) && (admin || !ADMIN_USER_FIELDS.has(field));
  const sort = readSort(params, USER_SORT_COLUMNS, 'username', sortable);
  const paging = readPaging(params.get('start'), params.get('num'));
  const result = searchUsers(context.store, where, sort, paging);
  return {
    query: q,
    total: searchTotal(result.total, extensions),
    start: paging.start,
    num: paging.num,
    nextStart: result.nextStart,
    results: result.rows.map((row) => userJsonFor(context, caller, row, false)),
  };
}

export function registerUserRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/users/search', (req) => searchMembers(context, req));
  restRoute(app, context, 'community/users', (req) => searchMembers(context, req));

  // By username or by the user's `id` (the Python API loads search results by `id`: `UserManager.search`, `User._hydrate`).
  // `returnUserLicensedItems=true` adds `userLicensedItems` (the add-on licences, MOCK-U) for who sees the full details.
  restRoute(app, context, 'community/users/:username', ({ caller, params, path }) => {
    const key = path.username ?? '';
    const user = findUser(context.store, key) ?? (context.store.prepare('SELECT * FROM users WHERE id = ?').get(key) as UserRow | undefined);
    if (!user) throw arcgisErrors.userNotFound();
    return userJsonFor(context, caller, user, true, params.bool('returnUserLicensedItems'));
  });

  restRoute(app, context, 'community/users/:username/userLicenseType', ({ caller, path }) => {
    const user = findUser(context.store, path.username ?? '');
    if (!user) throw arcgisErrors.userNotFound();
    requireAllowed(can.isSelf(caller, user.username) || can.viewAllMembers(caller));
    const type = findUserType(user.usertype);
    return {
      id: user.usertype,
      name: type?.name ?? user.usertype,
      description: type?.description ?? '',
      level: type?.level ?? Number(user.level),
      apps: (type?.apps ?? []).map((name) => ({ name })),
    };
  });
}
