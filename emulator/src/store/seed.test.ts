import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { verifyPassword } from './passwords';
import { DATA_EDITOR_ROLE_ID, HELP_DESK_PRIVILEGES, roleRank, TILES_PUBLISHER_PRIVILEGES, VIEWER_ROLE_ID } from './privileges';
import { listRoles, privilegesForRoleKey, rolePrivileges } from './roles-repo';
import { asciiFold, DAN_LICENSED_ITEMS } from './seed';
import { Store } from './store';
import { USER_TYPES } from './user-types';
import { findUser, roleKeyOf, type UserRow } from './users-repo';
import { FIXED_SEED_NOW } from '../testing/inject';

const store = new Store({ dbPath: ':memory:', seed: 1, members: 2000, reset: false, seedNow: FIXED_SEED_NOW });
const users = store.db.prepare('SELECT * FROM users').all() as UserRow[];
const tempDirs: string[] = [];
afterAll(() => {
  store.close();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const user = (username: string): UserRow => {
  const row = findUser(store, username);
  if (!row) throw new Error(`missing ${username}`);
  return row;
};

describe('seed', () => {
  it('is deterministic for a seed number', () => {
    const again = new Store({ dbPath: ':memory:', seed: 1, members: 2000, reset: false, seedNow: FIXED_SEED_NOW });
    const other = new Store({ dbPath: ':memory:', seed: 2, members: 2000, reset: false, seedNow: FIXED_SEED_NOW });
    const sample = (s: Store) => s.db.prepare('SELECT username, email, role, usertype, created FROM users ORDER BY rowid LIMIT 50 OFFSET 900').all();
    expect(sample(again)).toEqual(sample(store));
    expect(sample(other)).not.toEqual(sample(store));
    expect(again.meta('orgId')).toBe(store.meta('orgId'));
    expect(store.meta('orgId')).toMatch(/^[A-Za-z0-9]{16}$/);
    again.close();
    other.close();
  });

  it('creates exactly the requested number of members with unique usernames and e-mails', () => {
    expect(users).toHaveLength(2000);
    expect(new Set(users.map((u) => u.username.toLowerCase())).size).toBe(2000);
    expect(new Set(users.map((u) => u.email.toLowerCase())).size).toBe(2000);
    expect(users.every((u) => u.username.length >= 6)).toBe(true);
  });

  it('has the demo sign-ins with their roles and real password hashes', () => {
    const admin = user('portaladmin');
    expect([admin.role, admin.roleid, admin.usertype]).toEqual(['org_admin', null, 'creatorUT']);
    expect(verifyPassword('Portal.Admin1', admin.password_hash)).toBe(true);
    expect(verifyPassword('portal.admin1', admin.password_hash)).toBe(false);

    const helpdesk = user('helpdesk_demo');
    expect(helpdesk.role).toBe('org_admin');
    expect(privilegesForRoleKey(store, roleKeyOf(helpdesk))).toEqual(HELP_DESK_PRIVILEGES);
    expect(HELP_DESK_PRIVILEGES).toEqual(
      expect.arrayContaining(['portal:admin:viewUsers', 'portal:admin:viewGroups', 'portal:admin:viewItems', 'portal:admin:reassignItems']),
    );
    expect(HELP_DESK_PRIVILEGES.some((p) => p.startsWith('portal:admin:') && !/view|reassignItems/.test(p))).toBe(false);
    expect(verifyPassword('Helpdesk.Demo1', helpdesk.password_hash)).toBe(true);

    const viewer = user('viewer_demo');
    expect([viewer.role, viewer.roleid, viewer.usertype, viewer.level]).toEqual(['org_user', VIEWER_ROLE_ID, 'viewerUT', '1']);
    expect(verifyPassword('Viewer.Demo1', viewer.password_hash)).toBe(true);
  });

  it('has the fixed test members', () => {
    expect(user('ana.lima')).toMatchObject({ fullname: 'Ana Lima', email: 'ana.lima@harborcity.example', role: 'org_publisher', usertype: 'creatorUT' });
    expect(user('ben.okafor')).toMatchObject({ role: 'org_user', roleid: DATA_EDITOR_ROLE_ID, usertype: 'editorUT' });
    expect(user('carla.rossi').lastlogin).toBe(-1);
    expect(user('dan.ng').disabled).toBe(1);
    expect(user('eva.schmidt')).toMatchObject({ provider: 'enterprise', idpusername: 'eva.schmidt@harborcity.example', password_hash: null });
    expect(verifyPassword('Roster.Member1', user('ana.lima').password_hash)).toBe(true);
    expect(user('frank.departing')).toMatchObject({ role: 'org_user', roleid: null, usertype: 'creatorUT', disabled: 0 });
    expect(user('grace.receiver')).toMatchObject({ role: 'org_publisher', roleid: null, usertype: 'creatorUT' });
    expect(verifyPassword('Roster.Member1', user('frank.departing').password_hash)).toBe(true);
  });

  it('gives dan.ng add-on licences and Esri access, and nobody else', () => {
    const dan = user('dan.ng');
    expect(dan.esri_access).toBe('both');
    expect(JSON.parse(dan.licensed_items)).toEqual([
      { itemId: '3c1f5e0a9b2d4e6f8a7b6c5d4e3f2a10', entitlements: ['desktopAdvN'] },
      { itemId: '8e2d4c6b0a1f4e3d9c8b7a6f5e4d3c21', entitlements: ['spatialAnalystN'] },
    ]);
    expect(DAN_LICENSED_ITEMS.every((item) => /^[0-9a-f]{32}$/.test(item.itemId))).toBe(true);
    // The update draws nothing from the seeded stream: his other seeded values are those of before.
    expect(dan).toMatchObject({ id: 'a70a0cf2ae99699cd6cb32e6f8a61cac', modified: 1662461440174, storage_usage: 166723584 });
    const others = users.filter((u) => u.username !== 'dan.ng');
    expect(others.every((u) => u.esri_access === 'arcgisonly' && u.licensed_items === '[]')).toBe(true);
  });

  it('has the roles, including tiles_publisher from the ArcGIS API for Python guide', () => {
    const roles = listRoles(store);
    expect(roles.map((r) => r.name)).toEqual(['Viewer', 'Data Editor', 'Help Desk', 'tiles_publisher']);
    expect(roles.map((r) => r.id).slice(0, 2)).toEqual([VIEWER_ROLE_ID, DATA_EDITOR_ROLE_ID]);
    expect(rolePrivileges(roles[3] as (typeof roles)[number])).toEqual(TILES_PUBLISHER_PRIVILEGES);
  });

  it('spreads members over roles, states and providers', () => {
    const share = (predicate: (u: UserRow) => boolean) => users.filter(predicate).length / users.length;
    expect(share((u) => u.role === 'org_admin' && !u.roleid)).toBeGreaterThan(0.015);
    expect(share((u) => u.role === 'org_publisher' && !u.roleid)).toBeGreaterThan(0.15);
    expect(share((u) => u.roleid === VIEWER_ROLE_ID || u.roleid === DATA_EDITOR_ROLE_ID || (u.role === 'org_user' && !u.roleid))).toBeGreaterThan(0.6);
    expect(share((u) => u.lastlogin === -1)).toBeGreaterThan(0.05);
    expect(share((u) => u.disabled === 1)).toBeGreaterThan(0.015);
    expect(share((u) => u.provider === 'enterprise')).toBeGreaterThan(0.07);
    expect(share((u) => u.mfaenabled === 1)).toBeGreaterThan(0.05);
    expect(users.some((u) => /[^ -~]/.test(u.fullname))).toBe(true);
    const oldest = Math.min(...users.map((u) => u.created));
    expect(oldest).toBeGreaterThan(FIXED_SEED_NOW - 6 * 366 * 86_400_000);
  });

  it('gives every member a user type compatible with their role, with seats to spare', () => {
    const seats = store.db.prepare('SELECT id, max_users FROM user_types').all() as { id: string; max_users: number }[];
    for (const type of USER_TYPES) {
      const members = users.filter((u) => u.usertype === type.id);
      for (const member of members) expect(roleRank(privilegesForRoleKey(store, roleKeyOf(member)))).toBeLessThanOrEqual(type.maxRoleRank);
      const max = seats.find((s) => s.id === type.id)?.max_users ?? 0;
      expect(max - members.length).toBe(type.headroom);
    }
    expect(USER_TYPES.find((t) => t.id === 'creatorUT')?.headroom).toBe(7);
  });

  it('creates groups with owners, admins and members, and content', () => {
    const groups = store.db
      .prepare('SELECT g.access, COUNT(m.username) AS size FROM groups g JOIN group_members m ON m.group_id = g.id GROUP BY g.id')
      .all() as { access: string; size: number }[];
    expect(groups.length).toBe(40);
    expect(new Set(groups.map((g) => g.access))).toEqual(new Set(['private', 'org', 'public']));
    expect(groups.filter((g) => g.size >= 100).length).toBeGreaterThanOrEqual(3);
    const owners = store.db.prepare(`SELECT COUNT(*) AS n FROM group_members WHERE member_type = 'owner'`).get() as { n: number };
    expect(owners.n).toBe(40);
    const items = store.db.prepare('SELECT COUNT(*) AS n FROM items').get() as { n: number };
    expect(items.n).toBeGreaterThan(100);
    expect(store.db.prepare(`SELECT COUNT(*) AS n FROM items WHERE owner = 'ana.lima'`).get()).toEqual({ n: 6 });
  });

  it('still seeds a tiny organization (the fixed members always exist)', () => {
    const tiny = new Store({ dbPath: ':memory:', seed: 9, members: 1, reset: false, seedNow: FIXED_SEED_NOW });
    expect(tiny.db.prepare('SELECT COUNT(*) AS n FROM users').get()).toEqual({ n: 10 });
    expect(tiny.db.prepare(`SELECT COUNT(*) AS n FROM items WHERE owner = 'frank.departing'`).get()).toEqual({ n: 300 });
    expect(tiny.db.prepare('SELECT COUNT(*) AS n FROM groups').get()).toEqual({ n: 40 });
    tiny.close();
  });

  it('folds names to ASCII for usernames', () => {
    expect(asciiFold('Łukasz')).toBe('lukasz');
    expect(asciiFold('Wiśniewski')).toBe('wisniewski');
    expect(asciiFold("O'Brien")).toBe('obrien');
    expect(asciiFold('Søren')).toBe('soren');
  });
});

describe('Store', () => {
  it('restores the seeded state on reset, keeping tokens', () => {
    const s = new Store({ dbPath: ':memory:', seed: 3, members: 200, reset: false, seedNow: FIXED_SEED_NOW });
    s.db.prepare(`INSERT INTO tokens (token, kind, username, expires, created) VALUES ('t1', 'access', 'portaladmin', ?, 0)`).run(Date.now() + 60_000);
    s.db.prepare(`UPDATE users SET fullname = 'Changed' WHERE username = 'ana.lima'`).run();
    s.db.prepare(`DELETE FROM users WHERE username = 'ben.okafor'`).run();
    s.reset();
    expect(findUser(s, 'ana.lima')?.fullname).toBe('Ana Lima');
    expect(findUser(s, 'ben.okafor')).toBeDefined();
    expect(s.db.prepare(`SELECT COUNT(*) AS n FROM tokens WHERE token = 't1'`).get()).toEqual({ n: 1 });
    expect(s.db.prepare(`SELECT COUNT(*) AS n FROM users_fts WHERE users_fts MATCH 'fullname : changed'`).get()).toEqual({ n: 0 });
    s.close();
  });

  it('reuses an existing database file, and reseeds it with reset', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roster-emulator-'));
    tempDirs.push(dir);
    const path = join(dir, 'nested', 'portal.sqlite');
    const first = new Store({ dbPath: path, seed: 4, members: 150, reset: false, seedNow: FIXED_SEED_NOW });
    expect(first.seeded).toBe(true);
    first.db.prepare(`UPDATE users SET fullname = 'Persisted' WHERE username = 'ana.lima'`).run();
    first.close();

    const second = new Store({ dbPath: path, seed: 4, members: 150, reset: false, seedNow: FIXED_SEED_NOW });
    expect(second.seeded).toBe(false);
    expect(findUser(second, 'ana.lima')?.fullname).toBe('Persisted');
    // A reset of a reused file rebuilds the seeded state from the stored seed parameters.
    second.reset();
    expect(findUser(second, 'ana.lima')?.fullname).toBe('Ana Lima');
    second.close();

    const third = new Store({ dbPath: path, seed: 4, members: 150, reset: true, seedNow: FIXED_SEED_NOW });
    expect(third.seeded).toBe(true);
    third.close();
  });
});
