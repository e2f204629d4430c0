import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let helpdesk: string;
let viewer: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW });
  [admin, helpdesk, viewer] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.helpdesk), tokenFor(app, ...DEMO.viewer)]);
});
afterAll(() => app.close());

const bulk = async (action: 'disable' | 'enable', users: string, token = admin) => json(await restPost(app, `portals/self/${action}Users`, { token, users }));
const disabled = async (username: string) => json(await restGet(app, `community/users/${username}`, { token: admin })).disabled;

describe('portals/self/disableUsers and enableUsers', () => {
  it('disables several members at once (their tokens stop working) and enables them again, one result per name', async () => {
    const anaToken = await tokenFor(app, 'ana.lima', 'Roster.Member1');
    expect(await bulk('disable', 'ana.lima, CARLA.ROSSI')).toEqual({
      results: [
        { username: 'ana.lima', status: true },
        { username: 'carla.rossi', status: true },
      ],
    });
    expect(await disabled('ana.lima')).toBe(true);
    expect(await disabled('carla.rossi')).toBe(true);
    expect(json(await restGet(app, 'community/self', { token: anaToken })).error).toMatchObject({ code: 498 });

    expect(await bulk('enable', 'ana.lima,carla.rossi')).toEqual({
      results: [
        { username: 'ana.lima', status: true },
        { username: 'carla.rossi', status: true },
      ],
    });
    expect(await disabled('ana.lima')).toBe(false);
    expect(await disabled('carla.rossi')).toBe(false);
  });

  it('reports unknown members and oneself per member, and applies the others', async () => {
    expect(await bulk('disable', 'nobody.here,portaladmin,carla.rossi')).toEqual({
      results: [
        { username: 'nobody.here', status: false, error: { code: 400, message: 'User does not exist or is inaccessible.' } },
        { username: 'portaladmin', status: false, error: { code: 400, message: 'You cannot disable your own account.' } },
        { username: 'carla.rossi', status: true },
      ],
    });
    expect(await disabled('portaladmin')).toBe(false);
    expect(await disabled('carla.rossi')).toBe(true);
    expect((await bulk('enable', 'carla.rossi')).results).toEqual([{ username: 'carla.rossi', status: true }]);
  });

  it('takes 1 to 25 names per request', async () => {
    const names = Array.from({ length: 26 }, (_, i) => `name${String(i)}`);
    expect((await bulk('disable', names.join(','))).error).toEqual({
      code: 400,
      messageCode: 'ORG_3100',
      message: 'Exceeded maximum number of users allowed per call.',
      details: ['At most 25 users per request; this one has 26.'],
    });
    expect(((await bulk('disable', names.slice(0, 25).join(','))).results as unknown[]).length).toBe(25);
    expect((await bulk('enable', ' , ')).error).toMatchObject({ code: 400, message: "'users' must be specified." });
  });

  it('needs portal:admin:disableUsers, and answers on portals/<orgId> but not on another portal id', async () => {
    for (const token of [helpdesk, viewer]) {
      expect((await bulk('disable', 'carla.rossi', token)).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    }
    expect(await disabled('carla.rossi')).toBe(false);
    const orgId = String(json(await restGet(app, 'portals/self')).id);
    expect(json(await restPost(app, `portals/${orgId}/enableUsers`, { token: admin, users: 'carla.rossi' })).results).toEqual([
      { username: 'carla.rossi', status: true },
    ]);
    expect(json(await restPost(app, 'portals/0000000000000000/enableUsers', { token: admin, users: 'carla.rossi' })).error).toMatchObject({ code: 400 });
  });
});
