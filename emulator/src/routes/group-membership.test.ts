import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;
let ana: string;
const groupIds = new Map<string, string>();

beforeAll(async () => {
  app = await buildEmulator({ members: 400, seedNow: FIXED_SEED_NOW });
  [admin, viewer, helpdesk, ana] = await Promise.all([
    tokenFor(app, ...DEMO.admin),
    tokenFor(app, ...DEMO.viewer),
    tokenFor(app, ...DEMO.helpdesk),
    tokenFor(app, 'ana.lima', 'Roster.Member1'),
  ]);
  const all = json(await restGet(app, 'community/groups', { token: admin, q: '*', num: '100' }));
  for (const group of all.results as Json[]) groupIds.set(String(group.title), String(group.id));
});
afterAll(() => app.close());

const id = (title: string): string => groupIds.get(title) ?? 'missing';
const members = async (groupId: string) => json(await restGet(app, `community/groups/${groupId}/users`, { token: admin }));
const ORG_3100 = { code: 400, messageCode: 'ORG_3100', message: 'Exceeded maximum number of users allowed per call.', details: [] };

describe('community/groups/{id}/addUsers', () => {
  it('adds members and managers, and lists the unknown names in notAdded', async () => {
    const group = id('Open Data');
    const body = json(await restPost(app, `community/groups/${group}/addUsers`, { token: admin, users: 'carla.rossi, NOBODY.here', admins: 'BEN.OKAFOR' }));
    expect(body).toEqual({ notAdded: ['NOBODY.here'] });
    const after = await members(group);
    expect(after.users).toContain('carla.rossi');
    expect(after.admins).toContain('ben.okafor');
    const list = json(await restGet(app, `community/groups/${group}/userList`, { token: admin, name: 'carla', num: '5' }));
    expect((list.users as Json[])[0]).toMatchObject({ username: 'carla.rossi', memberType: 'member', joined: expect.any(Number) as unknown });
    // Existing members are listed in notAdded and left as they are: not promoted, not demoted.
    expect(json(await restPost(app, `community/groups/${group}/addUsers`, { token: admin, admins: 'carla.rossi' }))).toEqual({ notAdded: ['carla.rossi'] });
    expect(json(await restPost(app, `community/groups/${group}/addUsers`, { token: admin, users: 'Ben.Okafor,NOBODY.here' }))).toEqual({
      notAdded: ['Ben.Okafor', 'NOBODY.here'],
    });
    const unchanged = await members(group);
    expect(unchanged.users).toContain('carla.rossi');
    expect(unchanged.admins).toContain('ben.okafor');
  });

  it('takes at most 25 names per call, users and admins together', async () => {
    const group = id('Open Data');
    const names = Array.from({ length: 26 }, (_, i) => `someone${String(i)}`);
    expect(json(await restPost(app, `community/groups/${group}/addUsers`, { token: admin, users: names.join(',') })).error).toEqual(ORG_3100);
    expect(
      json(await restPost(app, `community/groups/${group}/addUsers`, { token: admin, users: names.slice(0, 20).join(','), admins: names.slice(20).join(',') }))
        .error,
    ).toEqual(ORG_3100);
    expect(json(await restPost(app, `community/groups/${group}/addUsers`, { token: admin, users: names.slice(0, 25).join(',') }))).toEqual({
      notAdded: names.slice(0, 25),
    });
  });

  it('refuses members already in 512 groups', async () => {
    const insert = app.emulator.store.db.prepare(`INSERT INTO group_members (group_id, username, member_type, joined) VALUES (?, 'dan.ng', 'member', 0)`);
    app.emulator.store.transaction(() => {
      for (let i = 0; i < 512; i += 1) insert.run(`fake${String(i)}`);
    });
    expect(json(await restPost(app, `community/groups/${id('Open Data')}/addUsers`, { token: admin, users: 'dan.ng' }))).toEqual({ notAdded: ['dan.ng'] });
    app.emulator.store.db.prepare(`DELETE FROM group_members WHERE group_id LIKE 'fake%'`).run();
  });

  it('is for the group owner and managers, and admins with assignToGroups', async () => {
    expect(json(await restPost(app, `community/groups/${id('Parcel Editors')}/addUsers`, { token: ana, users: 'carla.rossi' }))).toEqual({ notAdded: [] });
    expect(json(await restPost(app, `community/groups/${id('Open Data')}/addUsers`, { token: viewer, users: 'carla.rossi' })).error).toMatchObject({
      code: 403,
      messageCode: 'GWM_0003',
    });
    expect(json(await restPost(app, `community/groups/${id('Open Data')}/addUsers`, { token: helpdesk, users: 'carla.rossi' })).error).toMatchObject({
      code: 403,
    });
    // A private group is hidden from outsiders.
    expect(json(await restPost(app, `community/groups/${id('Harbor Security')}/addUsers`, { token: viewer, users: 'carla.rossi' })).error).toMatchObject({
      code: 400,
      message: 'Group does not exist or is inaccessible.',
    });
  });
});

describe('community/groups/{id}/removeUsers', () => {
  it('removes members and managers, never the owner, and lists what was not removed', async () => {
    const group = id('Open Data');
    const owner = String((await members(group)).owner);
    const body = json(
      await restPost(app, `community/groups/${group}/removeUsers`, { token: admin, users: `Carla.Rossi,ben.okafor,${owner},viewer_demo,ghost.user` }),
    );
    expect(body.notRemoved).toEqual(expect.arrayContaining([owner, 'ghost.user']));
    const after = await members(group);
    expect(after.owner).toBe(owner);
    expect([...(after.users as string[]), ...(after.admins as string[])]).not.toEqual(expect.arrayContaining(['carla.rossi']));
    expect(after.admins).not.toContain('ben.okafor');
  });

  it('takes at most 25 names and needs the same rights as addUsers', async () => {
    const names = Array.from({ length: 26 }, (_, i) => `someone${String(i)}`);
    expect(json(await restPost(app, `community/groups/${id('Open Data')}/removeUsers`, { token: admin, users: names.join(',') })).error).toEqual(ORG_3100);
    expect(json(await restPost(app, `community/groups/${id('All Staff')}/removeUsers`, { token: viewer, users: 'carla.rossi' })).error).toMatchObject({
      code: 403,
    });
    expect(json(await restPost(app, `community/groups/${id('Parcel Editors')}/removeUsers`, { token: ana, users: 'carla.rossi' }))).toEqual({ notRemoved: [] });
  });
});
