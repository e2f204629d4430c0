import type { FastifyInstance } from 'fastify';

import { assertPortalId, readSort } from './common';
import { userJsonFor } from './users';
import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { restRoute, type RestRequest } from '../plugins/rest-route';
import { categoryCondition, readCategoryList } from '../store/member-categories';
import { listWindow, readPaging } from '../store/paging';
import { orgInfo } from '../store/portal-repo';
import { userSearchSchema } from '../store/search-fields';
import type { SearchNode } from '../store/search-query';
import { andAll, orAll, translateSearch, type SqlCondition } from '../store/search-sql';
import { countUsersBy, searchUsers, SYSTEM_USER_CONDITION } from '../store/users-repo';

/** `sortField` values of DOC users (default username). */
const ORG_USER_SORT_COLUMNS: Readonly<Record<string, string>> = {
  username: 'username',
  fullname: 'fullname',
  created: 'created',
  lastlogin: 'lastlogin',
  mfaenabled: 'mfaenabled',
  level: 'level',
  role: 'role',
};

/** `fullname=`, `username=`, `firstname=`, `lastname=`: word match as in `q` (`*`/`?` wildcards allowed; our reading). */
function textFilter(orgId: string, field: string, value: string): SqlCondition {
  const wildcard = /[*?]/.test(value);
  const node: SearchNode = wildcard ? { kind: 'term', field, value, wildcard } : { kind: 'phrase', field, value };
  return translateSearch(node, userSearchSchema(orgId, { extensions: false }), { defaultFields: [] });
}

/**
 * `role=org_admin|org_publisher|org_user`: members with that built-in role and no custom role; `role=<roleId>`:
 * members holding that role (Viewer, Data Editor, custom roles). Our reading; DOC lists the values, PY passes role ids.
 */
function roleFilter(role: string): SqlCondition {
  if (role.toLowerCase().startsWith('org_')) return { sql: 'u.role = ? COLLATE NOCASE AND u.roleid IS NULL', params: [role] };
  return { sql: 'u.roleid = ?', params: [role] };
}

/**
 * The documented filters, ORed unless `applyFiltersIntersection=true` (PY `_users_page`; `applyFilterIntersection`
 * in Esri's R bridge `arc_portal_users`: "If TRUE multiple filters are treated as an and condition").
 */
function orgUserFilters(orgId: string, params: Params): SqlCondition | null {
  const filters: SqlCondition[] = [];
  const userLicenseType = params.text('userLicenseType');
  if (userLicenseType) filters.push({ sql: 'u.usertype = ? COLLATE NOCASE', params: [userLicenseType] });
  const provider = params.text('provider');
  if (provider) filters.push({ sql: 'u.provider = ? COLLATE NOCASE', params: [provider] });
  const role = params.text('role');
  if (role) filters.push(roleFilter(role));
  for (const field of ['fullname', 'username', 'firstname', 'lastname']) {
    const value = params.text(field);
    if (value) filters.push(textFilter(orgId, field, value));
  }
  // Full paths, ORed; a member matches when they hold one of them exactly (our reading).
  const categories = params.text('categories');
  if (categories) filters.push(categoryCondition(readCategoryList(categories)));
  if (filters.length === 0) return null;
  const intersection = params.bool('applyFiltersIntersection') || params.bool('applyFilterIntersection');
  return intersection ? andAll(filters) : orAll(filters);
}

/** `portals/self/users` (DOC users): every member, filtered and sorted, paged past 10,000 with an exact `total`. */
function listOrgUsers(context: EmulatorContext, { params, caller, path }: RestRequest<Caller>): unknown {
  assertPortalId(context, path.portalId);
  requireAllowed(can.viewAllMembers(caller));
  const orgId = orgInfo(context.store).id;
  const conditions: SqlCondition[] = [];
  const filters = orgUserFilters(orgId, params);
  if (filters) conditions.push(filters);
  if (params.bool('excludeSystemUsers')) conditions.push(SYSTEM_USER_CONDITION);
  const sort = readSort(params, ORG_USER_SORT_COLUMNS, 'username');
  const paging = readPaging(params.get('start'), params.get('num'));
  const result = searchUsers(context.store, andAll(conditions), sort, paging, listWindow);
  return {
    total: result.total,
    start: paging.start,
    num: paging.num,
    nextStart: result.nextStart,
    users: result.rows.map((row) => userJsonFor(context, caller, row, false)),
  };
}

/** `type` values PY `UserManager.counts` sends. This organization has no app or app-bundle licences assigned. */
const COUNT_TYPES: Readonly<Record<string, 'usertype' | 'rolekey' | null>> = {
  userlicensetype: 'usertype',
  role: 'rolekey',
  app: null,
  appbundle: null,
};

/**
 * `portals/self/users/counts?type=…` (PY `UserManager.counts`) → `{results:[{key,count}], nextStart}`, exact.
 * Role keys are the role id when a member has one, else the built-in role (our reading); most members first.
 */
function countOrgUsers(context: EmulatorContext, { params, caller, path }: RestRequest<Caller>): unknown {
  assertPortalId(context, path.portalId);
  requireAllowed(can.viewAllMembers(caller));
  const type = (params.text('type') ?? '').toLowerCase();
  if (!Object.hasOwn(COUNT_TYPES, type)) {
    throw arcgisErrors.badRequest("Unable to count users: 'type' must be one of userLicenseType, role, app, appBundle.");
  }
  const key = COUNT_TYPES[type];
  const counts = key ? countUsersBy(context.store, key, { sql: '1', params: [] }) : [];
  const paging = readPaging(params.get('start'), params.get('num'));
  const page = listWindow(paging, counts.length);
  return { results: counts.slice(page.offset, page.offset + page.limit), nextStart: page.nextStart };
}

export function registerOrgUserRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/users', (req) => listOrgUsers(context, req));
  restRoute(app, context, 'portals/:portalId/users/counts', (req) => countOrgUsers(context, req));
}
