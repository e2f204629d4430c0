import type { Store } from './store';

/** An account of the enterprise identity store, in the shape `searchEnterpriseUsers` answers (DOC). */
export type IdentityUser = { username: string; fullname: string; email: string; description: string };

/** `filter` narrows by a case-insensitive substring of the login, the full name or the e-mail (our reading of "narrow"). */
function likeOf(filter: string): string {
  return `%${filter.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Up to `maxCount` accounts (one more is read to answer `hasMore`), in login order. */
export function searchIdentityUsers(store: Store, filter: string, maxCount: number): { users: IdentityUser[]; hasMore: boolean } {
  const rows = store
    .prepare(
      `SELECT username, fullname, email, description FROM identity_users
      WHERE username LIKE @like ESCAPE '\\' OR fullname LIKE @like ESCAPE '\\' OR email LIKE @like ESCAPE '\\'
      ORDER BY username COLLATE NOCASE LIMIT @limit`,
    )
    .all({ like: likeOf(filter), limit: maxCount + 1 }) as IdentityUser[];
  return { users: rows.slice(0, maxCount), hasMore: rows.length > maxCount };
}

export function searchIdentityGroups(store: Store, filter: string, maxCount: number): { names: string[]; hasMore: boolean } {
  const rows = store
    .prepare("SELECT name FROM identity_groups WHERE name LIKE ? ESCAPE '\\' ORDER BY name COLLATE NOCASE LIMIT ?")
    .all(likeOf(filter), maxCount + 1) as { name: string }[];
  return { names: rows.slice(0, maxCount).map((row) => row.name), hasMore: rows.length > maxCount };
}

export function identityGroupExists(store: Store, name: string): boolean {
  return store.prepare('SELECT 1 FROM identity_groups WHERE name = ?').get(name) !== undefined;
}

export function usersInIdentityGroup(store: Store, name: string, filter: string, maxCount: number): { users: IdentityUser[]; hasMore: boolean } {
  const rows = store
    .prepare(
      `SELECT u.username, u.fullname, u.email, u.description FROM identity_group_members m
      JOIN identity_users u ON u.username = m.username
      WHERE m.group_name = @name AND (u.username LIKE @like ESCAPE '\\' OR u.fullname LIKE @like ESCAPE '\\')
      ORDER BY u.username COLLATE NOCASE LIMIT @limit`,
    )
    .all({ name, like: likeOf(filter), limit: maxCount + 1 }) as IdentityUser[];
  return { users: rows.slice(0, maxCount), hasMore: rows.length > maxCount };
}
