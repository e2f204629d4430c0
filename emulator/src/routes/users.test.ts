import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { insertUser } from '../store/users-repo';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

const PUBLIC_FIELDS = [
  'username',
  'fullName',
  'firstName',
  'lastName',
  'description',
  'tags',
  'culture',
  'region',
  'units',
  'thumbnail',
  'created',
  'modified',
  'orgId',
].sort();
const ADMIN_ONLY = [
  'email',
  'lastLogin',
  'role',
  'roleId',
  'userLicenseTypeId',
  'disabled',
  'provider',
  'idpUsername',
  'storageUsage',
  'mfaEnabled',
  'privileges',
  'groups',
  'level',
];

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;
let orgId: unknown;

beforeAll(async () => {
  app = await buildEmulator({ members: 2000, seedNow: FIXED_SEED_NOW });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
  orgId = json(await restGet(app, 'portals/self')).id;
});
afterAll(() => app.close());

const search = async (token: string, params: Record<string, string>, path = 'portals/self/users/search') =>
  json(await restGet(app, path, { token, ...params }));
/** Runs `body` with `--extensions` on (answers no real portal is known to give), then switches them off again. */
async function withExtensions<T>(body: () => Promise<T>): Promise<T> {
  app.emulator.config.extensions = true;
  try {
    return await body();
  } finally {
    app.emulator.config.extensions = false;
  }
}
const results = (body: Json) => body.results as Json[];
const usernames = (body: Json) => results(body).map((u) => String(u.username));

describe('user search (admin)', () => {
  it('finds a DOMAIN\\user login by its escaped phrase, as a Lucene-style query reads it', async () => {
    const phrase = await search(admin, { q: 'username:"CONTOSO\\\\jsmith"' });
    expect(usernames(phrase)).toEqual(['CONTOSO\\jsmith']);
    expect(results(phrase)[0]).toMatchObject({ provider: 'enterprise', idpUsername: 'CONTOSO\\jsmith', fullName: 'Jordan Smith' });
    // Stripped of its backslash (as Roster once sent it) the name is another word, and finds nobody.
    expect(usernames(await search(admin, { q: 'username:"CONTOSOjsmith"' }))).toEqual([]);
    expect(usernames(await search(admin, { q: '"CONTOSO\\\\jsmith"' }))).toContain('CONTOSO\\jsmith');
  });

  it('answers {query,total,start,num,nextStart,results} with full member fields', async () => {
    const body = await search(admin, { q: 'lima' });
    expect(Object.keys(body)).toEqual(['query', 'total', 'start', 'num', 'nextStart', 'results']);
    expect(body).toMatchObject({ query: 'lima', start: 1, num: 10, nextStart: -1 });
    const ana = results(body).find((u) => u.username === 'ana.lima');
    expect(ana).toMatchObject({
      email: 'ana.lima@harborcity.example',
      role: 'org_publisher',
      userLicenseTypeId: 'creatorUT',
      disabled: false,
      provider: 'arcgis',
      groups: [],
    });
    expect(ana).not.toHaveProperty('roleId');
    expect(ana).not.toHaveProperty('privileges');
  });

  it('is the same for community/users, GET or POST', async () => {
    const portal = await search(admin, { q: 'role:org_admin', num: '5' });
    const community = await search(admin, { q: 'role:org_admin', num: '5' }, 'community/users');
    const post = json(await restPost(app, 'community/users', { token: admin, q: 'role:org_admin', num: '5' }));
    expect(community).toEqual(portal);
    expect(post).toEqual(portal);
  });

  it('reports roleId only for Viewer, Data Editor and custom roles', async () => {
    const body = await search(admin, { q: 'username:ben.okafor OR username:viewer_demo OR username:helpdesk_demo OR username:portaladmin', num: '10' });
    const byName: Record<string, Json> = Object.fromEntries(results(body).map((u) => [String(u.username), u]));
    expect(byName.portaladmin).not.toHaveProperty('roleId');
    expect(byName.viewer_demo).toMatchObject({ role: 'org_user', roleId: 'iAAAAAAAAAAAAAAA', level: '1' });
    expect(byName['ben.okafor']).toMatchObject({ role: 'org_user', roleId: 'iBBBBBBBBBBBBBBB' });
    expect(byName.helpdesk_demo).toMatchObject({ role: 'org_admin', roleId: expect.stringMatching(/^[A-Za-z0-9]{16}$/) as unknown });
  });

  it('pages 1-based until nextStart is -1, without gaps or duplicates', async () => {
    const first = await search(admin, { q: 'role:org_admin', num: '25' });
    const total = Number(first.total);
    expect(total).toBeGreaterThan(50);
    const seen: string[] = [];
    let start = 1;
    for (;;) {
      const page = await search(admin, { q: 'role:org_admin', num: '25', start: String(start), sortField: 'username' });
      expect(page.start).toBe(start);
      seen.push(...usernames(page));
      if (page.nextStart === -1) break;
      expect(page.nextStart).toBe(start + 25);
      start = Number(page.nextStart);
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });

  it('handles num=0 (total only), num above 100 (clamped) and a start past the end', async () => {
    const none = await search(admin, { q: '*', num: '0' });
    expect(none).toMatchObject({ total: 2000, num: 0, nextStart: -1, results: [] });
    const clamped = await search(admin, { q: '*', num: '1000' });
    expect(clamped.num).toBe(100);
    expect(results(clamped)).toHaveLength(100);
    expect(clamped.nextStart).toBe(101);
    const past = await search(admin, { q: '*', start: '5000' });
    expect(past).toMatchObject({ total: 2000, start: 5000, nextStart: -1, results: [] });
    const last = await search(admin, { q: '*', start: '1991', num: '10' });
    expect(results(last)).toHaveLength(10);
    expect(last.nextStart).toBe(-1);
  });

  it('sorts by the documented fields (username, created, fullname, modified) and order', async () => {
    const created = results(await search(admin, { q: '*', sortField: 'created', sortOrder: 'desc', num: '50' })).map((u) => Number(u.created));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const names = results(await search(admin, { q: '*', sortField: 'FullName', num: '50' })).map((u) => String(u.fullName).toLowerCase());
    expect(names).toEqual([...names].sort());
    const modified = results(await search(admin, { q: '*', sortField: 'modified', sortOrder: 'asc', num: '50' })).map((u) => Number(u.modified));
    expect(modified).toEqual([...modified].sort((a, b) => a - b));
  });

  it('ignores undocumented sort fields (lastlogin…) unless extensions are on', async () => {
    const byUsername = usernames(await search(admin, { q: '*', num: '30' }));
    expect(usernames(await search(admin, { q: '*', sortField: 'lastlogin', sortOrder: 'asc', num: '30' }))).toEqual(byUsername);
    const logins = await withExtensions(async () =>
      results(await search(admin, { q: 'lastlogin:[0 TO *]', sortField: 'lastlogin', sortOrder: 'asc', num: '30' })).map((u) => Number(u.lastLogin)),
    );
    expect(logins).toHaveLength(30);
    expect(logins).toEqual([...logins].sort((a, b) => a - b));
  });

  it('ANDs filter (exact match) into q', async () => {
    const body = await search(admin, { q: 'role:org_publisher', filter: 'lastname:"Lima"' });
    expect(usernames(body)).toEqual(['ana.lima']);
  });

  it('finds members by provider (PY org_search), but by lastlogin/disabled/userlicensetype only with extensions', async () => {
    expect(usernames(await search(admin, { q: 'provider:enterprise AND eva', num: '100' }))).toEqual(expect.arrayContaining(['eva.schmidt']));
    for (const q of ['lastlogin:-1', 'disabled:true', 'userlicensetype:creatorUT', 'roleid:iAAAAAAAAAAAAAAA', 'mfaenabled:true', `orgid:${String(orgId)}`]) {
      expect((await search(admin, { q, num: '0' })).total, q).toBe(0);
    }
    await withExtensions(async () => {
      expect(usernames(await search(admin, { q: 'lastlogin:-1', num: '100' }))).toContain('carla.rossi');
      expect(usernames(await search(admin, { q: 'disabled:true', num: '100' }))).toContain('dan.ng');
      expect(Number((await search(admin, { q: 'userlicensetype:creatorUT', num: '0' })).total)).toBeGreaterThan(0);
    });
  });

  it('narrows by a created range (search reference ranges; created is a public field), combined with other clauses', async () => {
    const listing = json(await restGet(app, 'portals/self/users', { token: admin, num: '100', sortField: 'created', sortOrder: 'asc' }));
    const created = (listing.users as Json[]).map((u) => Number(u.created));
    const [low, high] = [created[10] ?? 0, created[59] ?? 0];
    const q = `created:[${String(low)} TO ${String(high)}]`;
    const inRange = await search(admin, { q, num: '100' });
    expect(Number(inRange.total)).toBeGreaterThanOrEqual(50);
    expect(results(inRange).every((u) => Number(u.created) >= low && Number(u.created) <= high)).toBe(true);
    expect(Number((await search(admin, { q: `role:org_admin AND ${q}`, num: '0' })).total)).toBeLessThan(Number(inRange.total));
    // Not an admin field: a member without portal:admin:viewUsers may use it too (no 403), and sees the same total.
    expect((await search(viewer, { q, num: '0' }, 'community/users')).total).toBe(inRange.total);
  });

  it('answers accountid:<orgId> (appended by the Python API) without widening the query', async () => {
    expect((await search(admin, { q: `accountid:${String(orgId)}`, num: '0' })).total).toBe(2000);
    expect(usernames(await search(admin, { q: `ana.lima accountid:${String(orgId)}` }))).toEqual(['ana.lima']);
    expect((await search(admin, { q: 'ana.lima accountid:notTheOrgId00000', num: '0' })).total).toBe(0);
    expect(usernames(await search(viewer, { q: `ana.lima accountid:${String(orgId)}` }, 'community/users'))).toEqual(['ana.lima']);
  });

  it('leaves out esri_* system accounts with excludeSystemUsers=true', async () => {
    const store = app.emulator.store;
    insertUser(store, {
      id: 'esriSystemUser01',
      username: 'esri_livingatlas',
      fullname: 'Esri Living Atlas',
      firstname: 'Esri',
      lastname: 'Living Atlas',
      email: 'livingatlas@esri.example',
      description: '',
      created: FIXED_SEED_NOW,
      role: 'org_user',
      roleid: null,
      level: '2',
      usertype: 'creatorUT',
      provider: 'arcgis',
      idpusername: null,
      password_hash: null,
    });
    try {
      expect(usernames(await search(admin, { q: 'esri*' }))).toContain('esri_livingatlas');
      expect(usernames(await search(admin, { q: 'esri*', excludeSystemUsers: 'true' }))).not.toContain('esri_livingatlas');
      expect(usernames(await search(admin, { q: 'esri*', excludeSystemUsers: 'false' }))).toContain('esri_livingatlas');
      expect((await search(admin, { q: '*', num: '0', excludeSystemUsers: 'true' })).total).toBe(2000);
      expect(usernames(json(await restPost(app, 'community/users', { token: admin, q: 'esri*', excludeSystemUsers: 'true' })))).toEqual([]);
    } finally {
      store.prepare("DELETE FROM users WHERE username = 'esri_livingatlas'").run();
    }
  });
});

describe('member visibility for viewer_demo (no portal:admin:viewUsers)', () => {
  it('sees public fields only in search results, except their own record', async () => {
    const body = await search(viewer, { q: 'ana.lima OR viewer_demo', num: '20' });
    const ana = results(body).find((u) => u.username === 'ana.lima') ?? {};
    expect(Object.keys(ana).sort()).toEqual(PUBLIC_FIELDS);
    for (const field of ADMIN_ONLY) expect(ana).not.toHaveProperty(field);
    const self = results(body).find((u) => u.username === 'viewer_demo');
    expect(self).toMatchObject({ email: 'viewer@harborcity.example' });
  });

  it('gets the 403 body for searches on admin fields the index knows', async () => {
    for (const q of ['email:ana.lima@harborcity.example', 'role:org_admin', 'smith AND provider:enterprise']) {
      expect((await search(viewer, { q })).error, q).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    }
    expect((await search(viewer, { q: '*', filter: 'email:"x"' })).error).toMatchObject({ code: 403 });
    // Without extensions, undocumented fields are unknown: they match nothing, for everyone.
    for (const q of ['lastlogin:-1', 'userlicensetype:creatorUT', 'disabled:true']) {
      expect(await search(viewer, { q, num: '0' }), q).toMatchObject({ total: 0 });
    }
    await withExtensions(async () => {
      for (const q of ['smith AND lastlogin:-1', 'userlicensetype:creatorUT', 'disabled:true']) {
        expect((await search(viewer, { q })).error, q).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
      }
    });
  });

  it('does not match e-mail with bare terms, and ignores admin sort fields', async () => {
    expect(Number((await search(admin, { q: 'example', num: '0' })).total)).toBe(2000);
    expect(Number((await search(viewer, { q: 'example', num: '0' })).total)).toBe(0);
    const sorted = usernames(await search(viewer, { q: '*', sortField: 'lastlogin', num: '20' }));
    expect(sorted).toEqual(usernames(await search(viewer, { q: '*', sortField: 'username', num: '20' })));
  });

  it('sees public fields of another member, and everything of themself', async () => {
    const ana = json(await restGet(app, 'community/users/ana.lima', { token: viewer }));
    expect(Object.keys(ana).sort()).toEqual(PUBLIC_FIELDS);
    const self = json(await restGet(app, 'community/users/viewer_demo', { token: viewer }));
    expect(self).toMatchObject({ role: 'org_user', roleId: 'iAAAAAAAAAAAAAAA', userLicenseTypeId: 'viewerUT', email: 'viewer@harborcity.example' });
    expect(self.privileges).toEqual(expect.arrayContaining(['portal:user:viewOrgUsers']));
    expect((self.groups as Json[]).map((g) => g.title)).toEqual(expect.arrayContaining(['All Staff', 'Training and Onboarding']));
  });

  it('cannot read another member’s user type', async () => {
    expect(json(await restGet(app, 'community/users/ana.lima/userLicenseType', { token: viewer })).error).toMatchObject({ code: 403 });
    expect(json(await restGet(app, 'community/users/viewer_demo/userLicenseType', { token: viewer }))).toMatchObject({ id: 'viewerUT', name: 'Viewer' });
  });
});

describe('helpdesk_demo (custom role with portal:admin:viewUsers)', () => {
  it('sees full member details and may search admin fields', async () => {
    const body = await search(helpdesk, { q: 'email:ana.lima@harborcity.example' });
    expect(results(body)[0]).toMatchObject({ username: 'ana.lima', email: 'ana.lima@harborcity.example', lastLogin: expect.any(Number) as unknown });
  });
});

describe('community/users/{username}', () => {
  it('looks up usernames case-insensitively and returns privileges and groups to admins', async () => {
    const ana = json(await restGet(app, 'community/users/ANA.LIMA', { token: admin }));
    expect(ana).toMatchObject({ username: 'ana.lima', role: 'org_publisher', userLicenseTypeId: 'creatorUT', mfaEnabled: true });
    expect(ana.privileges).toEqual(expect.arrayContaining(['portal:publisher:publishFeatures']));
    const groups = ana.groups as Json[];
    expect(groups.find((g) => g.title === 'Parcel Editors')).toMatchObject({
      owner: 'ana.lima',
      userMembership: { username: 'ana.lima', memberType: 'owner', applications: 0 },
    });
  });

  it('returns the user type of a member to admins', async () => {
    const type = json(await restGet(app, 'community/users/ben.okafor/userLicenseType', { token: admin }));
    expect(type).toMatchObject({ id: 'editorUT', name: 'Contributor' });
    expect(Array.isArray(type.apps)).toBe(true);
  });

  it('rejects tokens of members disabled after signing in', async () => {
    const token = await tokenFor(app, 'carla.rossi', 'Roster.Member1');
    expect(json(await restGet(app, 'community/self', { token })).username).toBe('carla.rossi');
    app.emulator.store.db.prepare(`UPDATE users SET disabled = 1 WHERE username = 'carla.rossi'`).run();
    expect(json(await restGet(app, 'community/self', { token })).error).toMatchObject({ code: 498 });
    app.emulator.store.db.prepare(`UPDATE users SET disabled = 0 WHERE username = 'carla.rossi'`).run();
  });
});
