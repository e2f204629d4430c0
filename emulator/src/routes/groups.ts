import type { FastifyInstance } from 'fastify';

import { parseQueryParam, readSort } from './common';
import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { restRoute } from '../plugins/rest-route';
import {
  addMembership,
  findGroup,
  groupCountOfUser,
  GROUP_SORT_COLUMNS,
  groupMemberNames,
  groupUserList,
  groupVisibility,
  MAX_GROUPS_PER_USER,
  membershipOf,
  removeMembership,
  searchGroups,
  type GroupRow,
  type MemberType,
} from '../store/groups-repo';
import { readPaging } from '../store/paging';
import { orgInfo } from '../store/portal-repo';
import { GROUP_DEFAULT_FIELDS, groupSearchSchema } from '../store/search-fields';
import { andAll, translateSearch, type SqlCondition } from '../store/search-sql';
import { findUser } from '../store/users-repo';
import { groupJson } from '../views/group-json';

/** addUsers/removeUsers take at most 25 usernames per call (users and admins together). */
export const MAX_USERS_PER_GROUP_CALL = 25;

export const tooManyUsers = () =>
  new ArcgisError({ code: 400, messageCode: 'ORG_3100', message: 'Exceeded maximum number of users allowed per call.', details: [] });

export function usernameList(params: Params, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
}

/** Group owners and managers, and administrators with `portal:admin:assignToGroups`. */
function requireGroupManager(caller: Caller, memberType: MemberType | undefined): void {
  requireAllowed(memberType === 'owner' || memberType === 'admin' || can.assignToGroups(caller));
}

/** A group the caller may see, else the "does not exist or is inaccessible" body. */
export function visibleGroup(context: EmulatorContext, caller: Caller, groupId: string): { group: GroupRow; memberType: MemberType | undefined } {
  const group = findGroup(context.store, groupId);
  if (!group) throw arcgisErrors.groupNotFound();
  const memberType = membershipOf(context.store, group.id, caller.user.username);
  if (group.access === 'private' && !memberType && !can.viewAllGroups(caller)) throw arcgisErrors.groupNotFound();
  return { group, memberType };
}

/** Member lists: group members and administrators who can view all groups. */
function requireMemberView(caller: Caller, memberType: MemberType | undefined): void {
  requireAllowed(memberType !== undefined || can.viewAllGroups(caller));
}

function parseJoined(value: string | undefined): { from?: number; to?: number } {
  if (!value) return {};
  const [from, to] = value.split(',').map((part) => (part.trim() === '' ? undefined : Number(part)));
  const valid = (n: number | undefined) => (n !== undefined && Number.isFinite(n) ? n : undefined);
  if (to === undefined && !value.includes(',')) return { from: valid(from), to: valid(from) };
  return { from: valid(from), to: valid(to) };
}

export function registerGroupRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'community/groups', ({ caller, params }) => {
    const orgId = orgInfo(context.store).id;
    // `accountid:` always (PY `search_groups` appends it); `orgid:` only with extensions (no evidence for groups).
    const schema = groupSearchSchema(orgId, { extensions: context.config.extensions });
    const conditions: SqlCondition[] = [];
    const q = params.get('q') ?? '';
    const query = parseQueryParam(q);
    if (query) conditions.push(translateSearch(query, schema, { defaultFields: GROUP_DEFAULT_FIELDS }));
    const filter = parseQueryParam(params.get('filter'));
    if (filter) conditions.push(translateSearch(filter, schema, { defaultFields: GROUP_DEFAULT_FIELDS, exact: true }));
    if (!can.viewAllGroups(caller)) conditions.push(groupVisibility(caller.user.username));
    if (params.get('searchUserAccess')?.toLowerCase() === 'groupmember') {
      const member = params.text('searchUserName') ?? caller.user.username;
      conditions.push({ sql: 'EXISTS (SELECT 1 FROM group_members s WHERE s.group_id = g.id AND s.username = ?)', params: [member] });
    }
    const where = andAll(conditions);
    const paging = readPaging(params.get('start'), params.get('num'));
    const result = searchGroups(context.store, where, readSort(params, GROUP_SORT_COLUMNS, 'title'), paging);
    return {
      query: q,
      total: result.total,
      start: paging.start,
      num: paging.num,
      nextStart: result.nextStart,
      results: result.rows.map((group) => groupJson(group, orgId)),
    };
  });

  restRoute(app, context, 'community/groups/:groupId', ({ caller, path }) => {
    const { group, memberType } = visibleGroup(context, caller, path.groupId ?? '');
    return groupJson(group, orgInfo(context.store).id, { username: caller.user.username, memberType: memberType ?? 'none' });
  });

  restRoute(app, context, 'community/groups/:groupId/users', ({ caller, path }) => {
    const { group, memberType } = visibleGroup(context, caller, path.groupId ?? '');
    requireMemberView(caller, memberType);
    const members = groupMemberNames(context.store, group.id);
    return {
      owner: group.owner,
      admins: members.filter((m) => m.member_type !== 'member').map((m) => m.username),
      users: members.filter((m) => m.member_type === 'member').map((m) => m.username),
    };
  });

  restRoute(app, context, 'community/groups/:groupId/addUsers', ({ caller, params, path }) => {
    const { group, memberType } = visibleGroup(context, caller, path.groupId ?? '');
    requireGroupManager(caller, memberType);
    const users = usernameList(params, 'users');
    const admins = usernameList(params, 'admins');
    if (users.length + admins.length > MAX_USERS_PER_GROUP_CALL) throw tooManyUsers();
    const store = context.store;
    return store.transaction(() => {
      const now = Date.now();
      const notAdded: string[] = [];
      const add = (requested: string, type: 'admin' | 'member'): void => {
        const user = findUser(store, requested);
        if (!user) {
          notAdded.push(requested);
          return;
        }
        // Already in the group: listed, left as they are (a manager is not demoted, a member not promoted).
        if (membershipOf(store, group.id, user.username)) {
          notAdded.push(requested);
          return;
        }
        if (groupCountOfUser(store, user.username) >= MAX_GROUPS_PER_USER) {
          notAdded.push(requested);
          return;
        }
        addMembership(store, group.id, user.username, type, now);
      };
      for (const username of admins) add(username, 'admin');
      for (const username of users) add(username, 'member');
      return { notAdded };
    });
  });

  restRoute(app, context, 'community/groups/:groupId/removeUsers', ({ caller, params, path }) => {
    const { group, memberType } = visibleGroup(context, caller, path.groupId ?? '');
    requireGroupManager(caller, memberType);
    const users = usernameList(params, 'users');
    if (users.length > MAX_USERS_PER_GROUP_CALL) throw tooManyUsers();
    const store = context.store;
    return store.transaction(() => {
      const notRemoved = users.filter((username) => !removeMembership(store, group.id, username));
      return { notRemoved };
    });
  });

  restRoute(app, context, 'community/groups/:groupId/userList', ({ caller, params, path }) => {
    const { group, memberType } = visibleGroup(context, caller, path.groupId ?? '');
    requireMemberView(caller, memberType);
    const paging = readPaging(params.get('start'), params.get('num'), 25);
    const requestedType = params.get('memberType')?.toLowerCase();
    const sortField = params.get('sortField')?.toLowerCase();
    const joined = parseJoined(params.text('joined'));
    const result = groupUserList(context.store, group.id, {
      memberType: requestedType === 'admin' || requestedType === 'member' ? requestedType : undefined,
      name: params.text('name'),
      joinedFrom: joined.from,
      joinedTo: joined.to,
      sort: {
        column: sortField === 'joined' || sortField === 'membertype' ? sortField : 'username',
        descending: params.get('sortOrder')?.toLowerCase() === 'desc',
      },
      paging,
    });
    const owner = context.store.prepare('SELECT username, fullname FROM users WHERE username = ?').get(group.owner) as
      { username: string; fullname: string } | undefined;
    return {
      total: result.total,
      start: paging.start,
      num: paging.num,
      nextStart: result.nextStart,
      owner: { username: group.owner, fullName: owner?.fullname ?? group.owner },
      users: result.rows.map((row) => ({
        username: row.username,
        fullName: row.fullname,
        memberType: row.member_type,
        thumbnail: row.thumbnail,
        joined: row.joined,
      })),
    };
  });
}
