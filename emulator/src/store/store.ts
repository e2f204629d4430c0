import Database, { type Database as Db, type Statement } from 'better-sqlite3';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

import { SCHEMA_VERSION } from './schema';
import { registerSearchFunctions } from './search-functions';
import { seedDatabase, type SeedSummary } from './seed';
import { seedEnterprise } from './seed-enterprise';

/** Which portal the emulator is: ArcGIS Online (default) or ArcGIS Enterprise (`--flavor enterprise`). */
export type Flavor = 'online' | 'enterprise';
export const FLAVORS: readonly Flavor[] = ['online', 'enterprise'];

export type StoreOptions = {
  dbPath: string;
  flavor?: Flavor;
  seed: number;
  members: number;
  reset: boolean;
  /** Reference "now" for seeded dates; defaults to the start of today (UTC). */
  seedNow?: number;
};

type TokenRows = { tokens: unknown[]; codes: unknown[] };

function startOfTodayUtc(): number {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

function openDatabase(source: string | Buffer): Db {
  const db = new Database(source);
  if (typeof source === 'string' && source !== ':memory:') {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  db.pragma('foreign_keys = OFF');
  registerSearchFunctions(db);
  return db;
}

function readMeta(db: Db, key: string): string | undefined {
  try {
    const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  } catch {
    return undefined;
  }
}

function seedOrganization(db: Db, options: { seed: number; members: number; now: number; flavor: Flavor }): SeedSummary {
  const summary = seedDatabase(db, options);
  if (options.flavor === 'enterprise') seedEnterprise(db, options);
  return summary;
}

/**
 * Owns the SQLite connection. `reset()` swaps in a snapshot of the freshly seeded database, so any
 * caller must go through `store.db` / `store.prepare()` rather than keep a connection or statement.
 */
export class Store {
  db: Db;
  readonly dbPath: string;
  seedSummary: SeedSummary | null = null;
  private snapshot: Buffer | null = null;
  /** Other organization sizes and flavors asked for in test mode, seeded once each. */
  private readonly sizedSnapshots = new Map<string, Buffer>();
  private readonly startSeed: number;
  private readonly startMembers: number;
  private readonly startNow: number;
  private readonly startFlavor: Flavor;
  private statements = new Map<string, Statement>();

  constructor(options: StoreOptions) {
    this.dbPath = options.dbPath;
    const inMemory = options.dbPath === ':memory:';
    if (!inMemory) {
      mkdirSync(dirname(options.dbPath), { recursive: true });
      if (options.reset) this.removeFiles();
    }
    this.db = openDatabase(options.dbPath);
    const version = readMeta(this.db, 'schemaVersion');
    if (version !== String(SCHEMA_VERSION)) {
      if (version !== undefined && !inMemory) {
        this.db.close();
        this.removeFiles();
        this.db = openDatabase(options.dbPath);
      }
      this.seedSummary = seedOrganization(this.db, {
        seed: options.seed,
        members: options.members,
        now: options.seedNow ?? startOfTodayUtc(),
        flavor: options.flavor ?? 'online',
      });
      this.snapshot = this.db.serialize();
    }
    // A reused file seeded as the other flavor is reseeded: `--flavor` says which portal this is.
    if (this.seedSummary === null && options.flavor !== undefined && this.flavor !== options.flavor) {
      const seed = Number(this.meta('seed') ?? options.seed);
      const members = Number(this.meta('members') ?? options.members);
      const now = Number(this.meta('seedNow') ?? options.seedNow ?? startOfTodayUtc());
      this.db.close();
      if (!inMemory) this.removeFiles();
      this.db = openDatabase(options.dbPath);
      this.seedSummary = seedOrganization(this.db, { seed, members, now, flavor: options.flavor });
      this.snapshot = this.db.serialize();
    }
    // What the database was seeded with (a reused file keeps its own), so every reset rebuilds the same organization.
    this.startSeed = Number(this.meta('seed') ?? options.seed);
    this.startMembers = Number(this.meta('members') ?? options.members);
    this.startNow = Number(this.meta('seedNow') ?? options.seedNow ?? startOfTodayUtc());
    this.startFlavor = this.flavor;
  }

  /** The flavor of the organization in the database now (a test may switch it with a profile). */
  get flavor(): Flavor {
    return this.meta('flavor') === 'enterprise' ? 'enterprise' : 'online';
  }

  /** True when this process seeded the database (rather than reusing an existing file). */
  get seeded(): boolean {
    return this.seedSummary !== null;
  }

  meta(key: string): string | undefined {
    return readMeta(this.db, key);
  }

  prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /**
   * Restores the initial seeded state, or (test mode) the same organization seeded at `members` members or as another
   * flavor: same seed, so the same fixed members and org id. Tokens and authorization codes survive a reset.
   */
  reset(options: { members?: number; flavor?: Flavor } = {}): void {
    const members = options.members ?? this.startMembers;
    const flavor = options.flavor ?? this.startFlavor;
    const snapshot =
      members === this.startMembers && flavor === this.startFlavor ? (this.snapshot ??= this.buildSnapshot()) : this.sizedSnapshot(members, flavor);
    const kept = this.readTokens();
    this.statements.clear();
    this.db.close();
    if (this.dbPath === ':memory:') {
      this.db = openDatabase(snapshot);
    } else {
      this.removeFiles();
      writeFileSync(this.dbPath, snapshot);
      this.db = openDatabase(this.dbPath);
    }
    this.writeTokens(kept);
  }

  close(): void {
    this.statements.clear();
    if (this.db.open) this.db.close();
  }

  private buildSnapshot(members = this.startMembers, flavor = this.startFlavor): Buffer {
    const scratch = openDatabase(':memory:');
    try {
      seedOrganization(scratch, { seed: this.startSeed, members, now: this.startNow, flavor });
      return scratch.serialize();
    } finally {
      scratch.close();
    }
  }

  private sizedSnapshot(members: number, flavor: Flavor): Buffer {
    const key = `${String(members)}:${flavor}`;
    let snapshot = this.sizedSnapshots.get(key);
    if (!snapshot) {
      snapshot = this.buildSnapshot(members, flavor);
      this.sizedSnapshots.set(key, snapshot);
    }
    return snapshot;
  }

  private readTokens(): TokenRows {
    return {
      tokens: this.db.prepare('SELECT * FROM tokens').all(),
      codes: this.db.prepare('SELECT * FROM auth_codes').all(),
    };
  }

  private writeTokens(rows: TokenRows): void {
    const insertToken = this.db.prepare(`INSERT OR REPLACE INTO tokens (token, kind, username, client_id, expires, refresh_token,
      expiration_minutes, redirect_uri, created) VALUES (@token, @kind, @username, @client_id, @expires, @refresh_token,
      @expiration_minutes, @redirect_uri, @created)`);
    const insertCode = this.db.prepare(`INSERT OR REPLACE INTO auth_codes (code, client_id, redirect_uri, code_challenge,
      code_challenge_method, username, expiration_minutes, expires) VALUES (@code, @client_id, @redirect_uri, @code_challenge,
      @code_challenge_method, @username, @expiration_minutes, @expires)`);
    this.db.transaction(() => {
      for (const row of rows.tokens) insertToken.run(row);
      for (const row of rows.codes) insertCode.run(row);
    })();
  }

  private removeFiles(): void {
    for (const suffix of ['', '-wal', '-shm', '-journal']) {
      const file = `${this.dbPath}${suffix}`;
      if (existsSync(file)) rmSync(file);
    }
  }
}
