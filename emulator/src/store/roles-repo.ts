import { BUILT_IN_ROLE_PRIVILEGES, isBuiltInRole, reportedRole, roleRank } from './privileges';
import type { Store } from './store';

export type RoleRow = {
  id: string;
  name: string;
  description: string;
  privileges: string;
  created: number;
  modified: number;
  position: number;
};

export function listRoles(store: Store): RoleRow[] {
  return store.prepare('SELECT * FROM roles ORDER BY position, created').all() as RoleRow[];
}

export function findRole(store: Store, id: string): RoleRow | undefined {
  return store.prepare('SELECT * FROM roles WHERE id = ?').get(id) as RoleRow | undefined;
}

export function rolePrivileges(role: RoleRow): string[] {
  return JSON.parse(role.privileges) as string[];
}

/** Privileges of a role key: `org_admin|org_publisher|org_user` or a role id. */
export function privilegesForRoleKey(store: Store, roleKey: string): string[] {
  if (isBuiltInRole(roleKey)) return [...BUILT_IN_ROLE_PRIVILEGES[roleKey]];
  const role = findRole(store, roleKey);
  return role ? rolePrivileges(role) : [];
}

/** Every assignable role key with its rank: the three built-in roles, then Viewer, Data Editor and custom roles. */
export function assignableRoles(store: Store): { key: string; rank: number }[] {
  const builtIn = (['org_admin', 'org_publisher', 'org_user'] as const).map((key) => ({
    key,
    rank: roleRank(BUILT_IN_ROLE_PRIVILEGES[key]),
  }));
  return [...builtIn, ...listRoles(store).map((role) => ({ key: role.id, rank: roleRank(rolePrivileges(role)) }))];
}

export function isRoleNameTaken(store: Store, name: string, exceptId?: string): boolean {
  // `name` is COLLATE NOCASE: the portal treats role names case-insensitively.
  const row = store.prepare('SELECT id FROM roles WHERE name = ? AND id != ?').get(name, exceptId ?? '') as { id: string } | undefined;
  return row !== undefined;
}

export function insertRole(store: Store, role: { id: string; name: string; description: string; privileges: readonly string[]; now: number }): void {
  const { position } = store.prepare('SELECT COALESCE(MAX(position), -1) + 1 AS position FROM roles').get() as { position: number };
  store
    .prepare('INSERT INTO roles (id, name, description, privileges, created, modified, position) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .run(role.id, role.name, role.description, JSON.stringify(role.privileges), role.now, role.now, position);
}

export function updateRoleText(store: Store, id: string, changes: { name?: string; description?: string }, now: number): void {
  const role = findRole(store, id);
  if (!role) return;
  store
    .prepare('UPDATE roles SET name = ?, description = ?, modified = ? WHERE id = ?')
    .run(changes.name ?? role.name, changes.description ?? role.description, now, id);
}

/** New privileges; members holding the role are reported with the built-in role the privileges resemble. */
export function setRolePrivileges(store: Store, id: string, privileges: readonly string[], now: number): void {
  store.transaction(() => {
    store.prepare('UPDATE roles SET privileges = ?, modified = ? WHERE id = ?').run(JSON.stringify(privileges), now, id);
    store.prepare('UPDATE users SET role = ? WHERE roleid = ?').run(reportedRole(privileges), id);
  });
}

export function deleteRole(store: Store, id: string): void {
  store.prepare('DELETE FROM roles WHERE id = ?').run(id);
}

export function countRoleMembers(store: Store, id: string): number {
  return (store.prepare('SELECT COUNT(*) AS count FROM users WHERE roleid = ?').get(id) as { count: number }).count;
}

/** Members holding the role, by user type: to check a privilege change against their licences. */
export function roleMembersByType(store: Store, id: string): Map<string, number> {
  const rows = store.prepare('SELECT usertype, COUNT(*) AS count FROM users WHERE roleid = ? GROUP BY usertype').all(id) as {
    usertype: string;
    count: number;
  }[];
  return new Map(rows.map((row) => [row.usertype, row.count]));
}
