import type { Database } from 'better-sqlite3';

import { seededPasswordHash } from './passwords';
import { VIEWER_ROLE_ID } from './privileges';
import { createRandom } from './random';
import { asciiFold } from './seed';
import { DEPARTMENTS, FIRST_NAMES, LAST_NAMES } from './seed-data';

/** The Windows domain of the seeded identity store: logins read `HARBOR\jsmith` (DOC search-enterprise-users example). */
export const IDENTITY_DOMAIN = 'HARBOR';
export const IDENTITY_USERS = 1_400;
/** The large group: more accounts than one `maxCount=1000` page of a real portal's examples. */
export const LARGE_ENTERPRISE_GROUP = `${IDENTITY_DOMAIN}\\GIS Users`;
export const LARGE_ENTERPRISE_GROUP_SIZE = 1_100;
/** Enterprise accounts that are already portal members (provider `enterprise`). */
export const EXISTING_ENTERPRISE_MEMBERS = 40;
/** Built-in system accounts of an Enterprise portal (PY `UserManager.search(exclude_system=True)` hides them). */
export const SYSTEM_ACCOUNTS = ['esri_boundaries', 'esri_demographics', 'esri_livingatlas', 'esri_nav'] as const;
/** Extra seats an Enterprise licence has for the enterprise flows (the 1,100-account group must fit). */
const EXTRA_SEATS: Record<string, number> = { creatorUT: 60, viewerUT: 1_500 };

const GROUPS: readonly { name: string; size: number }[] = [
  { name: 'GIS Users', size: LARGE_ENTERPRISE_GROUP_SIZE },
  { name: 'Planning', size: 140 },
  { name: 'Public Works', size: 180 },
  { name: 'Water Utilities', size: 120 },
  { name: 'Parks and Recreation', size: 90 },
  { name: 'Police Records', size: 60 },
  { name: 'Fire Prevention', size: 45 },
  { name: 'IT Service Desk', size: 25 },
  { name: 'Assessors', size: 35 },
  { name: 'Emergency Management', size: 30 },
  { name: 'Engineering', size: 110 },
  { name: 'Contractors', size: 20 },
];

export type SecurityConfig = {
  disableServicesDirectory: boolean;
  enableAutomaticAccountCreation: boolean;
  userStoreConfig: { type: string; properties: Record<string, unknown> };
  groupStoreConfig: { type: string; properties: Record<string, unknown> };
};

/** DOC security-configuration: a Windows domain store; automatic registration off, as on a new installation (DOC create-user). */
export const DEFAULT_SECURITY_CONFIG: SecurityConfig = {
  disableServicesDirectory: false,
  enableAutomaticAccountCreation: false,
  userStoreConfig: { type: 'WINDOWS', properties: { userFullnameAttribute: 'cn', userEmailAttribute: 'mail', isPasswordEncrypted: 'true' } },
  groupStoreConfig: { type: 'WINDOWS', properties: { isPasswordEncrypted: 'true' } },
};

/**
 * Turns a seeded ArcGIS Online organization into an ArcGIS Enterprise one: an identity store of 1,400 accounts (one in
 * 17 without e-mail, as directory accounts often are) in 12 groups, 40 of them already members, and the `esri_*`
 * system accounts. Its own random stream, so the Online part of the organization stays exactly as seeded.
 */
export function seedEnterprise(db: Database, options: { seed: number; now: number }): void {
  const rng = createRandom(options.seed * 7_919 + 17);
  const users: { username: string; first: string; last: string; email: string; description: string }[] = [];
  const taken = new Set<string>();
  while (users.length < IDENTITY_USERS) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    const base = `${asciiFold(first).slice(0, 1)}${asciiFold(last)}`.slice(0, 18);
    let login = base;
    for (let n = 2; taken.has(login); n += 1) login = `${base}${String(n)}`;
    taken.add(login);
    const department = rng.pick(DEPARTMENTS);
    const noEmail = users.length % 17 === 16;
    users.push({
      username: `${IDENTITY_DOMAIN}\\${login}`,
      first,
      last,
      email: noEmail ? '' : `${login}@harbor.local`,
      description: `CN=${first} ${last},OU=Users,OU=${department},DC=harbor,DC=local`,
    });
  }

  const write = db.transaction(() => {
    const insertIdentity = db.prepare('INSERT INTO identity_users (username, fullname, email, description) VALUES (?, ?, ?, ?)');
    for (const user of users) insertIdentity.run(user.username, `${user.first} ${user.last}`, user.email, user.description);
    const insertGroup = db.prepare('INSERT INTO identity_groups (name) VALUES (?)');
    const insertMember = db.prepare('INSERT OR IGNORE INTO identity_group_members (group_name, username) VALUES (?, ?)');
    for (const group of GROUPS) {
      const name = `${IDENTITY_DOMAIN}\\${group.name}`;
      insertGroup.run(name);
      // The large group holds the first accounts in order, so tests know some of its members; others are drawn at random.
      if (group.size === LARGE_ENTERPRISE_GROUP_SIZE) users.slice(0, group.size).forEach((user) => insertMember.run(name, user.username));
      else for (let i = 0; i < group.size; i += 1) insertMember.run(name, rng.pick(users).username);
    }

    const insertUser = db.prepare(`INSERT INTO users (id, username, fullname, firstname, lastname, email, description, created, modified,
      lastlogin, role, roleid, level, usertype, provider, idpusername, password_hash)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const day = 86_400_000;
    // Every 25th account of the large group is already a member: the group flow must report them, not add them again.
    const existing = users.filter((user, index) => index % 25 === 3 && user.email !== '').slice(0, EXISTING_ENTERPRISE_MEMBERS);
    for (const user of existing) {
      const created = options.now - rng.int(30, 900) * day;
      const viewer = rng.chance(0.5);
      insertUser.run(
        randomHex(rng),
        user.username,
        `${user.first} ${user.last}`,
        user.first,
        user.last,
        user.email,
        '',
        created,
        created,
        created + day,
        'org_user',
        viewer ? VIEWER_ROLE_ID : null,
        viewer ? '1' : '2',
        viewer ? 'viewerUT' : 'creatorUT',
        'enterprise',
        user.username,
        null,
      );
    }
    const systemCreated = options.now - 2 * 365 * day;
    for (const name of SYSTEM_ACCOUNTS) {
      insertUser.run(
        randomHex(rng),
        name,
        name,
        'Esri',
        name.slice(5),
        `${name}@esri.invalid`,
        'Built-in account of ArcGIS Enterprise.',
        systemCreated,
        systemCreated,
        -1,
        'org_user',
        VIEWER_ROLE_ID,
        '1',
        'viewerUT',
        'arcgis',
        null,
        seededPasswordHash(rng.hex(24)),
      );
    }
    const counts = new Map<string, number>();
    for (const row of db.prepare('SELECT usertype, COUNT(*) AS n FROM users GROUP BY usertype').all() as { usertype: string; n: number }[]) {
      counts.set(row.usertype, row.n);
    }
    const updateSeats = db.prepare('UPDATE user_types SET max_users = MAX(max_users, ?) + ? WHERE id = ?');
    for (const [id, extra] of Object.entries(EXTRA_SEATS)) updateSeats.run(counts.get(id) ?? 0, extra, id);

    const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    meta.run('flavor', 'enterprise');
    meta.run('securityConfig', JSON.stringify(DEFAULT_SECURITY_CONFIG));
  });
  write();
}

function randomHex(rng: ReturnType<typeof createRandom>): string {
  return rng.hex(32);
}
