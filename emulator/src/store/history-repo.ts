import type { Database as Db } from 'better-sqlite3';

import type { Store } from './store';

/**
 * The organization's activity history (`portals/self/history`, ArcGIS Online only). Kept in its own table, made (and
 * filled with the seeded organization's past) the first time the history is read or written in a database, so seeding,
 * the schema and reset snapshots stay as they are: a reset swaps the database and the history starts again from the seed.
 */

/** Target types (DOC portal-history `types`; PY `AGOLAdminManager.history` lists them): organization, group, item, user… */
export type HistoryIdType = 'a' | 'g' | 'i' | 'u' | 'r' | 'inv';

export type HistoryEvent = {
  created: number;
  /** The target: a username for `u`, an item id for `i`… (DOC `id`). */
  id: string;
  idType: HistoryIdType;
  action: string;
  actor: string;
  actorFullName?: string | null;
  owner?: string | null;
  ownerFullName?: string | null;
  itemTitle?: string | null;
  ip?: string | null;
  data?: Record<string, unknown> | null;
};

type HistoryRow = {
  seq: number;
  created: number;
  id: string;
  id_type: string;
  action: string;
  actor: string;
  actor_fullname: string | null;
  owner: string | null;
  owner_fullname: string | null;
  item_title: string | null;
  ip: string | null;
  data: string | null;
};

const TABLE = `CREATE TABLE IF NOT EXISTS history (
  seq INTEGER PRIMARY KEY,
  created INTEGER NOT NULL,
  id TEXT NOT NULL,
  id_type TEXT NOT NULL,
  action TEXT NOT NULL,
  actor TEXT NOT NULL,
  actor_fullname TEXT,
  owner TEXT,
  owner_fullname TEXT,
  item_title TEXT,
  ip TEXT,
  data TEXT
);
CREATE INDEX IF NOT EXISTS history_created ON history (created, seq);`;

const DAY = 24 * 60 * 60 * 1000;
const SEED_ADMIN = 'portaladmin';
const ready = new WeakSet<Db>();

/** A made-up private address per member, so one member's sign-ins come from one place. */
export function seededIp(rowid: number): string {
  return `10.20.${String(Math.floor(rowid / 250) % 250)}.${String((rowid % 250) + 1)}`;
}

function seedHistory(db: Db): void {
  const seedNow = Number((db.prepare("SELECT value FROM meta WHERE key = 'seedNow'").get() as { value: string } | undefined)?.value ?? Date.now());
  const insert = (select: string) =>
    db.exec(`INSERT INTO history (created, id, id_type, action, actor, actor_fullname, owner, owner_fullname, item_title, ip, data) ${select}`);
  const admin = `(SELECT fullname FROM users WHERE username = '${SEED_ADMIN}')`;
  // Every member was added by the administrator, signed in last at `lastlogin`, created their items, shared the non-private ones.
  insert(`SELECT created, username, 'u', 'create', '${SEED_ADMIN}', ${admin}, NULL, NULL, NULL, NULL, NULL FROM users WHERE username <> '${SEED_ADMIN}'`);
  insert(`SELECT lastlogin, username, 'u', 'login', username, fullname, NULL, NULL, NULL,
    '10.20.' || ((rowid / 250) % 250) || '.' || ((rowid % 250) + 1), NULL FROM users WHERE lastlogin > 0`);
  insert(
    `SELECT i.created, i.id, 'i', 'create', i.owner, u.fullname, i.owner, u.fullname, i.title, NULL, NULL FROM items i JOIN users u ON u.username = i.owner`,
  );
  insert(`SELECT i.modified, i.id, 'i', 'share', i.owner, u.fullname, i.owner, u.fullname, i.title, NULL, json_object('access', i.access)
    FROM items i JOIN users u ON u.username = i.owner WHERE i.access <> 'private'`);
  // What administrators did to the demo members: Ben's role set to Data Editor, Dan disabled a month after his last sign-in.
  const fixed: [string, number, Record<string, unknown>][] = [];
  const ben = db.prepare("SELECT created FROM users WHERE username = 'ben.okafor'").get() as { created: number } | undefined;
  if (ben) fixed.push(['ben.okafor', ben.created + DAY, { role: 'iBBBBBBBBBBBBBBB' }]);
  const dan = db.prepare("SELECT lastlogin FROM users WHERE username = 'dan.ng'").get() as { lastlogin: number } | undefined;
  if (dan && dan.lastlogin > 0) fixed.push(['dan.ng', Math.min(dan.lastlogin + 30 * DAY, seedNow), { disabled: true }]);
  const add = db.prepare(`INSERT INTO history (created, id, id_type, action, actor, actor_fullname, data)
    VALUES (?, ?, 'u', 'update', '${SEED_ADMIN}', ${admin}, ?)`);
  for (const [username, time, data] of fixed) add.run(time, username, JSON.stringify(data));
}

/** The history table of the store's current database, made and seeded on first use. */
function ensureHistory(store: Store): void {
  if (ready.has(store.db)) return;
  const exists = store.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'history'").get() !== undefined;
  if (!exists) {
    store.transaction(() => {
      store.db.exec(TABLE);
      seedHistory(store.db);
    });
  }
  ready.add(store.db);
}

function fullNameOf(store: Store, username: string | null | undefined): string | null {
  if (!username) return null;
  return (store.prepare('SELECT fullname FROM users WHERE username = ?').get(username) as { fullname: string } | undefined)?.fullname ?? null;
}

/** Records one event; full names are looked up now (a member deleted later keeps their name in the history). */
export function appendHistory(store: Store, event: HistoryEvent): void {
  ensureHistory(store);
  store
    .prepare(
      `INSERT INTO history (created, id, id_type, action, actor, actor_fullname, owner, owner_fullname, item_title, ip, data)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      event.created,
      event.id,
      event.idType,
      event.action,
      event.actor,
      event.actorFullName ?? fullNameOf(store, event.actor),
      event.owner ?? null,
      event.ownerFullName ?? fullNameOf(store, event.owner),
      event.itemTitle ?? null,
      event.ip ?? null,
      event.data ? JSON.stringify(event.data) : null,
    );
}

export type HistoryQuery = {
  /** `all=false`: only events whose target is the organization (`idType` `a`). */
  all: boolean;
  id?: string;
  types?: string[];
  actors?: string[];
  owners?: string[];
  actions?: string[];
  ips?: string[];
  from?: number;
  to?: number;
  descending: boolean;
  num: number;
  /** The `nextKey` of the previous page. */
  after?: { created: number; seq: number };
};

export type HistoryItem = Record<string, unknown>;

function inList(column: string, values: string[] | undefined, where: string[], params: unknown[]): void {
  if (!values || values.length === 0) return;
  where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
  params.push(...values);
}

/** One page of events, oldest first or newest first, keyed by (created, seq) so new events never shift a page. */
export function queryHistory(store: Store, orgId: string, query: HistoryQuery): { items: HistoryItem[]; nextKey?: string } {
  ensureHistory(store);
  const where: string[] = [];
  const params: unknown[] = [];
  if (!query.all) where.push("id_type = 'a'");
  if (query.id) {
    where.push('id = ?');
    params.push(query.id);
  }
  inList('id_type', query.types, where, params);
  inList('actor', query.actors, where, params);
  inList('owner', query.owners, where, params);
  inList(
    'action',
    query.actions?.map((action) => action.toLowerCase()),
    where,
    params,
  );
  inList('ip', query.ips, where, params);
  if (query.from !== undefined) {
    where.push('created >= ?');
    params.push(query.from);
  }
  if (query.to !== undefined) {
    where.push('created <= ?');
    params.push(query.to);
  }
  if (query.after) {
    where.push(query.descending ? '(created < ? OR (created = ? AND seq < ?))' : '(created > ? OR (created = ? AND seq > ?))');
    params.push(query.after.created, query.after.created, query.after.seq);
  }
  const order = query.descending ? 'DESC' : 'ASC';
  const rows = store
    .prepare(`SELECT * FROM history ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created ${order}, seq ${order} LIMIT ?`)
    .all(...params, query.num + 1) as HistoryRow[];
  const page = rows.slice(0, query.num);
  const last = page.at(-1);
  const items = page.map((row) => historyJson(row, orgId));
  return rows.length > query.num && last ? { items, nextKey: `${String(last.created)}-${String(last.seq)}` } : { items };
}

/** An event as the portal lists it: the activity report's fields (AGOL-DOC report-fields), `created` in epoch ms. */
function historyJson(row: HistoryRow, orgId: string): HistoryItem {
  return {
    id: row.id,
    idType: row.id_type,
    itemTitle: row.item_title,
    orgId,
    owner: row.owner,
    ownerFullName: row.owner_fullname,
    actor: row.actor,
    actorFullName: row.actor_fullname,
    ip: row.ip,
    action: row.action,
    created: row.created,
    data: row.data === null ? null : (JSON.parse(row.data) as unknown),
  };
}

/** `nextKey` back as `start`; anything else starts from the beginning. */
export function parseNextKey(value: string | undefined): { created: number; seq: number } | undefined {
  const match = value ? /^(-?\d+)-(\d+)$/.exec(value.trim()) : null;
  return match ? { created: Number(match[1]), seq: Number(match[2]) } : undefined;
}
