import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { insertUser, type UserRow } from '../store/users-repo';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

const MEMBERS = 600;
let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;
let rows: UserRow[];

beforeAll(async () => {
  app = await buildEmulator({ members: MEMBERS, seedNow: FIXED_SEED_NOW });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
  rows = app.emulator.store.prepare('SELECT * FROM users').all() as UserRow[];
});
afterAll(() => app.close());

const list = async (params: Record<string, string> = {}, token = admin) => json(await restGet(app, 'portals/self/users', { token, ...params }));
const users = (body: Json) => body.users as Json[];
const names = (body: Json) => users(body).map((u) => String(u.username));
/** Every username `portals/self/users` lists for these parameters, page by page. */
async function all(params: Record<string, string>): Promise<string[]> {
  const found: string[] = [];
  let start = 1;
  for (;;) {
    const page = await list({ ...params, num: '100', start: String(start) });
    found.push(...names(page));
    if (page.nextStart === -1) return found.sort();
    start = Number(page.nextStart);
  }
}
const expected = (predicate: (row: UserRow) => boolean) =>
  rows
    .filter(predicate)
    .map((row) => row.username)
    .sort();
const counts = async (params: Record<string, string>, token = admin) => json(await restGet(app, 'portals/self/users/counts', { token, ...params }));

describe('portals/self/users (the organization listing)', () => {
  it('answers {total,start,num,nextStart,users} with admin user JSON, 10 a page, by username', async () => {
    const body = await list();
    expect(Object.keys(body)).toEqual(['total', 'start', 'num', 'nextStart', 'users']);
    expect(body).toMatchObject({ total: MEMBERS, start: 1, num: 10, nextStart: 11 });
    // SQLite NOCASE: ASCII case folded, then code-unit order.
    const nocase = (a: string, b: string) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0);
    expect(names(body)).toEqual(
      rows
        .map((row) => row.username)
        .sort(nocase)
        .slice(0, 10),
    );
    const ana = users(await list({ username: 'ana.lima' }))[0];
    expect(ana).toMatchObject({
      username: 'ana.lima',
      email: 'ana.lima@harborcity.example',
      role: 'org_publisher',
      userLicenseTypeId: 'creatorUT',
      lastLogin: expect.any(Number) as unknown,
    });
    expect(ana).not.toHaveProperty('privileges');
  });

  it('is the same at portals/<orgId>/users and by POST; another id is refused', async () => {
    const orgId = String(json(await restGet(app, 'portals/self')).id);
    const byId = json(await restGet(app, `portals/${orgId}/users`, { token: admin, num: '5' }));
    expect(byId).toEqual(await list({ num: '5' }));
    expect(json(await restPost(app, 'portals/self/users', { token: admin, num: '5' }))).toEqual(byId);
    expect(json(await restGet(app, 'portals/notTheOrgId00000/users', { token: admin })).error).toMatchObject({ code: 400 });
  });

  it('needs portal:admin:viewUsers (Help Desk has it, Viewer does not) and a token', async () => {
    expect((await list({}, viewer)).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    expect((await list({}, helpdesk)).total).toBe(MEMBERS);
    expect(json(await restGet(app, 'portals/self/users')).error).toMatchObject({ code: 499 });
  });

  it('pages 1-based to the end without gaps or duplicates, clamping num to 100', async () => {
    const everyone = await all({});
    expect(everyone).toHaveLength(MEMBERS);
    expect(new Set(everyone).size).toBe(MEMBERS);
    expect(await list({ num: '500' })).toMatchObject({ num: 100, nextStart: 101 });
    expect(await list({ start: '601' })).toMatchObject({ total: MEMBERS, start: 601, nextStart: -1, users: [] });
    expect(await list({ num: '0' })).toMatchObject({ total: MEMBERS, num: 0, nextStart: -1, users: [] });
  });

  it('sorts by the documented fields, ascending or descending', async () => {
    const created = users(await list({ sortField: 'created', sortOrder: 'desc', num: '50' })).map((u) => Number(u.created));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const logins = users(await list({ sortField: 'lastlogin', sortOrder: 'asc', num: '50' })).map((u) => Number(u.lastLogin));
    expect(logins[0]).toBe(-1);
    expect(logins).toEqual([...logins].sort((a, b) => a - b));
    const mfa = users(await list({ sortField: 'mfaenabled', sortOrder: 'desc', num: '20' })).map((u) => u.mfaEnabled);
    expect(mfa.every(Boolean)).toBe(true);
    const levels = users(await list({ sortField: 'level', num: '20' })).map((u) => String(u.level));
    expect(levels.every((l) => l === '1')).toBe(true);
    const roles = users(await list({ sortField: 'role', sortOrder: 'desc', num: '20' })).map((u) => String(u.role));
    expect(roles.every((r) => r === 'org_user')).toBe(true);
    expect(names(await list({ sortField: 'shoesize' }))).toEqual(names(await list()));
  });

  it('filters by userLicenseType, provider and role (built-in role = no custom role; or a role id)', async () => {
    expect(await all({ userLicenseType: 'viewerUT' })).toEqual(expected((r) => r.usertype === 'viewerUT'));
    expect(await all({ provider: 'enterprise' })).toEqual(expected((r) => r.provider === 'enterprise'));
    const admins = await all({ role: 'org_admin' });
    expect(admins).toEqual(expected((r) => r.role === 'org_admin' && r.roleid === null));
    expect(admins).toContain('portaladmin');
    expect(admins).not.toContain('helpdesk_demo');
    expect(await all({ role: 'iAAAAAAAAAAAAAAA' })).toEqual(expected((r) => r.roleid === 'iAAAAAAAAAAAAAAA'));
    const helpDeskRole = rows.find((r) => r.username === 'helpdesk_demo')?.roleid ?? '';
    expect(await all({ role: helpDeskRole })).toContain('helpdesk_demo');
  });

  it('filters by names with word matches', async () => {
    expect(await all({ username: 'ana.lima' })).toEqual(['ana.lima']);
    expect(await all({ fullname: 'ana lima' })).toEqual(['ana.lima']);
    expect(await all({ lastname: 'Lima' })).toEqual(expected((r) => r.lastname === 'Lima'));
    expect(await all({ firstname: 'carla' })).toContain('carla.rossi');
    expect(await all({ lastname: 'sch*' })).toContain('eva.schmidt');
    expect(await all({ categories: '/Categories/Water' })).toEqual([]);
  });

  it('ORs several filters, and ANDs them with applyFiltersIntersection=true', async () => {
    const union = expected((r) => r.usertype === 'viewerUT' || r.provider === 'enterprise');
    const intersection = expected((r) => r.usertype === 'viewerUT' && r.provider === 'enterprise');
    expect(union.length).toBeGreaterThan(intersection.length);
    expect(await all({ userLicenseType: 'viewerUT', provider: 'enterprise' })).toEqual(union);
    expect(await all({ userLicenseType: 'viewerUT', provider: 'enterprise', applyFiltersIntersection: 'true' })).toEqual(intersection);
    expect(await all({ userLicenseType: 'viewerUT', provider: 'enterprise', applyFilterIntersection: 'true' })).toEqual(intersection);
    expect(await all({ username: 'ana.lima', lastname: 'rossi' })).toEqual(expected((r) => r.username === 'ana.lima' || r.lastname === 'Rossi'));
  });

  it('leaves out esri_* system accounts with excludeSystemUsers=true', async () => {
    const store = app.emulator.store;
    insertUser(store, {
      id: 'esriSystemUser02',
      username: 'esri_boundaries',
      fullname: 'Esri Boundaries',
      firstname: 'Esri',
      lastname: 'Boundaries',
      email: 'boundaries@esri.example',
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
      expect((await list({ num: '0' })).total).toBe(MEMBERS + 1);
      expect((await list({ num: '0', excludeSystemUsers: 'true' })).total).toBe(MEMBERS);
      expect(await all({ lastname: 'boundaries' })).toEqual(['esri_boundaries']);
      expect(await all({ lastname: 'boundaries', excludeSystemUsers: 'true' })).toEqual([]);
    } finally {
      store.prepare("DELETE FROM users WHERE username = 'esri_boundaries'").run();
    }
  });
});

describe('portals/self/users/counts', () => {
  it('counts members per user type, most first, exactly', async () => {
    const body = await counts({ type: 'userLicenseType', num: '100' });
    expect(Object.keys(body)).toEqual(['results', 'nextStart']);
    expect(body.nextStart).toBe(-1);
    const results = body.results as { key: string; count: number }[];
    expect(results.reduce((sum, r) => sum + r.count, 0)).toBe(MEMBERS);
    for (const result of results) expect(result.count, result.key).toBe(rows.filter((r) => r.usertype === result.key).length);
    expect(results.map((r) => r.count)).toEqual([...results.map((r) => r.count)].sort((a, b) => b - a));
  });

  it('counts roles by role id when a member has one, else by built-in role', async () => {
    const results = (await counts({ type: 'role', num: '100' })).results as { key: string; count: number }[];
    const byKey = new Map(results.map((r) => [r.key, r.count]));
    expect(byKey.get('org_admin')).toBe(rows.filter((r) => r.role === 'org_admin' && r.roleid === null).length);
    expect(byKey.get('iAAAAAAAAAAAAAAA')).toBe(rows.filter((r) => r.roleid === 'iAAAAAAAAAAAAAAA').length);
    const helpDeskRole = rows.find((r) => r.username === 'helpdesk_demo')?.roleid ?? '';
    expect(byKey.get(helpDeskRole)).toBe(rows.filter((r) => r.roleid === helpDeskRole).length);
    expect([...byKey.values()].reduce((a, b) => a + b, 0)).toBe(MEMBERS);
  });

  it('pages with start/num (default 10) and nextStart, as PY UserManager.counts reads it', async () => {
    const all = (await counts({ type: 'role', num: '100' })).results as Json[];
    const first = await counts({ type: 'role', num: '2' });
    expect(first).toEqual({ results: all.slice(0, 2), nextStart: 3 });
    const last = await counts({ type: 'role', num: '100', start: String(all.length) });
    expect(last).toEqual({ results: all.slice(-1), nextStart: -1 });
    expect(((await counts({ type: 'role' })).results as Json[]).length).toBe(Math.min(10, all.length));
  });

  it('answers app and appBundle with no results (no add-on licences here), any case', async () => {
    expect(await counts({ type: 'app' })).toEqual({ results: [], nextStart: -1 });
    expect(await counts({ type: 'appBundle' })).toEqual({ results: [], nextStart: -1 });
    expect(((await counts({ type: 'USERLICENSETYPE' })).results as Json[]).length).toBeGreaterThan(0);
  });

  it('refuses a missing or unknown type, and callers without viewUsers', async () => {
    expect((await counts({})).error).toMatchObject({ code: 400 });
    expect((await counts({ type: 'bundles' })).error).toMatchObject({ code: 400 });
    expect((await counts({ type: 'role' }, viewer)).error).toMatchObject({ code: 403 });
    expect(((await counts({ type: 'role' }, helpdesk)).results as Json[]).length).toBeGreaterThan(0);
  });
});
