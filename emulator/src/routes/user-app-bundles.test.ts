import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { ADDON_LISTINGS } from '../store/addon-licenses';
import { FIELD_APPS_BUNDLE } from '../store/app-bundles';
import { DEMO, FIXED_SEED_NOW, FORM, json, restGet, tokenFor, type Json } from '../testing/inject';

const ADMIN = '/portal/portaladmin';
const MEMBER_PASSWORD = 'Roster.Member1';

describe('on ArcGIS Enterprise', () => {
  let app: FastifyInstance;
  let admin: string;
  let helpdesk: string;
  let viewer: string;
  let ana: string;

  beforeAll(async () => {
    app = await buildEmulator({ members: 100, seedNow: FIXED_SEED_NOW, testMode: true, flavor: 'enterprise' });
    [admin, helpdesk, viewer, ana] = await Promise.all([
      tokenFor(app, ...DEMO.admin),
      tokenFor(app, ...DEMO.helpdesk),
      tokenFor(app, ...DEMO.viewer),
      tokenFor(app, 'ana.lima', MEMBER_PASSWORD),
    ]);
  });
  afterAll(() => app.close());

  const license = async (token: string): Promise<Json> =>
    json(await app.inject({ method: 'POST', url: `${ADMIN}/license`, headers: FORM, payload: new URLSearchParams({ f: 'json', token }).toString() }));

  it('community/users/{u}/appBundles answers the documented page with each bundle and its apps', async () => {
    const body = json(await restGet(app, 'community/users/ana.lima/appBundles', { token: admin }));
    expect(body).toEqual({
      total: 1,
      start: 1,
      num: 10,
      nextStart: -1,
      appBundles: [
        {
          id: FIELD_APPS_BUNDLE.itemId,
          name: 'Field Apps Bundle',
          apps: [
            { id: FIELD_APPS_BUNDLE.apps[0]?.id, title: 'ArcGIS Workforce', entitlements: ['workforce'] },
            { id: FIELD_APPS_BUNDLE.apps[1]?.id, title: 'ArcGIS Survey123', entitlements: ['survey123'] },
          ],
        },
      ],
    });
  });

  it('a member holding no bundle gets an empty page; an unknown member is refused', async () => {
    expect(json(await restGet(app, 'community/users/dan.ng/appBundles', { token: admin }))).toMatchObject({ total: 0, nextStart: -1, appBundles: [] });
    expect(json(await restGet(app, 'community/users/nobody.here/appBundles', { token: admin })).error).toMatchObject({ code: 400 });
  });

  it('the member themself and a viewUsers administrator may read it; another member is refused with 403', async () => {
    expect(json(await restGet(app, 'community/users/ana.lima/appBundles', { token: ana })).total).toBe(1);
    expect(json(await restGet(app, 'community/users/ana.lima/appBundles', { token: helpdesk })).total).toBe(1);
    expect(json(await restGet(app, 'community/users/ana.lima/appBundles', { token: viewer })).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    expect(json(await restGet(app, 'community/users/ana.lima/appBundles')).error).toMatchObject({ code: 499 });
  });

  it('portals/self/appBundles lists the licensed bundle with the fields the Python API reads', async () => {
    const body = json(await restGet(app, 'portals/self/appBundles', { token: admin }));
    expect(body.appBundles).toEqual([{ appBundleItemId: FIELD_APPS_BUNDLE.itemId, name: 'Field Apps Bundle' }]);
  });

  it('portaladmin/license reports each add-on app and app bundle with licensed and assigned members', async () => {
    const body = await license(admin);
    const apps = body.apps as Json[];
    expect(apps.map((entry) => entry.id)).toEqual(ADDON_LISTINGS.map((listing) => listing.itemId));
    expect(Object.keys(apps[0] ?? {}).sort()).toEqual(['currentRegisteredMembers', 'expiration', 'id', 'maximumRegisteredMembers']);
    // dan.ng is the only seeded holder of either listing.
    expect(apps.map((entry) => [entry.maximumRegisteredMembers, entry.currentRegisteredMembers])).toEqual([
      [10, 1],
      [4, 1],
    ]);
    expect(body.appBundles).toEqual([
      { id: FIELD_APPS_BUNDLE.itemId, maximumRegisteredMembers: 5, currentRegisteredMembers: 2, expiration: (apps[0] ?? {}).expiration },
    ]);
  });

  it('portaladmin/license is refused to a member without the Add or Manage licenses privilege', async () => {
    expect(await license(viewer)).toMatchObject({ status: 'error', code: 403 });
  });

  it('portals/self/purchases answers on Enterprise too (PY reads the licences of an Enterprise portal there)', async () => {
    const body = json(await restGet(app, 'portals/self/purchases', { token: admin }));
    expect((body.purchases as Json[]).length).toBe(ADDON_LISTINGS.length);
  });
});

describe('on ArcGIS Online', () => {
  let app: FastifyInstance;
  let admin: string;

  beforeAll(async () => {
    app = await buildEmulator({ members: 100, seedNow: FIXED_SEED_NOW, testMode: true });
    admin = await tokenFor(app, ...DEMO.admin);
  });
  afterAll(() => app.close());

  it('the organization bought no bundle, so no member holds one, and there is no portaladmin/license', async () => {
    expect(json(await restGet(app, 'community/users/ana.lima/appBundles', { token: admin }))).toMatchObject({ total: 0, appBundles: [] });
    expect(json(await restGet(app, 'portals/self/appBundles', { token: admin })).appBundles).toEqual([]);
    const response = await app.inject({ method: 'POST', url: `${ADMIN}/license`, headers: FORM, payload: `f=json&token=${admin}` });
    expect(response.statusCode).toBe(404);
  });
});
