import type { Store } from './store';

export type GroupInvitationRow = {
  id: string;
  group_id: string;
  username: string;
  role: 'group_member' | 'group_admin';
  invited_by: string;
  created: number;
  expiration: number;
};

/** A pending invitation unless one for this member and group is pending already; true when created. */
export function insertGroupInvitation(store: Store, row: GroupInvitationRow): boolean {
  const pending = store
    .prepare('SELECT 1 FROM group_invitations WHERE group_id = ? AND username = ? AND expiration > ?')
    .get(row.group_id, row.username, row.created);
  if (pending) return false;
  store
    .prepare(
      'INSERT INTO group_invitations (id, group_id, username, role, invited_by, created, expiration) VALUES (@id, @group_id, @username, @role, @invited_by, @created, @expiration)',
    )
    .run(row);
  return true;
}

/** A member's invitations that have not expired, oldest first. */
export function pendingInvitationsOf(store: Store, username: string, now: number): GroupInvitationRow[] {
  return store.prepare('SELECT * FROM group_invitations WHERE username = ? AND expiration > ? ORDER BY created, id').all(username, now) as GroupInvitationRow[];
}

export function findGroupInvitation(store: Store, username: string, id: string): GroupInvitationRow | undefined {
  return store.prepare('SELECT * FROM group_invitations WHERE username = ? AND id = ?').get(username, id) as GroupInvitationRow | undefined;
}

export function deleteGroupInvitation(store: Store, id: string): void {
  store.prepare('DELETE FROM group_invitations WHERE id = ?').run(id);
}
