import { BUILT_IN_ROLE_PRIVILEGES, isBuiltInRole, roleRank } from './privileges';
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
