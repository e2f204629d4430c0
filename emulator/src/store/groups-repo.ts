import { pageWindow, type Paging } from './paging';
import type { SqlCondition } from './search-sql';
import type { Store } from './store';
import { orderBy, type SortSpec } from './users-repo';

export type GroupRow = {
  rowid: number;
  id: string;
  title: string;
  owner: string;
  description: string | null;
  snippet: string | null;
  tags: string;
  phone: string | null;
  access: string;
  is_invitation_only: number;
  is_view_only: number;
  auto_join: number;
  protected: number;
  is_read_only: number;
  notifications_enabled: number;
  sort_field: string;
  sort_order: string;
  thumbnail: string | null;
  capabilities: string;
  created: number;
  modified: number;
};

export type MemberType = 'owner' | 'admin' | 'member';

export function findGroup(store: Store, id: string): GroupRow | undefined {
  return store.prepare('SELECT * FROM groups WHERE id = ?').get(id) as GroupRow | undefined;
}

export function membershipOf(store: Store, groupId: string, username: string): MemberType | undefined {
  const row = store.prepare('SELECT member_type FROM group_members WHERE group_id = ? AND username = ?').get(groupId, username) as
    { member_type: MemberType } | undefined;
  return row?.member_type;
}

export function groupsOfUser(store: Store, username: string): (GroupRow & { member_type: MemberType })[] {
  return store
    .prepare(
      `SELECT g.*, m.member_type FROM group_members m JOIN groups g ON g.id = m.group_id
      WHERE m.username = ? ORDER BY g.title, g.rowid`,
    )
    .all(username) as (GroupRow & { member_type: MemberType })[];
}

/** SQL condition: groups a member can see (public and org groups, and private groups they belong to). */
export function groupVisibility(username: string | null): SqlCondition {
  if (username === null) return { sql: `g.access = 'public'`, params: [] };
  return {
    sql: `(g.access IN ('org', 'public') OR EXISTS (SELECT 1 FROM group_members v WHERE v.group_id = g.id AND v.username = ?))`,
    params: [username],
  };
}

export const GROUP_SORT_COLUMNS: Readonly<Record<string, string>> = {
  title: 'title',
  owner: 'owner',
  created: 'created',
  modified: 'modified',
};

export function searchGroups(
  store: Store,
  where: SqlCondition,
  sort: readonly SortSpec[],
  paging: Paging,
): { total: number; rows: GroupRow[]; nextStart: number } {
  const total = (store.prepare(`SELECT COUNT(*) AS count FROM groups g WHERE ${where.sql}`).get(...where.params) as { count: number }).count;
  const window = pageWindow(paging, total);
  const rows =
    window.limit > 0 && window.offset < total
      ? (store
          .prepare(`SELECT g.* FROM groups g WHERE ${where.sql} ORDER BY ${orderBy('g', sort)} LIMIT ? OFFSET ?`)
          .all(...where.params, window.limit, window.offset) as GroupRow[])
      : [];
  return { total, rows, nextStart: window.nextStart };
}

export function groupMemberNames(store: Store, groupId: string): { username: string; member_type: MemberType }[] {
  return store.prepare('SELECT username, member_type FROM group_members WHERE group_id = ? ORDER BY username').all(groupId) as {
    username: string;
    member_type: MemberType;
  }[];
}

export type GroupUserListOptions = {
  memberType?: 'admin' | 'member';
  name?: string;
  joinedFrom?: number;
  joinedTo?: number;
  sort: { column: 'username' | 'membertype' | 'joined'; descending: boolean };
  paging: Paging;
};

export type GroupUserListRow = { username: string; fullname: string; thumbnail: string | null; member_type: MemberType; joined: number };

/** One page of a group's members with their names (the `userList` resource). */
export function groupUserList(store: Store, groupId: string, options: GroupUserListOptions): { total: number; rows: GroupUserListRow[]; nextStart: number } {
  const conditions = ['m.group_id = ?'];
  const params: unknown[] = [groupId];
  if (options.memberType === 'admin') conditions.push(`m.member_type IN ('owner', 'admin')`);
  if (options.memberType === 'member') conditions.push(`m.member_type = 'member'`);
  if (options.name) {
    conditions.push(`(u.username LIKE ? ESCAPE '\\' OR u.fullname LIKE ? ESCAPE '\\')`);
    const like = `%${options.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  if (options.joinedFrom !== undefined) {
    conditions.push('m.joined >= ?');
    params.push(options.joinedFrom);
  }
  if (options.joinedTo !== undefined) {
    conditions.push('m.joined <= ?');
    params.push(options.joinedTo);
  }
  const where = conditions.join(' AND ');
  const from = 'FROM group_members m JOIN users u ON u.username = m.username';
  const total = (store.prepare(`SELECT COUNT(*) AS count ${from} WHERE ${where}`).get(...params) as { count: number }).count;
  const window = pageWindow(options.paging, total);
  const direction = options.sort.descending ? 'DESC' : 'ASC';
  const order =
    options.sort.column === 'joined'
      ? `m.joined ${direction}, u.username`
      : options.sort.column === 'membertype'
        ? `CASE m.member_type WHEN 'owner' THEN 0 WHEN 'admin' THEN 1 ELSE 2 END ${direction}, u.username`
        : `u.username ${direction}`;
  const rows =
    window.limit > 0
      ? (store
          .prepare(`SELECT u.username, u.fullname, u.thumbnail, m.member_type, m.joined ${from} WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`)
          .all(...params, window.limit, window.offset) as GroupUserListRow[])
      : [];
  return { total, rows, nextStart: window.nextStart };
}

/** A member can belong to at most 512 groups (documented limit). */
export const MAX_GROUPS_PER_USER = 512;

export function groupCountOfUser(store: Store, username: string): number {
  return (store.prepare('SELECT COUNT(*) AS count FROM group_members WHERE username = ?').get(username) as { count: number }).count;
}

/** Adds a membership unless one exists; true when added. */
export function addMembership(store: Store, groupId: string, username: string, memberType: 'admin' | 'member', joined: number): boolean {
  return (
    store
      .prepare('INSERT OR IGNORE INTO group_members (group_id, username, member_type, joined) VALUES (?, ?, ?, ?)')
      .run(groupId, username, memberType, joined).changes > 0
  );
}

/** Removes a member or manager (never the owner); true when removed. */
export function removeMembership(store: Store, groupId: string, username: string): boolean {
  return store.prepare(`DELETE FROM group_members WHERE group_id = ? AND username = ? AND member_type <> 'owner'`).run(groupId, username).changes > 0;
}

export type NewGroup = {
  title: string;
  owner: string;
  description: string | null;
  snippet: string | null;
  tags: string[];
  phone: string | null;
  access: GroupAccess;
  isInvitationOnly: boolean;
  isViewOnly: boolean;
  autoJoin: boolean;
  sortField: string;
  sortOrder: string;
  capabilities: string[];
};

export type GroupAccess = 'private' | 'org' | 'public';
export const GROUP_ACCESS: readonly GroupAccess[] = ['private', 'org', 'public'];

/** Titles are unique per owner, case-insensitively (the column is NOCASE). */
export function ownerHasGroupTitled(store: Store, owner: string, title: string, exceptId?: string): boolean {
  return store.prepare('SELECT 1 FROM groups WHERE owner = ? AND title = ? AND id <> ?').get(owner, title, exceptId ?? '') !== undefined;
}

/** Inserts a group and its owner's membership; returns the new row. */
export function insertGroup(store: Store, id: string, group: NewGroup, now: number): GroupRow {
  store
    .prepare(
      `INSERT INTO groups (id, title, owner, description, snippet, tags, phone, access, is_invitation_only, is_view_only,
        auto_join, sort_field, sort_order, capabilities, created, modified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      id,
      group.title,
      group.owner,
      group.description,
      group.snippet,
      JSON.stringify(group.tags),
      group.phone,
      group.access,
      group.isInvitationOnly ? 1 : 0,
      group.isViewOnly ? 1 : 0,
      group.autoJoin ? 1 : 0,
      group.sortField,
      group.sortOrder,
      JSON.stringify(group.capabilities),
      now,
      now,
    );
  store.prepare(`INSERT INTO group_members (group_id, username, member_type, joined) VALUES (?, ?, 'owner', ?)`).run(id, group.owner, now);
  return findGroup(store, id) as GroupRow;
}

/** The columns `community/groups/{id}/update` may change, by parameter. */
export type GroupChanges = Partial<{
  title: string;
  description: string | null;
  snippet: string | null;
  tags: string[];
  phone: string | null;
  access: GroupAccess;
  is_invitation_only: boolean;
  is_view_only: boolean;
  auto_join: boolean;
  sort_field: string;
  sort_order: string;
}>;

export function updateGroupRow(store: Store, id: string, changes: GroupChanges, now: number): void {
  const entries = (Object.entries(changes) as [string, unknown][]).filter(([, value]) => value !== undefined);
  const values = entries.map(([column, value]) => {
    if (column === 'tags') return JSON.stringify(value);
    if (typeof value === 'boolean') return value ? 1 : 0;
    return value as string | null;
  });
  const sets = [...entries.map(([column]) => `${column} = ?`), 'modified = ?'];
  store.prepare(`UPDATE groups SET ${sets.join(', ')} WHERE id = ?`).run(...values, now, id);
}

/** Deletes a group, its memberships and its item shares. */
export function deleteGroupRow(store: Store, id: string): void {
  store.prepare('DELETE FROM group_members WHERE group_id = ?').run(id);
  store.prepare('DELETE FROM group_invitations WHERE group_id = ?').run(id);
  store.prepare('DELETE FROM item_groups WHERE group_id = ?').run(id);
  store.prepare('DELETE FROM groups WHERE id = ?').run(id);
}

/** Makes `newOwner` the owner; the previous owner stays as a manager. */
export function reassignGroupRow(store: Store, group: GroupRow, newOwner: string, now: number): void {
  store.prepare(`UPDATE group_members SET member_type = 'admin' WHERE group_id = ? AND member_type = 'owner'`).run(group.id);
  store
    .prepare(
      `INSERT INTO group_members (group_id, username, member_type, joined) VALUES (?, ?, 'owner', ?)
       ON CONFLICT (group_id, username) DO UPDATE SET member_type = 'owner'`,
    )
    .run(group.id, newOwner, now);
  store.prepare('UPDATE groups SET owner = ?, modified = ? WHERE id = ?').run(newOwner, now, group.id);
}

/** Promotes a member to manager or demotes a manager to member; false for the owner and non-members. */
export function setMemberType(store: Store, groupId: string, username: string, memberType: 'admin' | 'member'): boolean {
  return (
    store.prepare(`UPDATE group_members SET member_type = ? WHERE group_id = ? AND username = ? AND member_type <> 'owner'`).run(memberType, groupId, username)
      .changes > 0
  );
}
