import type { Database } from 'better-sqlite3';

/** Bump when the tables change: an existing database file with another version is reseeded. */
export const SCHEMA_VERSION = 9;

const FTS_OPTIONS = `tokenize = "unicode61 remove_diacritics 2", prefix = '2 3'`;

const TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS roles (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  privileges TEXT NOT NULL,
  created INTEGER NOT NULL,
  modified INTEGER NOT NULL,
  position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS user_types (
  id TEXT PRIMARY KEY,
  max_users INTEGER NOT NULL,
  position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS users (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  fullname TEXT NOT NULL COLLATE NOCASE,
  firstname TEXT NOT NULL COLLATE NOCASE,
  lastname TEXT NOT NULL COLLATE NOCASE,
  email TEXT NOT NULL COLLATE NOCASE,
  description TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '[]',
  thumbnail TEXT,
  created INTEGER NOT NULL,
  modified INTEGER NOT NULL,
  lastlogin INTEGER NOT NULL DEFAULT -1,
  role TEXT NOT NULL,
  roleid TEXT,
  level TEXT NOT NULL,
  usertype TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  provider TEXT NOT NULL DEFAULT 'arcgis',
  idpusername TEXT,
  mfaenabled INTEGER NOT NULL DEFAULT 0,
  access TEXT NOT NULL DEFAULT 'org',
  culture TEXT NOT NULL DEFAULT 'en-US',
  region TEXT NOT NULL DEFAULT 'US',
  units TEXT NOT NULL DEFAULT 'english',
  storage_usage INTEGER NOT NULL DEFAULT 0,
  storage_quota INTEGER NOT NULL DEFAULT 2199023255552,
  password_hash TEXT,
  /* Esri access (JSON userType): 'both' = the member also has Esri access. */
  esri_access TEXT NOT NULL DEFAULT 'arcgisonly' CHECK (esri_access IN ('arcgisonly', 'both')),
  /* Add-on licences (JSON userLicensedItems): a JSON list of {itemId, entitlements: string[]}. */
  licensed_items TEXT NOT NULL DEFAULT '[]',
  /* Member categories (JSON categories): a JSON list of full paths such as "/Categories/Department/Finance". */
  categories TEXT NOT NULL DEFAULT '[]'
);

/* ArcGIS Enterprise flavor: the enterprise identity store (Active Directory) behind portaladmin/security. */
CREATE TABLE IF NOT EXISTS identity_users (
  username TEXT PRIMARY KEY COLLATE NOCASE,
  fullname TEXT NOT NULL,
  email TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS identity_groups (name TEXT PRIMARY KEY COLLATE NOCASE) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS identity_group_members (
  group_name TEXT NOT NULL COLLATE NOCASE,
  username TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY (group_name, username)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE IF NOT EXISTS users_fts USING fts5(
  username, fullname, firstname, lastname, email, description, tags,
  content = 'users', content_rowid = 'rowid', ${FTS_OPTIONS}
);

CREATE TABLE IF NOT EXISTS groups (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL COLLATE NOCASE,
  owner TEXT NOT NULL COLLATE NOCASE,
  description TEXT,
  snippet TEXT,
  tags TEXT NOT NULL DEFAULT '[]',
  phone TEXT,
  access TEXT NOT NULL,
  is_invitation_only INTEGER NOT NULL DEFAULT 0,
  is_view_only INTEGER NOT NULL DEFAULT 0,
  auto_join INTEGER NOT NULL DEFAULT 0,
  protected INTEGER NOT NULL DEFAULT 0,
  is_read_only INTEGER NOT NULL DEFAULT 0,
  notifications_enabled INTEGER NOT NULL DEFAULT 0,
  sort_field TEXT NOT NULL DEFAULT 'title',
  sort_order TEXT NOT NULL DEFAULT 'asc',
  thumbnail TEXT,
  capabilities TEXT NOT NULL DEFAULT '[]',
  created INTEGER NOT NULL,
  modified INTEGER NOT NULL
);

CREATE VIRTUAL TABLE IF NOT EXISTS groups_fts USING fts5(
  title, description, snippet, tags,
  content = 'groups', content_rowid = 'rowid', ${FTS_OPTIONS}
);

CREATE TABLE IF NOT EXISTS group_members (
  group_id TEXT NOT NULL,
  username TEXT NOT NULL COLLATE NOCASE,
  member_type TEXT NOT NULL CHECK (member_type IN ('owner', 'admin', 'member')),
  joined INTEGER NOT NULL,
  PRIMARY KEY (group_id, username)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS folders (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL COLLATE NOCASE,
  title TEXT NOT NULL,
  created INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS items (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  owner TEXT NOT NULL COLLATE NOCASE,
  folder_id TEXT,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  type_keywords TEXT NOT NULL DEFAULT '[]',
  description TEXT,
  snippet TEXT,
  tags TEXT NOT NULL DEFAULT '[]',
  access TEXT NOT NULL DEFAULT 'private',
  url TEXT,
  size INTEGER NOT NULL DEFAULT 0,
  num_views INTEGER NOT NULL DEFAULT 0,
  created INTEGER NOT NULL,
  modified INTEGER NOT NULL
);

CREATE VIRTUAL TABLE IF NOT EXISTS items_fts USING fts5(
  title, description, snippet, tags, type_keywords,
  content = 'items', content_rowid = 'rowid', ${FTS_OPTIONS}
);

/* Item relationships (Service2Data: a hosted layer and the file it was published from). */
CREATE TABLE IF NOT EXISTS item_relationships (
  origin_id TEXT NOT NULL,
  destination_id TEXT NOT NULL,
  type TEXT NOT NULL,
  PRIMARY KEY (origin_id, destination_id, type)
) WITHOUT ROWID;

/* An item's data (\`content/items/{id}/data\`): the \`text\` it was added or updated with. */
CREATE TABLE IF NOT EXISTS item_data (
  item_id TEXT PRIMARY KEY,
  text TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS item_groups (
  item_id TEXT NOT NULL,
  group_id TEXT NOT NULL,
  PRIMARY KEY (item_id, group_id)
) WITHOUT ROWID;

/* ArcGIS Online credit allocations (assignUserCredits); no row or a NULL assigned = none. used is what they spent. */
CREATE TABLE IF NOT EXISTS user_credits (
  username TEXT PRIMARY KEY COLLATE NOCASE,
  assigned REAL,
  used REAL NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS tokens (
  token TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh', 'generated')),
  username TEXT NOT NULL COLLATE NOCASE,
  client_id TEXT,
  expires INTEGER NOT NULL,
  refresh_token TEXT,
  expiration_minutes INTEGER,
  redirect_uri TEXT,
  created INTEGER NOT NULL
) WITHOUT ROWID;

/* Pending invitations (built-in accounts invited without a password): no account exists until accepted. */
CREATE TABLE IF NOT EXISTS invitations (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  email TEXT NOT NULL,
  firstname TEXT NOT NULL,
  lastname TEXT NOT NULL,
  fullname TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  roleid TEXT,
  usertype TEXT NOT NULL,
  groups TEXT NOT NULL DEFAULT '[]',
  invited_by TEXT NOT NULL,
  created INTEGER NOT NULL,
  expiration INTEGER NOT NULL
);

/* Pending group invitations (from group owners and managers who may not add members directly). */
CREATE TABLE IF NOT EXISTS group_invitations (
  id TEXT PRIMARY KEY,
  group_id TEXT NOT NULL,
  username TEXT NOT NULL COLLATE NOCASE,
  role TEXT NOT NULL CHECK (role IN ('group_member', 'group_admin')),
  invited_by TEXT NOT NULL,
  created INTEGER NOT NULL,
  expiration INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS auth_codes (
  code TEXT PRIMARY KEY,
  client_id TEXT NOT NULL,
  redirect_uri TEXT NOT NULL,
  code_challenge TEXT,
  code_challenge_method TEXT,
  username TEXT NOT NULL,
  expiration_minutes INTEGER NOT NULL,
  expires INTEGER NOT NULL
) WITHOUT ROWID;
`;

/** Created after the bulk insert of the seed: building an index once is faster than maintaining it. */
const INDEXES = `
CREATE INDEX IF NOT EXISTS users_fullname ON users (fullname);
CREATE INDEX IF NOT EXISTS users_firstname ON users (firstname);
CREATE INDEX IF NOT EXISTS users_lastname ON users (lastname);
CREATE INDEX IF NOT EXISTS users_email ON users (email);
CREATE INDEX IF NOT EXISTS users_created ON users (created);
CREATE INDEX IF NOT EXISTS users_modified ON users (modified);
CREATE INDEX IF NOT EXISTS users_lastlogin ON users (lastlogin);
CREATE INDEX IF NOT EXISTS users_role ON users (role COLLATE NOCASE, username);
CREATE INDEX IF NOT EXISTS users_roleid ON users (roleid COLLATE NOCASE, username);
CREATE INDEX IF NOT EXISTS users_usertype ON users (usertype COLLATE NOCASE, username);
CREATE INDEX IF NOT EXISTS users_provider ON users (provider COLLATE NOCASE, username);
CREATE INDEX IF NOT EXISTS users_idpusername ON users (idpusername COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS users_disabled ON users (disabled, username);
CREATE INDEX IF NOT EXISTS groups_owner ON groups (owner);
CREATE INDEX IF NOT EXISTS groups_title ON groups (title);
CREATE INDEX IF NOT EXISTS group_members_username ON group_members (username);
CREATE INDEX IF NOT EXISTS folders_username ON folders (username);
CREATE INDEX IF NOT EXISTS items_owner ON items (owner, folder_id, created);
CREATE INDEX IF NOT EXISTS item_groups_group ON item_groups (group_id);
CREATE INDEX IF NOT EXISTS items_folder ON items (folder_id);
CREATE INDEX IF NOT EXISTS items_modified ON items (modified);
CREATE INDEX IF NOT EXISTS item_relationships_destination ON item_relationships (destination_id);
CREATE INDEX IF NOT EXISTS tokens_refresh ON tokens (refresh_token);
CREATE INDEX IF NOT EXISTS group_invitations_username ON group_invitations (username);
`;

/** Keeps the full-text indexes in step with later writes; created after the bulk seed for speed. */
const TRIGGERS = `
CREATE TRIGGER IF NOT EXISTS users_fts_insert AFTER INSERT ON users BEGIN
  INSERT INTO users_fts (rowid, username, fullname, firstname, lastname, email, description, tags)
  VALUES (new.rowid, new.username, new.fullname, new.firstname, new.lastname, new.email, new.description, new.tags);
END;
CREATE TRIGGER IF NOT EXISTS users_fts_delete AFTER DELETE ON users BEGIN
  INSERT INTO users_fts (users_fts, rowid, username, fullname, firstname, lastname, email, description, tags)
  VALUES ('delete', old.rowid, old.username, old.fullname, old.firstname, old.lastname, old.email, old.description, old.tags);
END;
CREATE TRIGGER IF NOT EXISTS users_fts_update AFTER UPDATE OF username, fullname, firstname, lastname, email, description, tags ON users BEGIN
  INSERT INTO users_fts (users_fts, rowid, username, fullname, firstname, lastname, email, description, tags)
  VALUES ('delete', old.rowid, old.username, old.fullname, old.firstname, old.lastname, old.email, old.description, old.tags);
  INSERT INTO users_fts (rowid, username, fullname, firstname, lastname, email, description, tags)
  VALUES (new.rowid, new.username, new.fullname, new.firstname, new.lastname, new.email, new.description, new.tags);
END;
CREATE TRIGGER IF NOT EXISTS groups_fts_insert AFTER INSERT ON groups BEGIN
  INSERT INTO groups_fts (rowid, title, description, snippet, tags)
  VALUES (new.rowid, new.title, new.description, new.snippet, new.tags);
END;
CREATE TRIGGER IF NOT EXISTS groups_fts_delete AFTER DELETE ON groups BEGIN
  INSERT INTO groups_fts (groups_fts, rowid, title, description, snippet, tags)
  VALUES ('delete', old.rowid, old.title, old.description, old.snippet, old.tags);
END;
CREATE TRIGGER IF NOT EXISTS groups_fts_update AFTER UPDATE OF title, description, snippet, tags ON groups BEGIN
  INSERT INTO groups_fts (groups_fts, rowid, title, description, snippet, tags)
  VALUES ('delete', old.rowid, old.title, old.description, old.snippet, old.tags);
  INSERT INTO groups_fts (rowid, title, description, snippet, tags)
  VALUES (new.rowid, new.title, new.description, new.snippet, new.tags);
END;
CREATE TRIGGER IF NOT EXISTS items_fts_insert AFTER INSERT ON items BEGIN
  INSERT INTO items_fts (rowid, title, description, snippet, tags, type_keywords)
  VALUES (new.rowid, new.title, new.description, new.snippet, new.tags, new.type_keywords);
END;
CREATE TRIGGER IF NOT EXISTS items_fts_delete AFTER DELETE ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, title, description, snippet, tags, type_keywords)
  VALUES ('delete', old.rowid, old.title, old.description, old.snippet, old.tags, old.type_keywords);
END;
CREATE TRIGGER IF NOT EXISTS items_fts_update AFTER UPDATE OF title, description, snippet, tags, type_keywords ON items BEGIN
  INSERT INTO items_fts (items_fts, rowid, title, description, snippet, tags, type_keywords)
  VALUES ('delete', old.rowid, old.title, old.description, old.snippet, old.tags, old.type_keywords);
  INSERT INTO items_fts (rowid, title, description, snippet, tags, type_keywords)
  VALUES (new.rowid, new.title, new.description, new.snippet, new.tags, new.type_keywords);
END;
`;

export function createTables(db: Database): void {
  db.exec(TABLES);
}

export function createIndexes(db: Database): void {
  db.exec(INDEXES);
}

export function createTriggers(db: Database): void {
  db.exec(TRIGGERS);
}

/** Rebuilds the full-text indexes from their content tables (after a bulk insert). */
export function rebuildFullText(db: Database): void {
  db.exec(`INSERT INTO users_fts (users_fts) VALUES ('rebuild'); INSERT INTO groups_fts (groups_fts) VALUES ('rebuild');
    INSERT INTO items_fts (items_fts) VALUES ('rebuild');`);
}
