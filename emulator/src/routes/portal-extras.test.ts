import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { type Json, DEMO, FIXED_SEED_NOW, json, restGet, tokenFor, REST } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW });
  [admin, viewer] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer)]);
});
afterAll(() => app.close());

describe('portals/languages', () => {
  it('is a bare array of {language, culture, localizedName}, for anyone', async () => {
    const response = await app.inject({ method: 'GET', url: `${REST}/portals/languages?f=json` });
    const body = response.json<unknown>();
    expect(Array.isArray(body)).toBe(true);
    const languages = body as Record<string, unknown>[];
    expect(languages.length).toBeGreaterThan(30);
    for (const entry of languages) expect(Object.keys(entry)).toEqual(['language', 'culture', 'localizedName']);
    expect(languages).toContainEqual({ language: 'English', culture: 'en', localizedName: 'English' });
    expect(languages).toContainEqual({ language: 'Simplified Chinese', culture: 'zh-CN', localizedName: '简体中文' });
    // What the Python API does with it before a profile update: the cultures it accepts.
    const cultures = languages.map((entry) => String(entry.culture).toLowerCase());
    expect(cultures).toEqual(expect.arrayContaining(['fr', 'de', 'pt-br']));
    expect(new Set(cultures).size).toBe(cultures.length);
  });

  it('no longer shadows portals/self or portals/<orgId>', async () => {
    const self = json(await restGet(app, 'portals/self', { token: viewer }));
    expect(self.id).toEqual(expect.any(String));
    expect(json(await restGet(app, `portals/${String(self.id)}`)).id).toBe(self.id);
  });
});

describe('portals/self/purchases and appBundles', () => {
  it('answer the purchased add-on licences and no app bundles, in their documented shapes', async () => {
    const purchases = json(await restGet(app, 'portals/self/purchases', { token: admin }));
    expect(Object.keys(purchases)).toEqual(['purchases', 'trials', 'interests']);
    expect(purchases.trials).toEqual([]);
    const [pro, extensions] = purchases.purchases as Json[];
    expect(pro?.listing).toMatchObject({ itemId: '3c1f5e0a9b2d4e6f8a7b6c5d4e3f2a10', title: 'ArcGIS Pro' });
    expect(pro?.provision).toMatchObject({
      itemId: '3c1f5e0a9b2d4e6f8a7b6c5d4e3f2a10',
      purchased: true,
      orgEntitlements: { maxUsers: 10, entitlements: { desktopBasicN: { num: 5 }, desktopStdN: { num: 2 }, desktopAdvN: { num: 3 } } },
    });
    expect(extensions?.provision).toMatchObject({ orgEntitlements: { entitlements: { spatialAnalystN: { num: 2 }, '3DAnalystN': { num: 1 } } } });
    expect(json(await restGet(app, 'portals/self/appBundles', { token: admin, num: '100', start: '1' }))).toEqual({
      total: 0,
      start: 1,
      num: 100,
      nextStart: -1,
      appBundles: [],
    });
  });

  it('list an app bundle with what it includes only with --extensions', async () => {
    const extended = await buildEmulator({ members: 20, seedNow: FIXED_SEED_NOW, extensions: true });
    try {
      const token = await tokenFor(extended, ...DEMO.admin);
      const answer = json(await restGet(extended, 'portals/self/appBundles', { token, num: '100', start: '1' }));
      expect(answer).toMatchObject({ total: 1, nextStart: -1 });
      expect((answer.appBundles as Json[])[0]).toMatchObject({
        name: 'Field Apps Bundle',
        apps: [{ title: 'ArcGIS Workforce' }, { title: 'ArcGIS Survey123' }],
      });
    } finally {
      await extended.close();
    }
  });

  it('need a token and this portal', async () => {
    expect(json(await restGet(app, 'portals/self/purchases')).error).toMatchObject({ code: 499 });
    expect(json(await restGet(app, 'portals/self/appBundles')).error).toMatchObject({ code: 499 });
    expect(json(await restGet(app, 'portals/0000000000000000/purchases', { token: admin })).error).toMatchObject({
      code: 400,
      message: 'Portal does not exist or is inaccessible.',
    });
  });
});
