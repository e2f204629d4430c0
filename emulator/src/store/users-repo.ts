import { pageWindow, type PageWindow, type Paging } from './paging';
import type { SqlCondition } from './search-sql';
import type { Store } from './store';

export type UserRow = {
  rowid: number;
  id: string;
  username: string;
  fullname: string;
  firstname: string;
  lastname: string;
  email: string;
  description: string;
  tags: string;
  thumbnail: string | null;
  created: number;
  modified: number;
  lastlogin: number;
  role: string;
  roleid: string | null;
  level: string;
  usertype: string;
  disabled: number;
  provider: string;
  idpusername: string | null;
  mfaenabled: number;
  access: string;
  culture: string;
  region: string;
  units: string;
  storage_usage: number;
  storage_quota: number;
  password_hash: string | null;
  /** Esri access, answered as `userType`: 'both' = the member also has Esri access. */
  esri_access: EsriAccess;
  /** Add-on licences, answered as `userLicensedItems`: JSON `[{itemId, entitlements: string[]}]`. */
  licensed_items: string;
  /** Member categories, answered as `categories`: a JSON list of full paths. */
  categories: string;
};

export const ESRI_ACCESS = ['arcgisonly', 'both'] as const;
export type EsriAccess = (typeof ESRI_ACCESS)[number];

/** One add-on licence of a member (an app or extension listing and the entitlements granted from it). */
export type LicensedItem = { itemId: string; entitlements: string[] };

export function licensedItemsOf(user: Pick<UserRow, 'licensed_items'>): LicensedItem[] {
  return JSON.parse(user.licensed_items) as LicensedItem[];
}

/** The role key stored for a member: a custom role id, else the built-in role. */
export function roleKeyOf(user: Pick<UserRow, 'role' | 'roleid'>): string {
  return user.roleid ?? user.role;
}

/** Case-insensitive lookup, as in `community/users/{username}`. */
export function findUser(store: Store, username: string): UserRow | undefined {
  return store.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
}

/** Exact-case lookup for sign-in (usernames are case-sensitive when generating tokens). */
export function findUserForSignIn(store: Store, username: string): UserRow | undefined {
  return store.prepare('SELECT * FROM users WHERE username = ? COLLATE BINARY').get(username) as UserRow | undefined;
}

export function recordLogin(store: Store, username: string, time: number): void {
  store.prepare('UPDATE users SET lastlogin = ? WHERE username = ?').run(time, username);
}

export function countUsersByType(store: Store): Map<string, number> {
  const rows = store.prepare('SELECT usertype, COUNT(*) AS count FROM users GROUP BY usertype').all() as { usertype: string; count: number }[];
  return new Map(rows.map((row) => [row.usertype, row.count]));
}

export function countUsers(store: Store): number {
  return (store.prepare('SELECT COUNT(*) AS count FROM users').get() as { count: number }).count;
}

export type SortSpec = { column: string; descending: boolean };

export const USER_SORT_COLUMNS: Readonly<Record<string, string>> = {
  username: 'username',
  fullname: 'fullname',
  firstname: 'firstname',
  lastname: 'lastname',
  created: 'created',
  modified: 'modified',
  lastlogin: 'lastlogin',
  email: 'email',
  role: 'role',
  level: 'level',
  mfaenabled: 'mfaenabled',
  disabled: 'disabled',
  provider: 'provider',
  usertype: 'usertype',
  userlicensetype: 'usertype',
  userlicensetypeid: 'usertype',
};

export function orderBy(alias: string, sort: readonly SortSpec[]): string {
  const parts = sort.map((s) => `${alias}.${s.column} ${s.descending ? 'DESC' : 'ASC'}`);
  const last = sort.at(-1);
  parts.push(`${alias}.rowid ${last?.descending ? 'DESC' : 'ASC'}`);
  return parts.join(', ');
}

/**
 * Runs a user search: exact total, and one page of rows. `window` decides which rows a page may hold: a search
 * never goes past the 10,000th result (`pageWindow`); a listing such as `portals/self/users` does (`listWindow`).
 */
export function searchUsers(
  store: Store,
  where: SqlCondition,
  sort: readonly SortSpec[],
  paging: Paging,
  window: (paging: Paging, total: number) => PageWindow = pageWindow,
): { total: number; rows: UserRow[]; nextStart: number } {
  const total = (store.prepare(`SELECT COUNT(*) AS count FROM users u WHERE ${where.sql}`).get(...where.params) as { count: number }).count;
  const page = window(paging, total);
  const rows =
    page.limit > 0 && page.offset < total
      ? (store
          .prepare(`SELECT u.* FROM users u WHERE ${where.sql} ORDER BY ${orderBy('u', sort)} LIMIT ? OFFSET ?`)
          .all(...where.params, page.limit, page.offset) as UserRow[])
      : [];
  return { total, rows, nextStart: page.nextStart };
}

/**
 * Built-in system accounts (`excludeSystemUsers=true`, PY `UserManager.search(exclude_system=…)`): the `esri_*`
 * accounts of an ArcGIS Enterprise portal (esri_livingatlas, esri_boundaries…). Our reading: the `esri_` prefix.
 */
export const SYSTEM_USER_CONDITION: SqlCondition = { sql: "u.username NOT LIKE 'esri\\_%' ESCAPE '\\'", params: [] };

/** Members per key (`u.usertype`, or the role key: a role id, else the built-in role) matching `where`. */
export function countUsersBy(store: Store, keyColumn: 'usertype' | 'rolekey', where: SqlCondition): { key: string; count: number }[] {
  const key = keyColumn === 'usertype' ? 'u.usertype' : 'COALESCE(u.roleid, u.role)';
  return store
    .prepare(`SELECT ${key} AS key, COUNT(*) AS count FROM users u WHERE ${where.sql} GROUP BY ${key} ORDER BY count DESC, key ASC`)
    .all(...where.params) as { key: string; count: number }[];
}

export type NewUser = Pick<
  UserRow,
  | 'id'
  | 'username'
  | 'fullname'
  | 'firstname'
  | 'lastname'
  | 'email'
  | 'description'
  | 'created'
  | 'role'
  | 'roleid'
  | 'level'
  | 'usertype'
  | 'provider'
  | 'idpusername'
  | 'password_hash'
>;

/** Adds a member who has never signed in (`lastlogin` -1). The FTS index follows through its triggers. */
export function insertUser(store: Store, user: NewUser): void {
  store
    .prepare(
      `INSERT INTO users (id, username, fullname, firstname, lastname, email, description, tags, thumbnail, created, modified,
      lastlogin, role, roleid, level, usertype, disabled, provider, idpusername, mfaenabled, access, culture, region, units,
      storage_usage, password_hash) VALUES (@id, @username, @fullname, @firstname, @lastname, @email, @description, '[]', NULL,
      @created, @created, -1, @role, @roleid, @level, @usertype, 0, @provider, @idpusername, 0, 'org', 'en-US', 'US', 'english', 0,
      @password_hash)`,
    )
    .run(user);
}
