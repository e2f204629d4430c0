import { createFolderFor, findFolderByTitle, foldersOf } from './content-repo';
import { reassignGroupRow, type GroupRow } from './groups-repo';
import type { Store } from './store';
import { licensedItemsOf, type EsriAccess, type UserRow } from './users-repo';

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
  /** Esri access (`userType`); only administrators change it. */
  esri_access: EsriAccess;
}>;

const PROFILE_COLUMNS = ['fullname', 'firstname', 'lastname', 'email', 'description', 'tags', 'access', 'culture', 'region', 'units', 'esri_access'] as const;

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

/**
 * Why a member cannot be deleted yet (PY `User.delete`: not while the member "owns groups or items and/or is assigned
 * an application bundle"; it revokes add-on licences and turns Esri access off first), as the 400 error's message and
 * details; undefined when nothing blocks it. Checked in this order: owned items and groups, add-on licences, Esri access.
 */
export function deleteBlocker(store: Store, user: UserRow): { message: string; details: unknown[] } | undefined {
  const owned = ownedCounts(store, user.username);
  if (owned.items > 0 || owned.groups > 0) {
    return {
      message: `Unable to delete user '${user.username}': the user owns ${String(owned.items)} items and ${String(owned.groups)} groups. Transfer or delete them before deleting the user.`,
      details: [`items: ${String(owned.items)}`, `groups: ${String(owned.groups)}`],
    };
  }
  const licensed = licensedItemsOf(user);
  if (licensed.length > 0) {
    const [count, them] = licensed.length === 1 ? ['1 add-on license', 'it'] : [`${String(licensed.length)} add-on licenses`, 'them'];
    return {
      message: `Unable to delete user '${user.username}': the user has ${count} assigned. Revoke ${them} before deleting the user.`,
      details: licensed.map((item) => item.itemId),
    };
  }
  if (user.esri_access === 'both') {
    return {
      message: `Unable to delete user '${user.username}': the user has Esri access enabled. Turn it off before deleting the user.`,
      details: ['userType: both'],
    };
  }
  return undefined;
}

/** Removes the account with its memberships, folders and tokens (callers check `deleteBlocker` first). */
export function deleteUser(store: Store, username: string): void {
  store.transaction(() => {
    store.prepare('DELETE FROM group_members WHERE username = ?').run(username);
    store.prepare('DELETE FROM group_invitations WHERE username = ?').run(username);
    store.prepare('DELETE FROM folders WHERE username = ?').run(username);
    store.prepare('DELETE FROM tokens WHERE username = ?').run(username);
    store.prepare('DELETE FROM users WHERE username = ?').run(username);
  });
}

/** The groups a member owns (what `reassignAllOwnership` hands over). */
export function groupsOwnedBy(store: Store, username: string): GroupRow[] {
  return store.prepare('SELECT * FROM groups WHERE owner = ? ORDER BY title').all(username) as GroupRow[];
}

/**
 * Hands everything `from` owns to `to` (`community/users/{u}/reassign`): root items to the receiver's root, the items
 * of each folder to the receiver's folder `<from>_<folder>` (created when missing; the Python API's `reassign_to`
 * describes this naming), then the emptied folders go; owned groups change owner (the giver stays as a manager, as
 * `community/groups/{id}/reassign` does). Storage usage follows the items. Run inside a transaction.
 */
export function reassignAllOwnership(store: Store, from: string, to: string, now: number): { items: number; groups: number } {
  const moved = store.prepare('SELECT COUNT(*) AS count, COALESCE(SUM(size), 0) AS size FROM items WHERE owner = ?').get(from) as {
    count: number;
    size: number;
  };
  const moveFolder = store.prepare('UPDATE items SET owner = ?, folder_id = ? WHERE owner = ? AND folder_id = ?');
  for (const folder of foldersOf(store, from)) {
    const title = `${from}_${folder.title}`;
    const target = findFolderByTitle(store, to, title) ?? createFolderFor(store, to, title);
    moveFolder.run(to, target.id, from, folder.id);
  }
  store.prepare('UPDATE items SET owner = ?, folder_id = NULL WHERE owner = ?').run(to, from);
  store.prepare('DELETE FROM folders WHERE username = ?').run(from);
  store.prepare('UPDATE users SET storage_usage = MAX(0, storage_usage - ?) WHERE username = ?').run(moved.size, from);
  store.prepare('UPDATE users SET storage_usage = storage_usage + ? WHERE username = ?').run(moved.size, to);
  const groups = groupsOwnedBy(store, from);
  for (const group of groups) reassignGroupRow(store, group, to, now);
  return { items: moved.count, groups: groups.length };
}
