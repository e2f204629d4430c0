import { pageWindow, type Paging } from './paging';
import type { Store } from './store';

/** Pending invitations last 14 days. */
export const INVITATION_LIFETIME_MS = 14 * 86_400_000;

export type InvitationRow = {
  rowid: number;
  id: string;
  username: string;
  email: string;
  firstname: string;
  lastname: string;
  fullname: string;
  description: string;
  role: string;
  roleid: string | null;
  usertype: string;
  groups: string;
  invited_by: string;
  created: number;
  expiration: number;
};

export type NewInvitation = Omit<InvitationRow, 'rowid'>;

/**
 * Makes the invitations of a username expire now (test control): they leave the list but keep holding the name.
 * Returns how many were pending.
 */
export function expireInvitationsOf(store: Store, username: string, now: number): number {
  return store
    .prepare('UPDATE invitations SET created = ? - ?, expiration = ? WHERE username = ? AND expiration > ?')
    .run(now - 1, INVITATION_LIFETIME_MS, now - 1, username, now).changes;
}

export function insertInvitation(store: Store, invitation: NewInvitation): void {
  store
    .prepare(
      `INSERT INTO invitations (id, username, email, firstname, lastname, fullname, description, role, roleid, usertype, groups,
      invited_by, created, expiration) VALUES (@id, @username, @email, @firstname, @lastname, @fullname, @description, @role, @roleid,
      @usertype, @groups, @invited_by, @created, @expiration)`,
    )
    .run(invitation);
}

/** A pending invitation; an expired one is no longer listed or found (Esri KB 000011996). */
export function findInvitation(store: Store, id: string, now: number): InvitationRow | undefined {
  return store.prepare('SELECT * FROM invitations WHERE id = ? AND expiration > ?').get(id, now) as InvitationRow | undefined;
}

export function deleteInvitation(store: Store, id: string): boolean {
  return store.prepare('DELETE FROM invitations WHERE id = ?').run(id).changes > 0;
}

/** One page of pending invitations, oldest first; expired ones are left out. */
export function listInvitations(store: Store, paging: Paging, now: number): { total: number; rows: InvitationRow[]; nextStart: number } {
  const total = (store.prepare('SELECT COUNT(*) AS count FROM invitations WHERE expiration > ?').get(now) as { count: number }).count;
  const window = pageWindow(paging, total);
  const rows =
    window.limit > 0 && window.offset < total
      ? (store
          .prepare('SELECT * FROM invitations WHERE expiration > ? ORDER BY created, rowid LIMIT ? OFFSET ?')
          .all(now, window.limit, window.offset) as InvitationRow[])
      : [];
  return { total, rows, nextStart: window.nextStart };
}

/**
 * True when a username belongs to a member or to an invitation, pending or expired (case-insensitive: both columns
 * are `COLLATE NOCASE`). An expired invitation still holds its name until it is cleared (Esri KB 000011996: "the
 * same username cannot be reused"; the portal suggests the name with a numeral).
 */
export function isUsernameTaken(store: Store, username: string): boolean {
  return (
    store.prepare('SELECT 1 FROM users WHERE username = ? UNION ALL SELECT 1 FROM invitations WHERE username = ? LIMIT 1').get(username, username) !== undefined
  );
}

/** `name` when free, else the first free `name1`, `name2`… */
export function suggestUsername(store: Store, username: string): string {
  if (!isUsernameTaken(store, username)) return username;
  for (let n = 1; ; n += 1) {
    const candidate = `${username}${String(n)}`;
    if (!isUsernameTaken(store, candidate)) return candidate;
  }
}
