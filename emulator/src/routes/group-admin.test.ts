import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;
let ana: string;
let ben: string;
const groupIds = new Map<string, string>();

beforeAll(async () => {
  app = await buildEmulator({ members: 400, seedNow: FIXED_SEED_NOW });
  [admin, viewer, helpdesk, ana, ben] = await Promise.all([
    tokenFor(app, ...DEMO.admin),
    tokenFor(app, ...DEMO.viewer),
    tokenFor(app, ...DEMO.helpdesk),
    tokenFor(app, 'ana.lima', 'Roster.Member1'),
    tokenFor(app, 'ben.okafor', 'Roster.Member1'),
  ]);
  const all = json(await restGet(app, 'community/groups', { token: admin, q: '*', num: '100' }));
  for (const group of all.results as Json[]) groupIds.set(String(group.title), String(group.id));
});
afterAll(() => app.close());

const id = (title: string): string => groupIds.get(title) ?? 'missing';
const FORBIDDEN = { code: 403, messageCode: 'GWM_0003' };
const create = async (token: string, params: Record<string, string>) => json(await restPost(app, 'community/createGroup', { token, ...params }));
const getGroup = async (groupId: string) => json(await restGet(app, `community/groups/${groupId}`, { token: admin }));
const members = async (groupId: string) => json(await restGet(app, `community/groups/${groupId}/users`, { token: admin }));

describe('community/createGroup', () => {
  it('creates a group owned by the caller, who is its first member', async () => {
    const body = await create(admin, {
      title: 'Bridge Inspectors',
      access: 'org',
      tags: 'bridges, inspection,bridges',
      snippet: 'Field crews',
      description: '<p>Who inspects</p>',
      isInvitationOnly: 'true',
      isViewOnly: 'true',
    });
    expect(body.success).toBe(true);
    const group = body.group as Json;
    expect(group).toMatchObject({
      title: 'Bridge Inspectors',
      owner: 'portaladmin',
      access: 'org',
      tags: ['bridges', 'inspection'],
      snippet: 'Field crews',
      description: '<p>Who inspects</p>',
      isInvitationOnly: true,
      isViewOnly: true,
      autoJoin: false,
    });
    expect(group.id).toMatch(/^[0-9a-f]{32}$/);
    expect(await members(String(group.id))).toEqual({ owner: 'portaladmin', admins: ['portaladmin'], users: [] });
    const found = json(await restGet(app, 'community/groups', { token: admin, q: 'title:"Bridge Inspectors"' }));
    expect(found.total).toBe(1);
  });

  it('needs a title, unique among the owner’s groups, and a known access', async () => {
    expect((await create(admin, { title: '  ' })).error).toMatchObject({ code: 400, message: expect.stringContaining("'title'") as unknown });
    await create(admin, { title: 'Unique Title Check' });
    expect((await create(admin, { title: 'unique title check' })).error).toMatchObject({
      code: 400,
      message: expect.stringContaining('already have a group') as unknown,
    });
    // Another owner may use the same title.
    expect((await create(ana, { title: 'Unique Title Check', access: 'private' })).success).toBe(true);
    expect((await create(admin, { title: 'Bad Access', access: 'everyone' })).error).toMatchObject({ code: 400 });
    expect((await create(admin, { title: 'x'.repeat(251) })).error).toMatchObject({ code: 400 });
  });

  it('is refused without portal:user:createGroup', async () => {
    expect((await create(viewer, { title: 'Viewer Group' })).error).toMatchObject(FORBIDDEN);
  });
});

describe('community/groups/{id}/update and /delete', () => {
  it('updates the fields given and leaves the others', async () => {
    const groupId = String(((await create(admin, { title: 'Update Me', tags: 'a,b', snippet: 'keep' })).group as Json).id);
    expect(
      json(await restPost(app, `community/groups/${groupId}/update`, { token: admin, title: 'Updated', tags: 'c', access: 'public', isViewOnly: 'true' })),
    ).toEqual({ success: true, groupId });
    expect(await getGroup(groupId)).toMatchObject({ title: 'Updated', tags: ['c'], access: 'public', isViewOnly: true, snippet: 'keep' });
    expect(json(await restPost(app, `community/groups/${groupId}/update`, { token: admin, snippet: '' }))).toMatchObject({ success: true });
    expect((await getGroup(groupId)).snippet).toBeNull();
  });

  it('lets owners and managers update, and refuses others', async () => {
    const parcel = id('Parcel Editors');
    expect(json(await restPost(app, `community/groups/${parcel}/update`, { token: ana, snippet: 'Owner edit' }))).toMatchObject({ success: true });
    expect(json(await restPost(app, `community/groups/${id('All Staff')}/update`, { token: viewer, snippet: 'x' })).error).toMatchObject(FORBIDDEN);
    expect(json(await restPost(app, `community/groups/${id('All Staff')}/update`, { token: helpdesk, snippet: 'x' })).error).toMatchObject(FORBIDDEN);
  });

  it('deletes for the owner or an administrator, never a protected group, and refuses viewers', async () => {
    const groupId = String(((await create(ana, { title: 'Short Lived' })).group as Json).id);
    expect(json(await restPost(app, `community/groups/${groupId}/delete`, { token: viewer })).error).toMatchObject({ code: 400 }); // private: not visible
    const orgGroup = String(((await create(ana, { title: 'Short Lived Org', access: 'org' })).group as Json).id);
    expect(json(await restPost(app, `community/groups/${orgGroup}/delete`, { token: viewer })).error).toMatchObject(FORBIDDEN);
    expect(json(await restPost(app, `community/groups/${groupId}/delete`, { token: ana }))).toEqual({ success: true, groupId });
    expect(json(await restPost(app, `community/groups/${orgGroup}/delete`, { token: admin }))).toEqual({ success: true, groupId: orgGroup });
    expect(json(await restGet(app, `community/groups/${groupId}`, { token: admin })).error).toMatchObject({
      message: 'Group does not exist or is inaccessible.',
    });
    expect(json(await restPost(app, `community/groups/${id('All Staff')}/delete`, { token: admin })).error).toMatchObject({
      code: 400,
      message: expect.stringContaining('protected') as unknown,
    });
  });
});

describe('community/groups/{id}/reassign', () => {
  it('makes the target the owner and keeps the previous owner as a manager', async () => {
    const groupId = String(((await create(admin, { title: 'Hand Over' })).group as Json).id);
    expect(json(await restPost(app, `community/groups/${groupId}/reassign`, { token: admin, targetUsername: 'ana.lima' }))).toEqual({ success: true, groupId });
    expect((await getGroup(groupId)).owner).toBe('ana.lima');
    const after = await members(groupId);
    expect(after.owner).toBe('ana.lima');
    expect(after.admins).toEqual(['ana.lima', 'portaladmin']);
  });

  it('refuses targets who cannot own groups, unknown targets and callers without reassignGroups', async () => {
    const groupId = String(((await create(admin, { title: 'Hand Over 2' })).group as Json).id);
    expect(json(await restPost(app, `community/groups/${groupId}/reassign`, { token: admin, targetUsername: 'viewer_demo' })).error).toMatchObject({
      code: 400,
      message: expect.stringContaining('privileges to own groups') as unknown,
    });
    expect(json(await restPost(app, `community/groups/${groupId}/reassign`, { token: admin, targetUsername: 'dan.ng' })).error).toMatchObject({
      code: 400,
      message: expect.stringContaining('disabled') as unknown,
    });
    expect(json(await restPost(app, `community/groups/${groupId}/reassign`, { token: admin, targetUsername: 'nobody.here' })).error).toMatchObject({
      code: 400,
      message: 'User does not exist or is inaccessible.',
    });
    expect(json(await restPost(app, `community/groups/${groupId}/reassign`, { token: viewer, targetUsername: 'ana.lima' })).error).toMatchObject(FORBIDDEN);
    expect(json(await restPost(app, `community/groups/${groupId}/reassign`, { token: helpdesk, targetUsername: 'ana.lima' })).error).toMatchObject(FORBIDDEN);
  });
});

describe('community/groups/{id}/updateUsers and /invite', () => {
  it('promotes and demotes members, reporting each name', async () => {
    const groupId = String(((await create(admin, { title: 'Promotions', access: 'org' })).group as Json).id);
    await restPost(app, `community/groups/${groupId}/addUsers`, { token: admin, users: 'carla.rossi,ben.okafor' });
    const body = json(await restPost(app, `community/groups/${groupId}/updateUsers`, { token: admin, admins: 'carla.rossi,nobody.here,portaladmin' }));
    expect(body).toEqual({
      results: [
        { username: 'carla.rossi', success: true },
        { username: 'nobody.here', success: false },
        { username: 'portaladmin', success: false },
      ],
    });
    expect((await members(groupId)).admins).toContain('carla.rossi');
    // A manager may manage too; viewers may not.
    const carla = await tokenFor(app, 'carla.rossi', 'Roster.Member1');
    expect(json(await restPost(app, `community/groups/${groupId}/updateUsers`, { token: carla, admins: 'ben.okafor' }))).toEqual({
      results: [{ username: 'ben.okafor', success: true }],
    });
    expect(json(await restPost(app, `community/groups/${groupId}/updateUsers`, { token: admin, users: 'carla.rossi' }))).toEqual({
      results: [{ username: 'carla.rossi', success: true }],
    });
    expect((await members(groupId)).users).toContain('carla.rossi');
    expect(json(await restPost(app, `community/groups/${groupId}/updateUsers`, { token: viewer, admins: 'viewer_demo' })).error).toMatchObject(FORBIDDEN);
    expect(json(await restPost(app, `community/groups/${groupId}/updateUsers`, { token: ben, users: 'carla.rossi' })).error).toBeUndefined();
  });

  it('adds invited organization members with the role asked for, ≤ 25 a call', async () => {
    const groupId = String(((await create(admin, { title: 'Invitations', access: 'org' })).group as Json).id);
    expect(
      json(
        await restPost(app, `community/groups/${groupId}/invite`, { token: admin, users: 'carla.rossi,nobody.here', role: 'group_admin', expiration: '1440' }),
      ),
    ).toEqual({ success: true, groupId });
    expect((await members(groupId)).admins).toContain('carla.rossi');
    const names = Array.from({ length: 26 }, (_, i) => `someone${String(i)}`);
    expect(json(await restPost(app, `community/groups/${groupId}/invite`, { token: admin, users: names.join(',') })).error).toMatchObject({
      messageCode: 'ORG_3100',
    });
    expect(json(await restPost(app, `community/groups/${groupId}/invite`, { token: admin, users: 'ben.okafor', role: 'owner' })).error).toMatchObject({
      code: 400,
    });
    expect(json(await restPost(app, `community/groups/${groupId}/invite`, { token: admin, users: 'ben.okafor', expiration: '5' })).error).toMatchObject({
      code: 400,
    });
    expect(json(await restPost(app, `community/groups/${groupId}/invite`, { token: viewer, users: 'viewer_demo' })).error).toMatchObject(FORBIDDEN);
  });
});

describe('community/groups search for the groups table', () => {
  const search = async (params: Record<string, string>) => json(await restGet(app, 'community/groups', { token: admin, num: '100', ...params }));

  it('sorts by owner, created and modified, either way', async () => {
    for (const [field, key] of [
      ['owner', 'owner'],
      ['created', 'created'],
      ['modified', 'modified'],
    ] as const) {
      const asc = (await search({ q: '*', sortField: field, sortOrder: 'asc' })).results as Json[];
      const desc = (await search({ q: '*', sortField: field, sortOrder: 'desc' })).results as Json[];
      const values = asc.map((g) => g[key] as string | number);
      const sorted = [...values].sort((a, b) =>
        typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en', { sensitivity: 'base' }),
      );
      expect(values).toEqual(sorted);
      expect(desc.map((g) => g[key])).toEqual([...values].reverse());
    }
  });

  it('filters by access and owner in q, combined with words', async () => {
    const orgOwnedByAdmin = (await search({ q: 'access:org AND owner:"portaladmin"' })).results as Json[];
    expect(orgOwnedByAdmin.length).toBeGreaterThan(0);
    expect(orgOwnedByAdmin.every((g) => g.access === 'org' && g.owner === 'portaladmin')).toBe(true);
    const privateHarbor = (await search({ q: 'harbor* AND access:private' })).results as Json[];
    expect(privateHarbor.map((g) => g.title)).toContain('Harbor Security');
    expect(privateHarbor.every((g) => g.access === 'private')).toBe(true);
  });
});
