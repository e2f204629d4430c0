import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let helpdesk: string;
let viewer: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW });
  [admin, helpdesk, viewer] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.helpdesk), tokenFor(app, ...DEMO.viewer)]);
});
afterAll(() => app.close());

const post = async (path: string, token: string, params: Record<string, string> = {}) => json(await restPost(app, path, { token, ...params }));
const reassign = (from: string, target: string | undefined, token = admin) =>
  post(`community/users/${from}/reassign`, token, target === undefined ? {} : { targetUsername: target });

type Row = Record<string, unknown>;
const rows = (sql: string, ...args: unknown[]) => app.emulator.store.prepare(sql).all(...args) as Row[];
const count = (sql: string, ...args: unknown[]) => (app.emulator.store.prepare(sql).get(...args) as { count: number }).count;
const storage = (username: string) =>
  (app.emulator.store.prepare('SELECT storage_usage FROM users WHERE username = ?').get(username) as { storage_usage: number }).storage_usage;

describe('community/users/{u}/reassign', () => {
  it('moves every item (root to root, each folder to <user>_<folder>) and every owned group, then the member can be deleted', async () => {
    const folderCounts = rows(
      `SELECT f.title, COUNT(i.id) AS count FROM folders f LEFT JOIN items i ON i.folder_id = f.id WHERE f.username = 'frank.departing' GROUP BY f.title ORDER BY f.title`,
    );
    expect(folderCounts).toEqual([
      { title: 'Field Surveys', count: 30 },
      { title: 'Snow Operations', count: 50 },
      { title: 'Stormwater', count: 60 },
      { title: 'Street Lights', count: 40 },
    ]);
    const groupIds = rows(`SELECT id FROM groups WHERE owner = 'frank.departing'`).map((row) => row.id);
    expect(groupIds).toHaveLength(4);
    const graceRoot = count(`SELECT COUNT(*) AS count FROM items WHERE owner = 'grace.receiver' AND folder_id IS NULL`);
    const moving = count(`SELECT COALESCE(SUM(size), 0) AS count FROM items WHERE owner = 'frank.departing'`);
    const graceStorage = storage('grace.receiver');

    // Deleting is refused while he owns anything.
    expect((await post('community/users/frank.departing/delete', admin)).error).toMatchObject({ code: 400 });

    expect(await reassign('Frank.Departing', 'grace.receiver')).toEqual({ success: true });

    expect(count(`SELECT COUNT(*) AS count FROM items WHERE owner = 'frank.departing'`)).toBe(0);
    expect(count(`SELECT COUNT(*) AS count FROM groups WHERE owner = 'frank.departing'`)).toBe(0);
    expect(count(`SELECT COUNT(*) AS count FROM folders WHERE username = 'frank.departing'`)).toBe(0);
    expect(count(`SELECT COUNT(*) AS count FROM items WHERE owner = 'grace.receiver' AND folder_id IS NULL`)).toBe(graceRoot + 120);
    const graceFolders = rows(
      `SELECT f.title, COUNT(i.id) AS count FROM folders f LEFT JOIN items i ON i.folder_id = f.id WHERE f.username = 'grace.receiver' GROUP BY f.title ORDER BY f.title`,
    );
    expect(graceFolders).toEqual([
      { title: 'Stormwater', count: 3 },
      { title: 'frank.departing_Field Surveys', count: 30 },
      { title: 'frank.departing_Snow Operations', count: 50 },
      { title: 'frank.departing_Stormwater', count: 60 },
      { title: 'frank.departing_Street Lights', count: 40 },
    ]);
    expect(storage('grace.receiver')).toBe(graceStorage + moving);
    expect(storage('frank.departing')).toBe(0);

    // Groups: grace owns them; frank stays in them as a manager until he is deleted.
    for (const id of groupIds) {
      const group = json(await restGet(app, `community/groups/${String(id)}`, { token: admin }));
      expect(group.owner).toBe('grace.receiver');
    }
    const listing = json(await restGet(app, 'content/users/grace.receiver', { token: admin, num: '0' }));
    expect((listing.folders as Json[]).map((f) => f.title)).toContain('frank.departing_Stormwater');

    expect(await post('community/users/frank.departing/delete', admin)).toEqual({ success: true, username: 'frank.departing' });
    expect(count(`SELECT COUNT(*) AS count FROM group_members WHERE username = 'frank.departing'`)).toBe(0);
  });

  it('refuses a missing, unknown, disabled or identical target, and an unknown member', async () => {
    const before = count(`SELECT COUNT(*) AS count FROM items WHERE owner = 'ana.lima'`);
    expect((await reassign('ana.lima', undefined)).error).toMatchObject({ code: 400, message: expect.stringContaining("'targetUsername'") as unknown });
    expect((await reassign('ana.lima', 'nobody.here')).error).toMatchObject({
      code: 400,
      message: expect.stringContaining("'nobody.here' does not exist") as unknown,
    });
    expect((await reassign('ana.lima', 'dan.ng')).error).toMatchObject({ code: 400, message: expect.stringContaining('disabled') as unknown });
    expect((await reassign('ana.lima', 'ANA.LIMA')).error).toMatchObject({ code: 400 });
    expect((await reassign('nobody.here', 'grace.receiver')).error).toEqual({ code: 400, message: 'User does not exist or is inaccessible.', details: [] });
    expect(count(`SELECT COUNT(*) AS count FROM items WHERE owner = 'ana.lima'`)).toBe(before);
  });

  it('refuses when the target already owns a group of the same title, moving nothing', async () => {
    const created = await post('community/createGroup', admin, { title: 'Parcel Editors' });
    expect(created.success).toBe(true);
    const body = await reassign('ana.lima', 'portaladmin');
    expect(body.error).toMatchObject({ code: 400, message: expect.stringContaining('Parcel Editors') as unknown });
    expect(count(`SELECT COUNT(*) AS count FROM items WHERE owner = 'ana.lima'`)).toBe(6);
    expect(count(`SELECT COUNT(*) AS count FROM groups WHERE owner = 'ana.lima'`)).toBe(1);
  });

  it('needs both reassignItems and reassignGroups (Help Desk has only the first)', async () => {
    for (const token of [helpdesk, viewer]) {
      expect((await reassign('ana.lima', 'grace.receiver', token)).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    }
    expect(count(`SELECT COUNT(*) AS count FROM items WHERE owner = 'ana.lima'`)).toBe(6);
  });

  it("lets the Python API's User.delete(reassign_to=…) run through: licences, bundles, Esri access, groups, reassign, delete", async () => {
    const get = async (path: string, params: Record<string, string> = {}) => json(await restGet(app, path, { token: admin, ...params }));
    // PY User.delete asks each purchased listing who holds it; ana.lima holds none.
    for (const purchase of (await get('portals/self/purchases')).purchases as Json[]) {
      const listing = purchase.listing as Json;
      const holders = (await get(`content/listings/${String(listing.itemId)}/userEntitlements`, { start: '1', num: '100' })).userEntitlements as Json[];
      expect(holders.map((holder) => holder.username)).not.toContain('ana.lima');
    }
    expect(await get('portals/self/appBundles', { num: '100', start: '1' })).toMatchObject({ appBundles: [], nextStart: -1 });
    const inFieldMaps = count(
      `SELECT COUNT(*) AS count FROM items i JOIN folders f ON f.id = i.folder_id WHERE i.owner = 'ana.lima' AND f.title = 'Field Maps'`,
    );
    expect(inFieldMaps).toBeGreaterThan(0);
    const ana = await get('community/users/ana.lima');
    for (const group of (ana.groups as Json[]).filter((g) => g.owner === 'ana.lima')) {
      expect((await post(`community/groups/${String(group.id)}/reassign`, admin, { targetUsername: 'grace.receiver' })).success).toBe(true);
    }
    expect((await post('community/users/ana.lima/update', admin, { userType: 'arcgisonly' })).success).toBe(true);
    expect(await reassign('ana.lima', 'grace.receiver')).toEqual({ success: true });
    expect(await post('community/users/ana.lima/delete', admin)).toEqual({ success: true, username: 'ana.lima' });
    expect(
      count(
        `SELECT COUNT(*) AS count FROM items WHERE owner = 'grace.receiver' AND folder_id = (SELECT id FROM folders WHERE username = 'grace.receiver' AND title = 'ana.lima_Field Maps')`,
      ),
    ).toBe(inFieldMaps);
  });
});
