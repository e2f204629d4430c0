import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 60, seedNow: FIXED_SEED_NOW, testMode: true });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
});
afterAll(() => app.close());
beforeEach(async () => {
  await app.inject({ method: 'POST', url: '/__emulator/reset' });
});

const user = async (username: string) => json(await restGet(app, `community/users/${username}`, { token: admin }));
const assign = async (token: string, assignments: unknown) =>
  json(await restPost(app, 'portals/self/assignUserCredits', { token, userAssignments: JSON.stringify(assignments) }));
const unassign = async (token: string, usernames: unknown) =>
  json(await restPost(app, 'portals/self/unassignUserCredits', { token, usernames: JSON.stringify(usernames) }));

describe('credits on portals/self and on members', () => {
  it('reports allocation on and the organization’s available credits', async () => {
    const portal = json(await restGet(app, 'portals/self', { token: admin }));
    expect(portal).toMatchObject({ creditAssignments: 'enabled', availableCredits: 12500 });
    expect(portal.subscriptionInfo).toMatchObject({ availableCredits: 12500 });
  });

  it('reports a seeded allocation as assigned and what is left to spend, and -1 for members without one', async () => {
    expect(await user('ana.lima')).toMatchObject({ assignedCredits: 500, availableCredits: 379.5 });
    expect(await user('grace.receiver')).toMatchObject({ assignedCredits: 1000, availableCredits: 0 });
    expect(await user('carla.rossi')).toMatchObject({ assignedCredits: -1, availableCredits: -1 });
    const search = json(await restGet(app, 'portals/self/users/search', { token: admin, q: 'username:ana.lima' }));
    expect((search.results as Record<string, unknown>[])[0]).toMatchObject({ assignedCredits: 500, availableCredits: 379.5 });
  });

  it('says "disabled" when the organization turned allocation off', async () => {
    await app.inject({ method: 'POST', url: '/__emulator/profile', payload: { creditAllocationOff: true } });
    expect(json(await restGet(app, 'portals/self', { token: admin }))).toMatchObject({ creditAssignments: 'disabled' });
  });

  it('reports no credits at all on ArcGIS Enterprise, and has no credit operations there', async () => {
    await app.inject({ method: 'POST', url: '/__emulator/profile', payload: { flavor: 'enterprise' } });
    const token = await tokenFor(app, ...DEMO.admin);
    const portal = json(await restGet(app, 'portals/self', { token }));
    expect(portal).not.toHaveProperty('creditAssignments');
    expect(portal).not.toHaveProperty('availableCredits');
    const member = json(await restGet(app, 'community/users/portaladmin', { token }));
    expect(member).not.toHaveProperty('assignedCredits');
    expect(member).not.toHaveProperty('availableCredits');
    expect((await assign(token, [{ username: 'portaladmin', credits: 5 }])).error).toMatchObject({ code: 400, message: 'Invalid URL' });
    await app.inject({ method: 'POST', url: '/__emulator/reset' });
  });
});

describe('portals/self/assignUserCredits', () => {
  it('allocates credits and lists the members it could not allocate to', async () => {
    const body = await assign(admin, [
      { username: 'carla.rossi', credits: 100 },
      { username: 'ben.okafor', credits: 0 },
      { username: 'no.such.member', credits: 10 },
      { username: 'eva.schmidt', credits: -5 },
      { username: 'viewer_demo', credits: 'many' },
    ]);
    expect(body).toEqual({ success: true, notAssignedUsers: ['no.such.member', 'eva.schmidt', 'viewer_demo'] });
    expect(await user('carla.rossi')).toMatchObject({ assignedCredits: 100, availableCredits: 100 });
    expect(await user('ben.okafor')).toMatchObject({ assignedCredits: 0, availableCredits: 0 });
    expect(await user('eva.schmidt')).toMatchObject({ assignedCredits: -1 });
  });

  it('counts what a member spent against a new allocation', async () => {
    await assign(admin, [{ username: 'ana.lima', credits: 200 }]);
    expect(await user('ana.lima')).toMatchObject({ assignedCredits: 200, availableCredits: 79.5 });
  });

  it('refuses a malformed list, an empty one and more than 100 members', async () => {
    expect((await restPost(app, 'portals/self/assignUserCredits', { token: admin, userAssignments: 'carla.rossi' }).then(json)).error).toMatchObject({
      code: 400,
    });
    expect((await assign(admin, [])).error).toMatchObject({ code: 400 });
    const many = Array.from({ length: 101 }, (_, i) => ({ username: `member${String(i)}`, credits: 1 }));
    expect((await assign(admin, many)).error).toMatchObject({ code: 400 });
  });

  it('is refused (403 GWM_0003) to members without the privilege to manage credits', async () => {
    for (const token of [viewer, helpdesk]) {
      expect((await assign(token, [{ username: 'carla.rossi', credits: 1 }])).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    }
    expect(await user('carla.rossi')).toMatchObject({ assignedCredits: -1 });
  });
});

describe('portals/self/unassignUserCredits', () => {
  it('removes allocations and lists the members it could not', async () => {
    expect(await unassign(admin, ['ana.lima', 'nobody.here'])).toEqual({ success: true, notUnAssignedUsers: ['nobody.here'] });
    expect(await user('ana.lima')).toMatchObject({ assignedCredits: -1, availableCredits: -1 });
  });

  it('refuses a list that is not JSON, and callers without the privilege', async () => {
    expect((await restPost(app, 'portals/self/unassignUserCredits', { token: admin, usernames: 'ana.lima' }).then(json)).error).toMatchObject({ code: 400 });
    expect((await unassign(viewer, ['ana.lima'])).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    expect(await user('ana.lima')).toMatchObject({ assignedCredits: 500 });
  });
});
