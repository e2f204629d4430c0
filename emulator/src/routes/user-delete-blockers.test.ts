import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DAN_LICENSED_ITEMS } from '../store/seed';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let helpdesk: string;
let viewer: string;
let ana: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW });
  [admin, helpdesk, viewer, ana] = await Promise.all([
    tokenFor(app, ...DEMO.admin),
    tokenFor(app, ...DEMO.helpdesk),
    tokenFor(app, ...DEMO.viewer),
    tokenFor(app, 'ana.lima', 'Roster.Member1'),
  ]);
});
afterAll(() => app.close());

const get = async (username: string, token: string, params: Record<string, string> = {}) =>
  json(await restGet(app, `community/users/${username}`, { token, ...params }));
const post = async (path: string, token: string, params: Record<string, string> = {}) => json(await restPost(app, path, { token, ...params }));
const DAN_ITEM_IDS = DAN_LICENSED_ITEMS.map((item) => item.itemId);

describe('community/users/{u}: Esri access and add-on licences', () => {
  it('answers userType from the stored Esri access, and userLicensedItems only with returnUserLicensedItems=true', async () => {
    const plain = await get('dan.ng', admin);
    expect(plain.userType).toBe('both');
    expect(plain).not.toHaveProperty('userLicensedItems');

    const withItems = await get('dan.ng', admin, { returnUserLicensedItems: 'true' });
    expect(withItems.userType).toBe('both');
    expect(withItems.userLicensedItems).toEqual([
      { itemId: '3c1f5e0a9b2d4e6f8a7b6c5d4e3f2a10', entitlements: ['desktopAdvN'] },
      { itemId: '8e2d4c6b0a1f4e3d9c8b7a6f5e4d3c21', entitlements: ['spatialAnalystN'] },
    ]);
    // Placed right after `disabled`, as in the recorded ArcGIS Online answer (MOCK-U).
    const keys = Object.keys(withItems);
    expect(keys[keys.indexOf('disabled') + 1]).toBe('userLicensedItems');
    expect(keys.filter((key) => key !== 'userLicensedItems')).toEqual(Object.keys(plain));

    // The parameter name and value are read case-insensitively; anything but true leaves the field out.
    expect((await get('dan.ng', admin, { RETURNUSERLICENSEDITEMS: 'TRUE' })).userLicensedItems).toHaveLength(2);
    expect(await get('dan.ng', admin, { returnUserLicensedItems: 'false' })).not.toHaveProperty('userLicensedItems');
  });

  it('answers an empty list and arcgisonly for a member without licences or Esri access', async () => {
    const body = await get('ana.lima', admin, { returnUserLicensedItems: 'true' });
    expect(body).toMatchObject({ userType: 'arcgisonly', userLicensedItems: [] });
  });

  it('shows both fields to the member themself and to viewUsers holders, not to other members', async () => {
    expect(await get('ana.lima', ana, { returnUserLicensedItems: 'true' })).toMatchObject({ userType: 'arcgisonly', userLicensedItems: [] });
    expect((await get('dan.ng', helpdesk, { returnUserLicensedItems: 'true' })).userLicensedItems).toHaveLength(2);

    for (const [token, username] of [
      [viewer, 'dan.ng'],
      [ana, 'dan.ng'],
      [viewer, 'ana.lima'],
    ] as const) {
      const body = await get(username, token, { returnUserLicensedItems: 'true' });
      expect(body.username).toBe(username);
      expect(body).not.toHaveProperty('userType');
      expect(body).not.toHaveProperty('userLicensedItems');
    }
  });

  it('carries the stored Esri access in an administrator’s search results (without the licences)', async () => {
    const body = json(await restGet(app, 'community/users', { token: admin, q: 'username:dan.ng' }));
    const results = body.results as Record<string, unknown>[];
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ username: 'dan.ng', userType: 'both' });
    expect(results[0]).not.toHaveProperty('userLicensedItems');
  });
});

describe('community/users/{u}/update userType', () => {
  it('lets an administrator turn Esri access on and off', async () => {
    expect(await post('community/users/carla.rossi/update', admin, { userType: 'both' })).toEqual({ success: true, username: 'carla.rossi' });
    expect((await get('carla.rossi', admin)).userType).toBe('both');
    expect(await post('community/users/carla.rossi/update', admin, { userType: 'ArcGISOnly' })).toEqual({ success: true, username: 'carla.rossi' });
    expect((await get('carla.rossi', admin)).userType).toBe('arcgisonly');
  });

  it('refuses another value with a 400 naming the parameter, changing nothing', async () => {
    for (const userType of ['esrionly', '']) {
      const body = await post('community/users/carla.rossi/update', admin, { userType, description: 'changed' });
      expect(body.error).toMatchObject({ code: 400, message: "'userType' must be arcgisonly or both." });
    }
    expect(await get('carla.rossi', admin)).toMatchObject({ userType: 'arcgisonly', description: 'Parks and Recreation' });
  });

  it('is refused to the member themself (403), who may still change the rest of the profile', async () => {
    expect((await post('community/users/ana.lima/update', ana, { userType: 'both', description: 'x' })).error).toMatchObject({ code: 403 });
    expect((await post('community/users/viewer_demo/update', viewer, { userType: 'arcgisonly' })).error).toMatchObject({ code: 403 });
    expect((await post('community/users/dan.ng/update', helpdesk, { userType: 'arcgisonly' })).error).toMatchObject({ code: 403 });
    expect(await get('ana.lima', admin)).toMatchObject({ userType: 'arcgisonly', description: 'GIS Analyst, Planning' });
    expect((await get('dan.ng', admin)).userType).toBe('both');
  });
});

describe('community/users/{u}/delete with add-on licences or Esri access', () => {
  const exists = (username: string) => app.emulator.store.prepare('SELECT COUNT(*) AS count FROM users WHERE username = ?').get(username) as { count: number };

  it('reports owned content first, then the licences, then Esri access; deletes once nothing is left', async () => {
    // dan.ng owns Archived Projects and 2 items: the ownership refusal comes first.
    expect((await post('community/users/dan.ng/delete', admin)).error).toMatchObject({
      code: 400,
      message: "Unable to delete user 'dan.ng': the user owns 2 items and 1 groups. Transfer or delete them before deleting the user.",
    });
    expect(await post('community/users/dan.ng/reassign', admin, { targetUsername: 'portaladmin' })).toEqual({ success: true });

    expect((await post('community/users/dan.ng/delete', admin)).error).toEqual({
      code: 400,
      message: "Unable to delete user 'dan.ng': the user has 2 add-on licenses assigned. Revoke them before deleting the user.",
      details: DAN_ITEM_IDS,
    });
    expect(exists('dan.ng').count).toBe(1);

    // Revoke the licences (no REST resource here), leaving Esri access on.
    app.emulator.store.prepare(`UPDATE users SET licensed_items = '[]' WHERE username = 'dan.ng'`).run();
    expect((await get('dan.ng', admin, { returnUserLicensedItems: 'true' })).userLicensedItems).toEqual([]);
    expect((await post('community/users/dan.ng/delete', admin)).error).toEqual({
      code: 400,
      message: "Unable to delete user 'dan.ng': the user has Esri access enabled. Turn it off before deleting the user.",
      details: ['userType: both'],
    });
    expect(exists('dan.ng').count).toBe(1);

    expect(await post('community/users/dan.ng/update', admin, { userType: 'arcgisonly' })).toEqual({ success: true, username: 'dan.ng' });
    expect(await post('community/users/dan.ng/delete', admin)).toEqual({ success: true, username: 'dan.ng' });
    expect(exists('dan.ng').count).toBe(0);
  });

  it('names a single licence in the singular', async () => {
    const item = { itemId: '0123456789abcdef0123456789abcdef', entitlements: ['networkAnalystN'] };
    app.emulator.store.prepare('UPDATE users SET licensed_items = ? WHERE username = ?').run(JSON.stringify([item]), 'carla.rossi');
    expect((await post('community/users/carla.rossi/delete', admin)).error).toEqual({
      code: 400,
      message: "Unable to delete user 'carla.rossi': the user has 1 add-on license assigned. Revoke it before deleting the user.",
      details: [item.itemId],
    });
    expect(exists('carla.rossi').count).toBe(1);
  });
});
