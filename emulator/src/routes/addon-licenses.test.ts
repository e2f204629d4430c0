import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

const PRO = '3c1f5e0a9b2d4e6f8a7b6c5d4e3f2a10';
const EXTENSIONS = '8e2d4c6b0a1f4e3d9c8b7a6f5e4d3c21';

let app: FastifyInstance;
let admin: string;
let helpdesk: string;
let viewer: string;

beforeEach(async () => {
  app = await buildEmulator({ members: 120, seedNow: FIXED_SEED_NOW });
  [admin, helpdesk, viewer] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.helpdesk), tokenFor(app, ...DEMO.viewer)]);
});
afterEach(() => app.close());

const holders = async (itemId: string, params: Record<string, string> = {}, token = admin) =>
  json(await restGet(app, `content/listings/${itemId}/userEntitlements`, { token, ...params }));
const provision = async (itemId: string, body: unknown, token = admin) =>
  json(await restPost(app, `content/listings/${itemId}/provisionUserEntitlements`, { token, userEntitlements: JSON.stringify(body) }));
const licensedItems = async (username: string) =>
  json(await restGet(app, `community/users/${username}`, { token: admin, returnUserLicensedItems: 'true' })).userLicensedItems as Json[];

describe('content/listings/{itemId}/userEntitlements', () => {
  it('lists who holds which entitlements of the listing, as documented', async () => {
    expect(await holders(PRO)).toEqual({
      userEntitlements: [{ username: 'dan.ng', lastLogin: -1, disconnected: false, entitlements: ['desktopAdvN'] }],
      nextStart: -1,
    });
    expect((await holders(EXTENSIONS)).userEntitlements).toEqual([
      { username: 'dan.ng', lastLogin: -1, disconnected: false, entitlements: ['spatialAnalystN'] },
    ]);
  });

  it('pages by start and num, nextStart -1 on the last page', async () => {
    expect((await provision(PRO, { users: ['ana.lima', 'ben.okafor', 'carla.rossi'], entitlements: ['desktopBasicN'] })).success).toBe(true);
    const first = await holders(PRO, { start: '1', num: '2' });
    expect((first.userEntitlements as Json[]).map((entry) => entry.username)).toEqual(['ana.lima', 'ben.okafor']);
    expect(first.nextStart).toBe(3);
    const second = await holders(PRO, { start: '3', num: '2' });
    expect((second.userEntitlements as Json[]).map((entry) => entry.username)).toEqual(['carla.rossi', 'dan.ng']);
    expect(second.nextStart).toBe(-1);
  });

  it('refuses callers without manageLicenses (403 GWM_0003) and listings the organization did not buy', async () => {
    for (const token of [helpdesk, viewer]) expect((await holders(PRO, {}, token)).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    expect((await holders('0123456789abcdef0123456789abcdef')).error).toMatchObject({ code: 400, message: 'item not provisioned' });
  });
});

describe('content/listings/{itemId}/provisionUserEntitlements', () => {
  it('assigns: the entitlements replace what each member held of the listing, seen in userLicensedItems', async () => {
    expect(await provision(EXTENSIONS, { users: ['ana.lima', 'ben.okafor'], entitlements: ['3DAnalystN'] })).toEqual({ error: expect.anything() as unknown });
    expect(await provision(EXTENSIONS, { users: ['ana.lima'], entitlements: ['3DAnalystN', 'networkAnalystN'] })).toEqual({ success: true });
    expect(await licensedItems('ana.lima')).toEqual([{ itemId: EXTENSIONS, entitlements: ['3DAnalystN', 'networkAnalystN'] }]);
    expect(await provision(EXTENSIONS, { users: ['ana.lima'], entitlements: ['networkAnalystN'] })).toEqual({ success: true });
    expect(await licensedItems('ana.lima')).toEqual([{ itemId: EXTENSIONS, entitlements: ['networkAnalystN'] }]);
  });

  it('revokes with no entitlements, keeping the member’s other listings', async () => {
    expect(await provision(EXTENSIONS, { users: ['dan.ng'], entitlements: [] })).toEqual({ success: true });
    expect(await licensedItems('dan.ng')).toEqual([{ itemId: PRO, entitlements: ['desktopAdvN'] }]);
    expect((await holders(EXTENSIONS)).userEntitlements).toEqual([]);
    // With both revoked the licences no longer block the delete (Esri access still does).
    expect(await provision(PRO, { users: ['dan.ng'] })).toEqual({ success: true });
    expect(await licensedItems('dan.ng')).toEqual([]);
  });

  it('refuses the whole request when not enough licences are left, and assigns nothing', async () => {
    // spatialAnalystN: 2 bought, dan.ng holds 1.
    const refused = await provision(EXTENSIONS, { users: ['ana.lima', 'ben.okafor'], entitlements: ['spatialAnalystN'] });
    expect(refused.error).toMatchObject({
      code: 400,
      message: "Not enough 'spatialAnalystN' licenses: 2 purchased, 3 would be assigned.",
      details: ['spatialAnalystN'],
    });
    expect(await licensedItems('ana.lima')).toEqual([]);
    expect(await licensedItems('ben.okafor')).toEqual([]);
    expect(await provision(EXTENSIONS, { users: ['ana.lima'], entitlements: ['spatialAnalystN'] })).toEqual({ success: true });
  });

  it('refuses more members than the listing allows (maxUsers)', async () => {
    // ArcGIS Pro Extensions: at most 4 users; dan.ng is one.
    const four = ['ana.lima', 'ben.okafor', 'carla.rossi', 'eva.schmidt'];
    const refused = await provision(EXTENSIONS, { users: four, entitlements: ['networkAnalystN'] });
    expect(refused.error).toMatchObject({ code: 400 });
    expect(await provision(EXTENSIONS, { users: four.slice(0, 2), entitlements: ['networkAnalystN'] })).toEqual({ success: true });
  });

  it('refuses unknown entitlements, non-members, more than 25 users and a malformed parameter', async () => {
    expect((await provision(PRO, { users: ['ana.lima'], entitlements: ['nope'] })).error).toMatchObject({ code: 400, details: ['nope'] });
    expect((await provision(PRO, { users: ['no.such.user'], entitlements: ['desktopBasicN'] })).error).toMatchObject({ code: 400, details: ['no.such.user'] });
    const many = Array.from({ length: 26 }, (_, index) => `user${String(index)}`);
    expect((await provision(PRO, { users: many, entitlements: [] })).error).toMatchObject({
      code: 400,
      message: 'A maximum of 25 users can be provisioned in one request.',
    });
    expect(json(await restPost(app, `content/listings/${PRO}/provisionUserEntitlements`, { token: admin, userEntitlements: '{' })).error).toMatchObject({
      code: 400,
    });
    expect(json(await restPost(app, `content/listings/${PRO}/provisionUserEntitlements`, { token: admin })).error).toMatchObject({ code: 400 });
    expect((await provision('0123456789abcdef0123456789abcdef', { users: ['ana.lima'], entitlements: [] })).error).toMatchObject({
      message: 'item not provisioned',
    });
  });

  it('needs manageLicenses (403 GWM_0003 for Help Desk and Viewer)', async () => {
    for (const token of [helpdesk, viewer]) {
      expect((await provision(PRO, { users: ['ana.lima'], entitlements: ['desktopBasicN'] }, token)).error).toMatchObject({
        code: 403,
        messageCode: 'GWM_0003',
      });
    }
    expect(await licensedItems('ana.lima')).toEqual([]);
  });
});
