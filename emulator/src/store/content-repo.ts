import { pageWindow, type Paging } from './paging';
import type { Store } from './store';

export type FolderRow = { id: string; username: string; title: string; created: number };
export type ItemRow = {
  rowid: number;
  id: string;
  owner: string;
  folder_id: string | null;
  title: string;
  type: string;
  type_keywords: string;
  description: string | null;
  snippet: string | null;
  tags: string;
  access: string;
  url: string | null;
  size: number;
  num_views: number;
  created: number;
  modified: number;
};

export function foldersOf(store: Store, username: string): FolderRow[] {
  return store.prepare('SELECT * FROM folders WHERE username = ? ORDER BY title, created').all(username) as FolderRow[];
}

export function findFolder(store: Store, username: string, folderId: string): FolderRow | undefined {
  return store.prepare('SELECT * FROM folders WHERE username = ? AND id = ?').get(username, folderId) as FolderRow | undefined;
}

/** Items in a member's root folder (`folderId` null) or in one folder, newest first. */
export function itemsIn(store: Store, username: string, folderId: string | null, paging: Paging): { total: number; rows: ItemRow[]; nextStart: number } {
  const where = folderId === null ? 'owner = ? AND folder_id IS NULL' : 'owner = ? AND folder_id = ?';
  const params = folderId === null ? [username] : [username, folderId];
  const total = (store.prepare(`SELECT COUNT(*) AS count FROM items WHERE ${where}`).get(...params) as { count: number }).count;
  const window = pageWindow(paging, total);
  const rows =
    window.limit > 0
      ? (store.prepare(`SELECT * FROM items WHERE ${where} ORDER BY created DESC, rowid DESC LIMIT ? OFFSET ?`).all(...params, window.limit, window.offset) as ItemRow[])
      : [];
  return { total, rows, nextStart: window.nextStart };
}

export function countItemsOwnedBy(store: Store, username: string): number {
  return (store.prepare('SELECT COUNT(*) AS count FROM items WHERE owner = ?').get(username) as { count: number }).count;
}
