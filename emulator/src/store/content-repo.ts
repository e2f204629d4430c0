import { randomBytes } from 'node:crypto';

import { pageWindow, type Paging } from './paging';
import type { SearchSchema, SqlCondition } from './search-sql';
import type { Store } from './store';
import { orderBy, type SortSpec } from './users-repo';

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
export type ItemGroupRow = { id: string; title: string; owner: string; access: string };
export type Page<T> = { total: number; rows: T[]; nextStart: number };

/** `sortField` values of `search` and of a member's content listing (text sorts ignore case). */
export const ITEM_SORT_COLUMNS: Readonly<Record<string, string>> = {
  title: 'title COLLATE NOCASE',
  created: 'created',
  modified: 'modified',
  type: 'type COLLATE NOCASE',
  size: 'size',
  owner: 'owner',
  numviews: 'num_views',
};

export function foldersOf(store: Store, username: string): FolderRow[] {
  return store.prepare('SELECT * FROM folders WHERE username = ? ORDER BY title, created').all(username) as FolderRow[];
}

export function findFolder(store: Store, username: string, folderId: string): FolderRow | undefined {
  return store.prepare('SELECT * FROM folders WHERE username = ? AND id = ?').get(username, folderId) as FolderRow | undefined;
}

/** Folder titles are unique per member, compared case-insensitively. */
export function findFolderByTitle(store: Store, username: string, title: string): FolderRow | undefined {
  return store.prepare('SELECT * FROM folders WHERE username = ? AND title = ? COLLATE NOCASE').get(username, title) as FolderRow | undefined;
}

/** Creates a folder for a member (the caller checked that the title is free). */
export function createFolderFor(store: Store, username: string, title: string): FolderRow {
  const folder = { id: randomBytes(16).toString('hex'), username, title, created: Date.now() };
  store.prepare('INSERT INTO folders (id, username, title, created) VALUES (@id, @username, @title, @created)').run(folder);
  return folder;
}

/** Items in a member's root folder (`folderId` null) or in one folder; newest first unless sorted. */
export function itemsIn(store: Store, username: string, folderId: string | null, sort: readonly SortSpec[] | null, paging: Paging): Page<ItemRow> {
  const where = folderId === null ? 'i.owner = ? AND i.folder_id IS NULL' : 'i.owner = ? AND i.folder_id = ?';
  const params = folderId === null ? [username] : [username, folderId];
  const total = (store.prepare(`SELECT COUNT(*) AS count FROM items i WHERE ${where}`).get(...params) as { count: number }).count;
  const window = pageWindow(paging, total);
  const order = sort ? orderBy('i', sort) : 'i.created DESC, i.rowid DESC';
  const rows =
    window.limit > 0
      ? (store.prepare(`SELECT i.* FROM items i WHERE ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, window.limit, window.offset) as ItemRow[])
      : [];
  return { total, rows, nextStart: window.nextStart };
}

export function countItemsOwnedBy(store: Store, username: string): number {
  return (store.prepare('SELECT COUNT(*) AS count FROM items WHERE owner = ?').get(username) as { count: number }).count;
}

export function findItem(store: Store, id: string): ItemRow | undefined {
  return store.prepare('SELECT * FROM items WHERE id = ?').get(id) as ItemRow | undefined;
}

/** Groups an item is shared to, by title. */
export function itemGroups(store: Store, itemId: string): ItemGroupRow[] {
  return store
    .prepare(
      `SELECT g.id, g.title, g.owner, g.access FROM item_groups s JOIN groups g ON g.id = s.group_id
      WHERE s.item_id = ? ORDER BY g.title, g.rowid`,
    )
    .all(itemId) as ItemGroupRow[];
}

/** Items related to `itemId` by one of `types`: `forward` = it is the origin, `reverse` = the destination. */
export function relatedItems(store: Store, itemId: string, types: readonly string[], direction: 'forward' | 'reverse'): ItemRow[] {
  const [mine, theirs] = direction === 'forward' ? ['origin_id', 'destination_id'] : ['destination_id', 'origin_id'];
  const placeholders = types.map(() => '?').join(', ');
  return store
    .prepare(
      `SELECT i.* FROM item_relationships r JOIN items i ON i.id = r.${theirs}
      WHERE r.${mine} = ? AND r.type COLLATE NOCASE IN (${placeholders}) ORDER BY i.rowid`,
    )
    .all(itemId, ...types) as ItemRow[];
}

/** Gives an item to another member, in their folder (null = root); storage usage follows the item. */
export function moveItemToOwner(store: Store, item: ItemRow, owner: string, folderId: string | null): void {
  store.prepare('UPDATE items SET owner = ?, folder_id = ? WHERE id = ?').run(owner, folderId, item.id);
  store.prepare('UPDATE users SET storage_usage = MAX(0, storage_usage - ?) WHERE username = ?').run(item.size, item.owner);
  store.prepare('UPDATE users SET storage_usage = storage_usage + ? WHERE username = ?').run(item.size, owner);
}

export type NewItem = {
  owner: string;
  folderId: string | null;
  title: string;
  type: string;
  typeKeywords: readonly string[];
  tags: readonly string[];
  description: string | null;
  snippet: string | null;
  url: string | null;
  text: string | null;
};

/** Adds a private item (the size is its data's, in bytes); its owner's storage usage grows. */
export function addItem(store: Store, item: NewItem): ItemRow {
  const id = randomBytes(16).toString('hex');
  const now = Date.now();
  const size = item.text === null ? 0 : Buffer.byteLength(item.text);
  store
    .prepare(
      `INSERT INTO items (id, owner, folder_id, title, type, type_keywords, description, snippet, tags, access, url, size, num_views, created, modified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'private', ?, ?, 0, ?, ?)`,
    )
    .run(
      id,
      item.owner,
      item.folderId,
      item.title,
      item.type,
      JSON.stringify(item.typeKeywords),
      item.description,
      item.snippet,
      JSON.stringify(item.tags),
      item.url,
      size,
      now,
      now,
    );
  if (item.text !== null) store.prepare('INSERT INTO item_data (item_id, text) VALUES (?, ?)').run(id, item.text);
  store.prepare('UPDATE users SET storage_usage = storage_usage + ? WHERE username = ?').run(size, item.owner);
  const row = findItem(store, id);
  if (!row) throw new Error(`item ${id} was not stored`);
  return row;
}

export type ItemChanges = Partial<Pick<NewItem, 'title' | 'typeKeywords' | 'tags' | 'description' | 'snippet' | 'url' | 'text'>>;

/** Changes what was sent; a new \`text\` replaces the data and the size follows (with the owner's storage usage). */
export function updateItem(store: Store, item: ItemRow, changes: ItemChanges): void {
  const columns: [string, unknown][] = [];
  if (changes.title !== undefined) columns.push(['title', changes.title]);
  if (changes.typeKeywords !== undefined) columns.push(['type_keywords', JSON.stringify(changes.typeKeywords)]);
  if (changes.tags !== undefined) columns.push(['tags', JSON.stringify(changes.tags)]);
  if (changes.description !== undefined) columns.push(['description', changes.description]);
  if (changes.snippet !== undefined) columns.push(['snippet', changes.snippet]);
  if (changes.url !== undefined) columns.push(['url', changes.url]);
  if (changes.text !== undefined && changes.text !== null) {
    const size = Buffer.byteLength(changes.text);
    columns.push(['size', size]);
    store.prepare('INSERT INTO item_data (item_id, text) VALUES (?, ?) ON CONFLICT (item_id) DO UPDATE SET text = excluded.text').run(item.id, changes.text);
    store.prepare('UPDATE users SET storage_usage = MAX(0, storage_usage + ?) WHERE username = ?').run(size - item.size, item.owner);
  }
  columns.push(['modified', Math.max(Date.now(), item.modified + 1)]);
  store.prepare(`UPDATE items SET ${columns.map(([name]) => `${name} = ?`).join(', ')} WHERE id = ?`).run(...columns.map(([, value]) => value), item.id);
}

/** The item's data, or undefined when it has none. */
export function itemData(store: Store, itemId: string): string | undefined {
  return (store.prepare('SELECT text FROM item_data WHERE item_id = ?').get(itemId) as { text: string } | undefined)?.text;
}

/** Shares an item to a group (again is a no-op); \`private\` items become \`shared\`. */
export function shareItemToGroup(store: Store, item: ItemRow, groupId: string): void {
  store.prepare('INSERT OR IGNORE INTO item_groups (item_id, group_id) VALUES (?, ?)').run(item.id, groupId);
  store.prepare(`UPDATE items SET access = 'shared' WHERE id = ? AND access = 'private'`).run(item.id);
}

/** Stops sharing an item to a group; an item shared to no group any more is \`private\` again. */
export function unshareItemFromGroup(store: Store, item: ItemRow, groupId: string): void {
  store.prepare('DELETE FROM item_groups WHERE item_id = ? AND group_id = ?').run(item.id, groupId);
  const left = (store.prepare('SELECT COUNT(*) AS count FROM item_groups WHERE item_id = ?').get(item.id) as { count: number }).count;
  if (left === 0) store.prepare(`UPDATE items SET access = 'private' WHERE id = ? AND access = 'shared'`).run(item.id);
}

export function setItemAccess(store: Store, item: ItemRow, access: 'private' | 'shared' | 'org' | 'public'): void {
  store.prepare('UPDATE items SET access = ? WHERE id = ?').run(access, item.id);
}

/** Deletes an item with its sharing and relationships; its owner's storage usage shrinks. */
export function deleteItem(store: Store, item: ItemRow): void {
  store.prepare('DELETE FROM item_data WHERE item_id = ?').run(item.id);
  store.prepare('DELETE FROM item_groups WHERE item_id = ?').run(item.id);
  store.prepare('DELETE FROM item_relationships WHERE origin_id = ? OR destination_id = ?').run(item.id, item.id);
  store.prepare('DELETE FROM items WHERE id = ?').run(item.id);
  store.prepare('UPDATE users SET storage_usage = MAX(0, storage_usage - ?) WHERE username = ?').run(item.size, item.owner);
}

/** SQL condition (alias `i`): items a member may see — their own, public, org-wide, or shared to one of their groups. */
export function itemVisibility(username: string | null, seesAll: boolean): SqlCondition {
  if (seesAll) return { sql: '1', params: [] };
  if (username === null) return { sql: `i.access = 'public'`, params: [] };
  return {
    sql: `(i.owner = ? OR i.access IN ('public', 'org') OR EXISTS (SELECT 1 FROM item_groups s JOIN group_members m
      ON m.group_id = s.group_id WHERE s.item_id = i.id AND m.username = ?))`,
    params: [username, username],
  };
}

/** Runs an item search: exact total, and one page (never past the 10,000th result). */
export function searchItems(store: Store, where: SqlCondition, sort: readonly SortSpec[], paging: Paging): Page<ItemRow> {
  const total = (store.prepare(`SELECT COUNT(*) AS count FROM items i WHERE ${where.sql}`).get(...where.params) as { count: number }).count;
  const window = pageWindow(paging, total);
  const rows =
    window.limit > 0 && window.offset < total
      ? (store
          .prepare(`SELECT i.* FROM items i WHERE ${where.sql} ORDER BY ${orderBy('i', sort)} LIMIT ? OFFSET ?`)
          .all(...where.params, window.limit, window.offset) as ItemRow[])
      : [];
  return { total, rows, nextStart: window.nextStart };
}

/** Fields searched by a bare term in `search` (the portal's documented default item fields). */
export const ITEM_DEFAULT_FIELDS = ['title', 'tags', 'snippet', 'description', 'typekeywords', 'type'] as const;

/** Item search fields (names lower-case; queries are matched case-insensitively). */
export function itemSearchSchema(orgId: string): SearchSchema {
  return {
    alias: 'i',
    ftsTable: 'items_fts',
    fields: {
      id: { kind: 'keyword', columns: ['id'] },
      owner: { kind: 'keyword', columns: ['owner'] },
      title: { kind: 'text', column: 'title' },
      description: { kind: 'text', column: 'description' },
      snippet: { kind: 'text', column: 'snippet' },
      tags: { kind: 'text', column: 'tags' },
      typekeywords: { kind: 'text', column: 'type_keywords' },
      type: { kind: 'keyword', columns: ['type'] },
      access: { kind: 'keyword', columns: ['access'] },
      ownerfolder: { kind: 'keyword', columns: ['folder_id'] },
      created: { kind: 'number', column: 'created' },
      modified: { kind: 'number', column: 'modified' },
      size: { kind: 'number', column: 'size' },
      numviews: { kind: 'number', column: 'num_views' },
      orgid: { kind: 'constant', value: orgId },
    },
  };
}
