import type { FastifyInstance } from 'fastify';

import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute, type RestRequest } from '../plugins/rest-route';
import { groupsOfUser } from '../store/groups-repo';
import { readPaging } from '../store/paging';
import { orgInfo } from '../store/portal-repo';
import { privilegesForRoleKey } from '../store/roles-repo';
import { ADMIN_USER_FIELDS, PUBLIC_USER_DEFAULT_FIELDS, USER_DEFAULT_FIELDS, userSearchSchema } from '../store/search-fields';
import { andAll, translateSearch, type SqlCondition } from '../store/search-sql';
import { findUserType } from '../store/user-types';
import { findUser, roleKeyOf, searchUsers, USER_SORT_COLUMNS, type UserRow } from '../store/users-repo';
import { fullUserJson, publicUserJson } from '../views/user-json';
import { assertPortalId, parseQueryParam, readSort } from './common';

/** Full details for administrators and for the member themself; public fields for everyone else. */
export function userJsonFor(context: EmulatorContext, caller: Caller, user: UserRow, detailed: boolean): Record<string, unknown> {
  const orgId = orgInfo(context.store).id;
  const self = can.isSelf(caller, user.username);
  if (!self && !can.viewAllMembers(caller)) return publicUserJson(user, orgId);
  if (!detailed) return fullUserJson(user, orgId);
  const groups = groupsOfUser(context.store, user.username).filter(
    (group) => self || can.viewAllGroups(caller) || group.access !== 'private',
  );
  return fullUserJson(user, orgId, { privileges: privilegesForRoleKey(context.store, roleKeyOf(user)), groups });
}

/** Shared by `portals/self/users/search` and `community/users`. */
function searchMembers(context: EmulatorContext, { params, caller, path }: RestRequest<Caller>): unknown {
  assertPortalId(context, path.portalId);
  const admin = can.viewAllMembers(caller);
  const schema = userSearchSchema(orgInfo(context.store).id);
  const checkField = (field: string): void => {
    if (!admin && ADMIN_USER_FIELDS.has(field)) throw arcgisErrors.forbidden();
  };
  const defaultFields = admin ? USER_DEFAULT_FIELDS : PUBLIC_USER_DEFAULT_FIELDS;
  const q = params.get('q') ?? '';
  const conditions: SqlCondition[] = [];
  const query = parseQueryParam(q);
  if (query) conditions.push(translateSearch(query, schema, { defaultFields, checkField }));
  const filter = parseQueryParam(params.get('filter'));
  if (filter) conditions.push(translateSearch(filter, schema, { defaultFields, checkField, exact: true }));
  const where = andAll(conditions);
  const sort = readSort(params, USER_SORT_COLUMNS, 'username', (field) => admin || !ADMIN_USER_FIELDS.has(field));
  const paging = readPaging(params.get('start'), params.get('num'));
  const result = searchUsers(context.store, where, sort, paging);
  return {
    query: q,
    total: result.total,
    start: paging.start,
    num: paging.num,
    nextStart: result.nextStart,
    results: result.rows.map((row) => userJsonFor(context, caller, row, false)),
  };
}

export function registerUserRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/users/search', (req) => searchMembers(context, req));
  restRoute(app, context, 'community/users', (req) => searchMembers(context, req));

  restRoute(app, context, 'community/users/:username', ({ caller, path }) => {
    const user = findUser(context.store, path.username ?? '');
    if (!user) throw arcgisErrors.userNotFound();
    return userJsonFor(context, caller, user, true);
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
