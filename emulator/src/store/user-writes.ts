import type { Store } from './store';

/** Profile fields a member or an administrator may change (`community/users/{u}/update`). */
export type ProfileUpdate = Partial<{
  fullname: string;
  firstname: string;
  lastname: string;
  email: string;
  description: string;
  tags: string;
  access: string;
  culture: string;
  region: string;
  units: string;
}>;

const PROFILE_COLUMNS = ['fullname', 'firstname', 'lastname', 'email', 'description', 'tags', 'access', 'culture', 'region', 'units'] as const;

export function updateProfile(store: Store, username: string, update: ProfileUpdate, now: number): void {
  const columns = PROFILE_COLUMNS.filter((column) => update[column] !== undefined);
  if (columns.length === 0) return;
  const assignments = columns.map((column) => `${column} = @${column}`).join(', ');
  store.prepare(`UPDATE users SET ${assignments}, modified = @now WHERE username = @username`).run({ ...update, now, username });
}

export function setDisabled(store: Store, username: string, disabled: boolean, now: number): void {
  store.prepare('UPDATE users SET disabled = ?, modified = ? WHERE username = ?').run(disabled ? 1 : 0, now, username);
}

export function setRole(store: Store, username: string, role: string, roleid: string | null, now: number): void {
  store.prepare('UPDATE users SET role = ?, roleid = ?, modified = ? WHERE username = ?').run(role, roleid, now, username);
}

export function setUserType(store: Store, username: string, usertype: string, level: number, now: number): void {
  store.prepare('UPDATE users SET usertype = ?, level = ?, modified = ? WHERE username = ?').run(usertype, String(level), now, username);
}

/** What a member still owns; a member who owns anything cannot be deleted. */
export function ownedCounts(store: Store, username: string): { items: number; groups: number } {
  const items = (store.prepare('SELECT COUNT(*) AS count FROM items WHERE owner = ?').get(username) as { count: number }).count;
  const groups = (store.prepare('SELECT COUNT(*) AS count FROM groups WHERE owner = ?').get(username) as { count: number }).count;
  return { items, groups };
}

/** Removes the account with its memberships, folders and tokens (callers check `ownedCounts` first). */
export function deleteUser(store: Store, username: string): void {
  store.transaction(() => {
    store.prepare('DELETE FROM group_members WHERE username = ?').run(username);
    store.prepare('DELETE FROM group_invitations WHERE username = ?').run(username);
    store.prepare('DELETE FROM folders WHERE username = ?').run(username);
    store.prepare('DELETE FROM tokens WHERE username = ?').run(username);
    store.prepare('DELETE FROM users WHERE username = ?').run(username);
  });
}
