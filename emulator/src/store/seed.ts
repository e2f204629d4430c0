import type { Database } from 'better-sqlite3';

import { seedCreditAllocations } from './credits-repo';
import { SEED_MEMBER_CATEGORIES, SEED_MEMBER_CATEGORY_SCHEMA } from './member-categories';
import { seededPasswordHash } from './passwords';
import {
  BUILT_IN_ROLE_PRIVILEGES,
  DATA_EDITOR_PRIVILEGES,
  DATA_EDITOR_ROLE_ID,
  HELP_DESK_PRIVILEGES,
  isBuiltInRole,
  reportedRole,
  roleRank,
  TILES_PUBLISHER_PRIVILEGES,
  VIEWER_PRIVILEGES,
  VIEWER_ROLE_ID,
} from './privileges';
import { createRandom } from './random';
import { createIndexes, createTables, createTriggers, rebuildFullText, SCHEMA_VERSION } from './schema';
import {
  DEPARTING_MEMBER_GROUPS,
  DEPARTING_OWNED_GROUPS,
  DEPARTMENTS,
  FIRST_NAMES,
  FOLDER_NAMES,
  GROUP_SEEDS,
  ITEM_TOPICS,
  ITEM_TYPES,
  LAST_NAMES,
  RECEIVER_GROUPS,
  USER_TAGS,
} from './seed-data';
import { departingContent, receiverContent, type SeedItem, type SeedRelationship } from './seed-offboarding';
import { USER_TYPES } from './user-types';

export const ORG_NAME = 'Harbor City GIS';
export const ORG_URL_KEY = 'harborcity';
export const ORG_EMAIL_DOMAIN = 'harborcity.example';
/** The seeded member whose username is a Windows-domain login (`DOMAIN\\user`). */
export const DOMAIN_LOGIN = 'CONTOSO\\jsmith';
/** Every generated member (and the fixed test members below) can sign in with this password. */
export const MEMBER_PASSWORD = 'Roster.Member1';

export const DEMO_ACCOUNTS = [
  { username: 'portaladmin', password: 'Portal.Admin1', description: 'Administrator (org_admin, no roleId), Creator' },
  { username: 'helpdesk_demo', password: 'Helpdesk.Demo1', description: 'Custom role "Help Desk" (view members, groups, content; reassign content), Creator' },
  { username: 'viewer_demo', password: 'Viewer.Demo1', description: 'Viewer role (iAAAAAAAAAAAAAAA), Viewer user type' },
] as const;

/**
 * The add-on licences seeded for \`dan.ng\` (\`userLicensedItems\` of \`community/users/{u}?returnUserLicensedItems=true\`):
 * two ArcGIS Pro listings with fixed, made-up item ids.
 */
export const DAN_LICENSED_ITEMS = [
  { itemId: '3c1f5e0a9b2d4e6f8a7b6c5d4e3f2a10', entitlements: ['desktopAdvN'] },
  { itemId: '8e2d4c6b0a1f4e3d9c8b7a6f5e4d3c21', entitlements: ['spatialAnalystN'] },
] as const;

export type SeedOptions = { seed: number; members: number; now: number };
export type SeedSummary = {
  orgId: string;
  members: number;
  groups: number;
  memberships: number;
  items: number;
  folders: number;
  ms: number;
};

const DAY = 86_400_000;
const YEAR = 365 * DAY;

type Member = {
  id: string;
  username: string;
  fullname: string;
  firstname: string;
  lastname: string;
  email: string;
  description: string;
  tags: string[];
  created: number;
  modified: number;
  lastlogin: number;
  roleKey: string;
  role: string;
  roleid: string | null;
  rank: number;
  level: string;
  usertype: string;
  disabled: boolean;
  provider: 'arcgis' | 'enterprise';
  idpusername: string | null;
  mfaenabled: boolean;
  culture: string;
  region: string;
  units: string;
  storageUsage: number;
  passwordHash: string | null;
};

type RoleRow = { id: string; name: string; description: string; privileges: readonly string[] };

/** Lower-case ASCII for usernames and e-mail addresses ("Łukasz Wiśniewski" → "lukasz", "wisniewski"). */
const foldCache = new Map<string, string>();

export function asciiFold(value: string): string {
  let folded = foldCache.get(value);
  if (folded === undefined) {
    folded = foldUncached(value);
    foldCache.set(value, folded);
  }
  return folded;
}

function foldUncached(value: string): string {
  return value
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[đĐ]/g, 'd')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Creates the schema and fills it with a deterministic organization. Runs in one transaction. */
export function seedDatabase(db: Database, options: SeedOptions): SeedSummary {
  const started = performance.now();
  const rng = createRandom(options.seed);
  const now = options.now;
  createTables(db);

  const orgId = rng.id(16);
  const roles: RoleRow[] = [
    { id: VIEWER_ROLE_ID, name: 'Viewer', description: 'View content shared with them; cannot create, share or edit.', privileges: VIEWER_PRIVILEGES },
    { id: DATA_EDITOR_ROLE_ID, name: 'Data Editor', description: 'Viewer privileges plus editing data.', privileges: DATA_EDITOR_PRIVILEGES },
    { id: rng.id(16), name: 'Help Desk', description: 'View members, groups and content; transfer content between members.', privileges: HELP_DESK_PRIVILEGES },
    { id: rng.id(16), name: 'tiles_publisher', description: 'User that can publish tile layers', privileges: TILES_PUBLISHER_PRIVILEGES },
  ];
  const helpDesk = roles[2] as RoleRow;
  const tilesPublisher = roles[3] as RoleRow;
  const roleById = new Map(roles.map((role) => [role.id, role]));
  const privilegesOf = (roleKey: string): readonly string[] =>
    isBuiltInRole(roleKey) ? BUILT_IN_ROLE_PRIVILEGES[roleKey] : (roleById.get(roleKey)?.privileges ?? []);
  const levelOf = (usertype: string): string => String(USER_TYPES.find((t) => t.id === usertype)?.level ?? 2);

  const usernames = new Set<string>();
  const emails = new Set<string>();
  /** Next numeric suffix to try per base, so uniqueness stays O(1) per member at 100,000 members. */
  const nextSuffix = new Map<string, number>();
  const firstFree = (base: string, taken: (candidate: string) => boolean, build: (n: number) => string): string => {
    if (!taken(base)) return base;
    let n = nextSuffix.get(base) ?? 2;
    while (taken(build(n))) n += 1;
    nextSuffix.set(base, n + 1);
    return build(n);
  };
  const members: Member[] = [];
  const memberHash = seededPasswordHash(MEMBER_PASSWORD);

  const uniqueEmail = (first: string, last: string): string => {
    const base = `${asciiFold(first)}.${asciiFold(last)}`;
    const candidate = firstFree(
      base,
      (c) => emails.has(c),
      (n) => `${base}${n}`,
    );
    emails.add(candidate);
    return `${candidate}@${ORG_EMAIL_DOMAIN}`;
  };
  const uniqueUsername = (first: string, last: string, enterprise: boolean): string => {
    let base = `${asciiFold(first).slice(0, 1)}${asciiFold(last)}`;
    if (base.length < 6) base = `${asciiFold(first)}${asciiFold(last)}`;
    while (base.length < 6) base += '0';
    const suffix = enterprise ? `_${ORG_URL_KEY}` : '';
    const candidate = firstFree(
      `${base}${suffix}`,
      (c) => usernames.has(c.toLowerCase()),
      (n) => `${base}${n}${suffix}`,
    );
    usernames.add(candidate.toLowerCase());
    return candidate;
  };

  const randomPastLogin = (created: number): number => {
    const roll = rng.next();
    const span = roll < 0.6 ? 30 * DAY : roll < 0.85 ? YEAR : 4 * YEAR;
    return Math.max(created + DAY, now - Math.floor(rng.next() * span));
  };

  const addMember = (spec: {
    username?: string;
    first: string;
    last: string;
    email?: string;
    roleKey: string;
    usertype: string;
    created?: number;
    lastlogin?: number;
    disabled?: boolean;
    enterprise?: boolean;
    password?: string | null;
    description?: string;
    mfa?: boolean;
  }): Member => {
    const enterprise = spec.enterprise ?? false;
    const username = spec.username ?? uniqueUsername(spec.first, spec.last, enterprise);
    usernames.add(username.toLowerCase());
    const email = spec.email ?? uniqueEmail(spec.first, spec.last);
    const created = spec.created ?? now - Math.floor(2 * DAY + rng.next() * (6 * YEAR - 2 * DAY));
    const lastlogin = spec.lastlogin ?? (rng.chance(0.08) ? -1 : randomPastLogin(created));
    const modified = Math.min(now - DAY, created + Math.floor(rng.next() * (now - created)));
    const privileges = privilegesOf(spec.roleKey);
    const department = rng.pick(DEPARTMENTS);
    const member: Member = {
      id: rng.hex(32),
      username,
      fullname: `${spec.first} ${spec.last}`,
      firstname: spec.first,
      lastname: spec.last,
      email,
      description: spec.description ?? (rng.chance(0.6) ? `${department}, Harbor City` : ''),
      tags: rng.chance(0.4) ? [rng.pick(USER_TAGS), rng.pick(USER_TAGS)].filter((t, i, all) => all.indexOf(t) === i) : [],
      created,
      modified: Math.max(modified, created),
      lastlogin,
      roleKey: spec.roleKey,
      role: isBuiltInRole(spec.roleKey) ? spec.roleKey : reportedRole(privileges),
      roleid: isBuiltInRole(spec.roleKey) ? null : spec.roleKey,
      rank: roleRank(privileges),
      level: levelOf(spec.usertype),
      usertype: spec.usertype,
      disabled: spec.disabled ?? false,
      provider: enterprise ? 'enterprise' : 'arcgis',
      idpusername: enterprise ? email : null,
      mfaenabled: spec.mfa ?? (!enterprise && rng.chance(0.15)),
      culture: rng.chance(0.9) ? 'en-US' : rng.pick(['es-US', 'fr-CA', 'de-DE', 'pt-BR']),
      region: 'US',
      units: rng.chance(0.85) ? 'english' : 'metric',
      storageUsage: rng.int(0, 500) * 1_048_576,
      passwordHash: spec.password === null ? null : spec.password ? seededPasswordHash(spec.password) : enterprise ? null : memberHash,
    };
    members.push(member);
    return member;
  };

  // Demo sign-ins and fixed test members.
  const sixYearsAgo = now - 6 * YEAR + 30 * DAY;
  const [admin, helpdeskUser, viewer] = [
    addMember({
      username: 'portaladmin',
      first: 'Portal',
      last: 'Administrator',
      email: `portaladmin@${ORG_EMAIL_DOMAIN}`,
      roleKey: 'org_admin',
      usertype: 'creatorUT',
      created: sixYearsAgo,
      lastlogin: now - DAY,
      password: 'Portal.Admin1',
      description: 'Primary administrator of Harbor City GIS.',
      mfa: false,
    }),
    addMember({
      username: 'helpdesk_demo',
      first: 'Hana',
      last: 'Desk',
      email: `helpdesk@${ORG_EMAIL_DOMAIN}`,
      roleKey: helpDesk.id,
      usertype: 'creatorUT',
      created: now - 3 * YEAR,
      lastlogin: now - 2 * DAY,
      password: 'Helpdesk.Demo1',
      description: 'Help desk, Information Technology',
      mfa: false,
    }),
    addMember({
      username: 'viewer_demo',
      first: 'Victor',
      last: 'Viewer',
      email: `viewer@${ORG_EMAIL_DOMAIN}`,
      roleKey: VIEWER_ROLE_ID,
      usertype: 'viewerUT',
      created: now - 2 * YEAR,
      lastlogin: now - 3 * DAY,
      password: 'Viewer.Demo1',
      description: 'Planning, Harbor City',
      mfa: false,
    }),
  ] as [Member, Member, Member];
  const ana = addMember({
    username: 'ana.lima',
    first: 'Ana',
    last: 'Lima',
    email: `ana.lima@${ORG_EMAIL_DOMAIN}`,
    roleKey: 'org_publisher',
    usertype: 'creatorUT',
    created: now - 4 * YEAR,
    lastlogin: now - 5 * DAY,
    description: 'GIS Analyst, Planning',
    mfa: true,
  });
  const ben = addMember({
    username: 'ben.okafor',
    first: 'Ben',
    last: 'Okafor',
    email: `ben.okafor@${ORG_EMAIL_DOMAIN}`,
    roleKey: DATA_EDITOR_ROLE_ID,
    usertype: 'editorUT',
    created: now - 3 * YEAR,
    lastlogin: now - 10 * DAY,
    description: 'Field technician, Water Utilities',
    mfa: false,
  });
  const carla = addMember({
    username: 'carla.rossi',
    first: 'Carla',
    last: 'Rossi',
    email: `carla.rossi@${ORG_EMAIL_DOMAIN}`,
    roleKey: 'org_user',
    usertype: 'fieldWorkerUT',
    created: now - 40 * DAY,
    lastlogin: -1,
    description: 'Parks and Recreation',
    mfa: false,
  });
  const dan = addMember({
    username: 'dan.ng',
    first: 'Dan',
    last: 'Ng',
    email: `dan.ng@${ORG_EMAIL_DOMAIN}`,
    roleKey: 'org_publisher',
    usertype: 'creatorUT',
    created: now - 5 * YEAR,
    lastlogin: now - 400 * DAY,
    disabled: true,
    description: 'Former GIS technician',
    mfa: false,
  });
  const eva = addMember({
    username: 'eva.schmidt',
    first: 'Eva',
    last: 'Schmidt',
    email: `eva.schmidt@${ORG_EMAIL_DOMAIN}`,
    roleKey: 'org_user',
    usertype: 'creatorUT',
    created: now - 2 * YEAR,
    lastlogin: now - 7 * DAY,
    enterprise: true,
    description: 'Environmental Services',
    mfa: false,
  });
  // Offboarding fixtures: a departing member with 300 items and 4 groups, and the colleague receiving them.
  const frank = addMember({
    username: 'frank.departing',
    first: 'Frank',
    last: 'Departing',
    email: `frank.departing@${ORG_EMAIL_DOMAIN}`,
    roleKey: 'org_user',
    usertype: 'creatorUT',
    created: now - 5 * YEAR,
    lastlogin: now - 20 * DAY,
    description: 'Stormwater and street operations, leaving Harbor City',
    mfa: false,
  });
  const grace = addMember({
    username: 'grace.receiver',
    first: 'Grace',
    last: 'Receiver',
    email: `grace.receiver@${ORG_EMAIL_DOMAIN}`,
    roleKey: 'org_publisher',
    usertype: 'creatorUT',
    created: now - 3 * YEAR,
    lastlogin: now - 4 * DAY,
    description: 'GIS Analyst, Harbor Operations',
    mfa: false,
  });
  const fixed = [admin, helpdeskUser, viewer, ana, ben, carla, dan, eva, frank, grace];

  while (members.length < options.members) {
    const r = rng.next();
    let roleKey: string;
    let usertype: string;
    if (r < 0.03) {
      roleKey = 'org_admin';
      usertype = rng.chance(0.8) ? 'creatorUT' : 'GISProfessionalAdvUT';
    } else if (r < 0.23) {
      roleKey = 'org_publisher';
      const t = rng.next();
      usertype = t < 0.75 ? 'creatorUT' : t < 0.9 ? 'GISProfessionalStdUT' : 'GISProfessionalBasicUT';
    } else if (r < 0.245) {
      roleKey = tilesPublisher.id;
      usertype = 'creatorUT';
    } else if (r < 0.25) {
      roleKey = helpDesk.id;
      usertype = 'creatorUT';
    } else if (r < 0.55) {
      roleKey = 'org_user';
      usertype = rng.chance(0.4) ? 'creatorUT' : 'fieldWorkerUT';
    } else if (r < 0.8) {
      roleKey = VIEWER_ROLE_ID;
      usertype = rng.chance(0.9) ? 'viewerUT' : 'editorUT';
    } else {
      roleKey = DATA_EDITOR_ROLE_ID;
      usertype = rng.chance(0.8) ? 'editorUT' : 'fieldWorkerUT';
    }
    addMember({
      first: rng.pick(FIRST_NAMES),
      last: rng.pick(LAST_NAMES),
      roleKey,
      usertype,
      disabled: rng.chance(0.03),
      enterprise: rng.chance(0.1),
    });
  }

  // A Windows-domain login, as an identity provider names it (DOMAIN\user): the last generated enterprise member
  // takes it, so every seeded total stays as it was and no random draw moves.
  const domainMember = members.findLast((m) => m.provider === 'enterprise' && !fixed.includes(m) && !m.disabled);
  if (domainMember) {
    Object.assign(domainMember, {
      username: DOMAIN_LOGIN,
      idpusername: DOMAIN_LOGIN,
      firstname: 'Jordan',
      lastname: 'Smith',
      fullname: 'Jordan Smith',
      email: uniqueEmail('Jordan', 'Smith'),
    });
    usernames.add(DOMAIN_LOGIN.toLowerCase());
  }

  // Groups and memberships.
  type GroupRow = { rowid: number; id: string; title: string; owner: Member; created: number; access: string; seed: (typeof GROUP_SEEDS)[number] };
  const fixedOwners: Record<string, Member> = {
    'All Staff': admin,
    'GIS Administrators': admin,
    'Help Desk': helpdeskUser,
    'Parcel Editors': ana,
    'Archived Projects': dan,
    ...Object.fromEntries(DEPARTING_OWNED_GROUPS.map((title) => [title, frank])),
  };
  // Fixed members belong only to the groups listed for them, so tests can rely on their memberships.
  const isFixed = new Set(fixed);
  const ownerPool = members.filter((m) => !isFixed.has(m) && (m.role === 'org_admin' || m.role === 'org_publisher') && !m.roleid && !m.disabled);
  const groups: GroupRow[] = GROUP_SEEDS.map((seed, index) => {
    const owner = fixedOwners[seed.title] ?? (ownerPool.length > 0 ? rng.pick(ownerPool) : admin);
    const created = Math.min(now - 5 * DAY, owner.created + Math.floor(rng.next() * (now - owner.created)));
    return { rowid: index + 1, id: rng.hex(32), title: seed.title, owner, created, access: seed.access, seed };
  });
  const memberships: { groupId: string; username: string; type: 'owner' | 'admin' | 'member'; joined: number }[] = [];
  const groupsOfUser = new Map<string, GroupRow[]>();
  const addMembership = (group: GroupRow, member: Member, type: 'owner' | 'admin' | 'member', taken: Set<string>): void => {
    if (taken.has(member.username)) return;
    taken.add(member.username);
    const from = Math.max(group.created, member.created);
    memberships.push({ groupId: group.id, username: member.username, type, joined: from + Math.floor(rng.next() * Math.max(1, now - from)) });
    const list = groupsOfUser.get(member.username) ?? [];
    list.push(group);
    groupsOfUser.set(member.username, list);
  };
  const fixedMembers: Record<string, Member[]> = {
    'All Staff': [helpdeskUser, viewer, ana, ben, carla, dan, eva],
    'GIS Team': [ana, admin],
    'Help Desk': [admin],
    'Training and Onboarding': [viewer, carla],
    'Water Utilities Editors': [ben],
    'Parcel Editors': [ben],
    'Environmental Monitoring': [eva],
    'Planning Department': [ana, viewer],
  };
  for (const title of DEPARTING_MEMBER_GROUPS) fixedMembers[title] = [...(fixedMembers[title] ?? []), frank];
  for (const title of RECEIVER_GROUPS) fixedMembers[title] = [...(fixedMembers[title] ?? []), grace];
  for (const group of groups) {
    const taken = new Set<string>();
    addMembership(group, group.owner, 'owner', taken);
    for (const member of fixedMembers[group.title] ?? []) addMembership(group, member, 'member', taken);
    const target = Math.min(1200, Math.max(3, Math.round(group.seed.size * members.length)), members.length);
    let guard = 0;
    while (taken.size < target && guard < target * 4) {
      guard += 1;
      const member = members[Math.floor(rng.next() * members.length)] as Member;
      if (!isFixed.has(member)) addMembership(group, member, rng.chance(0.03) ? 'admin' : 'member', taken);
    }
  }

  // Content: folders and items for members who can create content.
  const folders: { id: string; username: string; title: string; created: number }[] = [];
  const items: SeedItem[] = [];
  const relationships: SeedRelationship[] = [];
  const addItems = (owner: Member, count: number, folderTitles: readonly string[]): void => {
    const ownerFolders = folderTitles.map((title) => {
      const folder = { id: rng.hex(32), username: owner.username, title, created: owner.created + Math.floor(rng.next() * (now - owner.created)) };
      folders.push(folder);
      return folder;
    });
    const memberOf = groupsOfUser.get(owner.username) ?? [];
    for (let i = 0; i < count; i += 1) {
      const type = rng.pick(ITEM_TYPES);
      const topic = rng.pick(ITEM_TOPICS);
      const created = owner.created + Math.floor(rng.next() * (now - owner.created));
      const roll = rng.next();
      let access = roll < 0.5 ? 'private' : roll < 0.8 ? 'org' : roll < 0.9 ? 'public' : 'shared';
      const shared: string[] = [];
      if ((access === 'shared' || (access === 'org' && rng.chance(0.3))) && memberOf.length > 0) shared.push(rng.pick(memberOf).id);
      if (access === 'shared' && shared.length === 0) access = 'private';
      const folder = ownerFolders.length > 0 && rng.chance(0.6) ? rng.pick(ownerFolders) : null;
      items.push({
        id: rng.hex(32),
        owner: owner.username,
        folderId: folder?.id ?? null,
        title: `${topic} ${rng.pick(['', '2023', '2024', '2025', 'Editor', 'Viewer', 'Dashboard', '(draft)'])}`.trim(),
        type,
        tags: [topic.toLowerCase(), rng.pick(USER_TAGS)],
        access,
        created,
        modified: created + Math.floor(rng.next() * (now - created)),
        size: rng.int(1, 5000) * 1024,
        views: rng.int(0, 5000),
        groups: shared,
      });
    }
  };
  addItems(admin, 3, []);
  addItems(ana, 6, ['Field Maps']);
  addItems(dan, 2, ['Archive']);
  const groupByTitle = (title: string): GroupRow => groups.find((g) => g.title === title) as GroupRow;
  const departing = departingContent(frank, DEPARTING_OWNED_GROUPS.map(groupByTitle), DEPARTING_MEMBER_GROUPS.map(groupByTitle), now);
  const clash = departing.items.find((item) => item.folderId === departing.folders[0]?.id && item.type.type === 'Web Map');
  const receiving = receiverContent(grace, clash?.title ?? 'Storm Drains Map 2019', now);
  for (const content of [departing, receiving]) {
    folders.push(...content.folders);
    items.push(...content.items);
    relationships.push(...content.relationships);
  }
  frank.storageUsage = departing.items.reduce((sum, item) => sum + item.size, 0);
  grace.storageUsage = receiving.items.reduce((sum, item) => sum + item.size, 0);
  for (const member of members) {
    if (isFixed.has(member) || member.rank < 3 || items.length >= 30_000) continue;
    if (!rng.chance(0.3)) continue;
    const folderCount = rng.chance(0.3) ? rng.int(1, 2) : 0;
    const titles = Array.from({ length: folderCount }, () => rng.pick(FOLDER_NAMES)).filter((t, i, all) => all.indexOf(t) === i);
    addItems(member, rng.int(1, 5), titles);
  }

  const defaults = {
    role: 'org_user',
    userLicenseType: 'creatorUT',
    groups: [groups[0]?.id ?? ''],
    userType: 'arcgisonly',
    apps: [],
    appBundles: [],
    categories: [],
  };

  const write = db.transaction(() => {
    const insertRole = db.prepare('INSERT INTO roles (id, name, description, privileges, created, modified, position) VALUES (?, ?, ?, ?, ?, ?, ?)');
    roles.forEach((role, index) => {
      const created = index < 2 ? now - 6 * YEAR : now - (3 - index) * 200 * DAY;
      insertRole.run(role.id, role.name, role.description, JSON.stringify(role.privileges), created, created, index);
    });
    const insertUser = db.prepare(`INSERT INTO users (id, username, fullname, firstname, lastname, email, description, tags, thumbnail,
      created, modified, lastlogin, role, roleid, level, usertype, disabled, provider, idpusername, mfaenabled, access, culture, region,
      units, storage_usage, password_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'org', ?, ?, ?, ?, ?)`);
    for (const m of members) {
      insertUser.run(
        m.id,
        m.username,
        m.fullname,
        m.firstname,
        m.lastname,
        m.email,
        m.description,
        JSON.stringify(m.tags),
        m.created,
        m.modified,
        m.lastlogin,
        m.role,
        m.roleid,
        m.level,
        m.usertype,
        m.disabled ? 1 : 0,
        m.provider,
        m.idpusername,
        m.mfaenabled ? 1 : 0,
        m.culture,
        m.region,
        m.units,
        m.storageUsage,
        m.passwordHash,
      );
    }
    // dan.ng keeps add-on licences and Esri access, which block deleting him (PY \`User.delete\`). A plain update that
    // draws nothing from \`rng\`, so every other seeded value stays as it was.
    db.prepare('UPDATE users SET esri_access = ?, licensed_items = ? WHERE username = ?').run('both', JSON.stringify(DAN_LICENSED_ITEMS), dan.username);
    seedCreditAllocations(db);
    // A few fixed members hold member categories; like dan.ng's licences, nothing is drawn from `rng`.
    const setCategories = db.prepare('UPDATE users SET categories = ? WHERE username = ?');
    for (const [username, paths] of Object.entries(SEED_MEMBER_CATEGORIES)) setCategories.run(JSON.stringify(paths), username);
    const assigned = new Map<string, number>();
    for (const m of members) assigned.set(m.usertype, (assigned.get(m.usertype) ?? 0) + 1);
    const insertType = db.prepare('INSERT INTO user_types (id, max_users, position) VALUES (?, ?, ?)');
    USER_TYPES.forEach((type, index) => insertType.run(type.id, (assigned.get(type.id) ?? 0) + type.headroom, index));

    const insertGroup = db.prepare(`INSERT INTO groups (rowid, id, title, owner, description, snippet, tags, access, is_invitation_only,
      protected, created, modified, sort_field, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'title', 'asc')`);
    for (const g of groups) {
      insertGroup.run(
        g.rowid,
        g.id,
        g.title,
        g.owner.username,
        `<p>${g.seed.snippet} Maintained by the ${g.title} team.</p>`,
        g.seed.snippet,
        JSON.stringify(g.seed.tags),
        g.access,
        g.seed.isInvitationOnly ? 1 : 0,
        g.seed.protected ? 1 : 0,
        g.created,
        g.created + Math.floor(rng.next() * (now - g.created)),
      );
    }
    const insertMembership = db.prepare('INSERT INTO group_members (group_id, username, member_type, joined) VALUES (?, ?, ?, ?)');
    for (const m of memberships) insertMembership.run(m.groupId, m.username, m.type, m.joined);

    const insertFolder = db.prepare('INSERT INTO folders (id, username, title, created) VALUES (?, ?, ?, ?)');
    for (const f of folders) insertFolder.run(f.id, f.username, f.title, f.created);
    const insertItem = db.prepare(`INSERT INTO items (id, owner, folder_id, title, type, type_keywords, description, snippet, tags, access,
      url, size, num_views, created, modified) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertShare = db.prepare('INSERT OR IGNORE INTO item_groups (item_id, group_id) VALUES (?, ?)');
    for (const item of items) {
      const url = item.type.url ? `https://services.${ORG_EMAIL_DOMAIN}/arcgis/rest/services/${item.id}` : null;
      insertItem.run(
        item.id,
        item.owner,
        item.folderId,
        item.title,
        item.type.type,
        JSON.stringify(item.type.keywords),
        `${item.title} for Harbor City.`,
        JSON.stringify(item.tags),
        item.access,
        url,
        item.size,
        item.views,
        item.created,
        item.modified,
      );
      for (const groupId of item.groups) insertShare.run(item.id, groupId);
    }
    const insertRelationship = db.prepare('INSERT INTO item_relationships (origin_id, destination_id, type) VALUES (?, ?, ?)');
    for (const r of relationships) insertRelationship.run(r.originId, r.destinationId, r.type);

    const meta = db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)');
    meta.run('schemaVersion', String(SCHEMA_VERSION));
    meta.run('seed', String(options.seed));
    meta.run('members', String(options.members));
    meta.run('seedNow', String(now));
    meta.run('orgId', orgId);
    meta.run('orgCreated', String(sixYearsAgo - 30 * DAY));
    meta.run('userDefaults', JSON.stringify(defaults));
    meta.run('memberCategorySchema', JSON.stringify(SEED_MEMBER_CATEGORY_SCHEMA));
    createIndexes(db);
    rebuildFullText(db);
    createTriggers(db);
  });
  write();

  return {
    orgId,
    members: members.length,
    groups: groups.length,
    memberships: memberships.length,
    items: items.length,
    folders: folders.length,
    ms: Math.round(performance.now() - started),
  };
}
