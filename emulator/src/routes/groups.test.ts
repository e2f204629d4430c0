import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;
let ana: string;
const groupIds = new Map<string, string>();

beforeAll(async () => {
  app = await buildEmulator({ members: 1000, seedNow: FIXED_SEED_NOW });
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
const titles = (body: Json) => (body.results as Json[]).map((g) => String(g.title));

describe('community/groups (search)', () => {
  it('answers accountid:<orgId> (PY search_groups) and orgid: only with extensions', async () => {
    const orgId = String(json(await restGet(app, 'portals/self')).id);
    const staff = json(await restGet(app, 'community/groups', { token: admin, q: `title:staff accountid:${orgId}` }));
    expect(titles(staff)).toEqual(['All Staff']);
    expect(json(await restGet(app, 'community/groups', { token: admin, q: `accountid:${orgId}`, num: '0' })).total).toBe(40);
    expect(json(await restGet(app, 'community/groups', { token: admin, q: `orgid:${orgId}`, num: '0' })).total).toBe(0);
    app.emulator.config.extensions = true;
    try {
      expect(json(await restGet(app, 'community/groups', { token: admin, q: `orgid:${orgId}`, num: '0' })).total).toBe(40);
    } finally {
      app.emulator.config.extensions = false;
    }
  });

  it('returns the fixture fields and pages', async () => {
    const body = json(await restGet(app, 'community/groups', { token: admin, q: 'title:staff' }));
    expect(body).toMatchObject({ query: 'title:staff', total: 1, start: 1, num: 10, nextStart: -1 });
    const group = (body.results as Json[])[0] ?? {};
    expect(Object.keys(group)).toEqual([
      'id',
      'title',
      'isInvitationOnly',
      'owner',
      'description',
      'snippet',
      'tags',
      'typeKeywords',
      'phone',
      'sortField',
      'sortOrder',
      'isViewOnly',
      'isFav',
      'isOpenData',
      'thumbnail',
      'created',
      'modified',
      'provider',
      'providerGroupName',
      'isReadOnly',
      'access',
      'capabilities',
      'protected',
      'autoJoin',
      'notificationsEnabled',
      'orgId',
    ]);
    expect(group).toMatchObject({ title: 'All Staff', owner: 'portaladmin', access: 'org', protected: true });
    expect(group.id).toMatch(/^[0-9a-f]{32}$/);
    expect(groupIds.size).toBe(40);
  });

  it('hides private groups from members who are not in them', async () => {
    const mine = titles(json(await restGet(app, 'community/groups', { token: viewer, q: 'access:private', num: '100' })));
    expect(mine).toEqual([]);
    const visible = json(await restGet(app, 'community/groups', { token: viewer, q: '*', num: '100' }));
    expect(visible.total).toBeLessThan(40);
    const helpdeskSees = json(await restGet(app, 'community/groups', { token: helpdesk, q: '*', num: '0' }));
    expect(helpdeskSees.total).toBe(40);
    const anaSees = titles(json(await restGet(app, 'community/groups', { token: ana, q: 'access:private', num: '100' })));
    expect(anaSees).toContain('Parcel Editors');
  });

  it('searches owner, tags and default fields, sorts, and filters to a member’s groups', async () => {
    expect(titles(json(await restGet(app, 'community/groups', { token: admin, q: 'owner:ana.lima' })))).toEqual(['Parcel Editors']);
    expect(titles(json(await restGet(app, 'community/groups', { token: admin, q: 'tags:harbor', num: '50' }))).sort()).toEqual([
      'Harbor Operations',
      'Harbor Security',
    ]);
    expect(titles(json(await restGet(app, 'community/groups', { token: admin, q: 'harbor', num: '50' })))).toEqual(
      expect.arrayContaining(['Harbor Operations', 'Harbor Security']),
    );
    const desc = titles(json(await restGet(app, 'community/groups', { token: admin, q: '*', sortField: 'title', sortOrder: 'desc', num: '5' })));
    expect(desc).toEqual([...desc].sort().reverse());
    const viewerGroups = titles(
      json(await restGet(app, 'community/groups', { token: admin, q: '*', searchUserAccess: 'groupMember', searchUserName: 'viewer_demo', num: '100' })),
    );
    expect(viewerGroups).toEqual(expect.arrayContaining(['All Staff', 'Training and Onboarding', 'Planning Department']));
  });
});

describe('community/groups/{id}', () => {
  it('adds the caller’s membership', async () => {
    expect(json(await restGet(app, `community/groups/${id('All Staff')}`, { token: admin })).userMembership).toEqual({
      username: 'portaladmin',
      memberType: 'owner',
      applications: 0,
    });
    expect(json(await restGet(app, `community/groups/${id('Open Data')}`, { token: viewer })).userMembership).toMatchObject({ memberType: 'none' });
  });

  it('treats a private group like a missing one for outsiders, but not for admins', async () => {
    expect(json(await restGet(app, `community/groups/${id('Harbor Security')}`, { token: viewer })).error).toEqual({
      code: 400,
      message: 'Group does not exist or is inaccessible.',
      details: [],
    });
    expect(json(await restGet(app, `community/groups/${id('Harbor Security')}`, { token: helpdesk })).title).toBe('Harbor Security');
    expect(json(await restGet(app, 'community/groups/00000000000000000000000000000000', { token: admin })).error).toMatchObject({ code: 400 });
  });
});

describe('group members', () => {
  it('lists owner, admins (including the owner) and users', async () => {
    const body = json(await restGet(app, `community/groups/${id('Parcel Editors')}/users`, { token: ana }));
    expect(Object.keys(body)).toEqual(['owner', 'admins', 'users']);
    expect(body.owner).toBe('ana.lima');
    expect(body.admins).toContain('ana.lima');
    expect(body.users).toContain('ben.okafor');
    expect(body.users).not.toContain('ana.lima');
  });

  it('refuses member lists to non-members without portal:admin:viewGroups', async () => {
    expect(json(await restGet(app, `community/groups/${id('Open Data')}/users`, { token: viewer })).error).toMatchObject({ code: 403 });
    expect(json(await restGet(app, `community/groups/${id('Open Data')}/userList`, { token: viewer })).error).toMatchObject({ code: 403 });
    expect(json(await restGet(app, `community/groups/${id('Open Data')}/users`, { token: helpdesk })).owner).toEqual(expect.any(String));
  });

  it('pages userList (default num 25) with names, member types and join dates; path case-insensitive', async () => {
    const groupId = id('All Staff');
    const counts = json(await restGet(app, `community/groups/${groupId}/users`, { token: admin }));
    const size = (counts.admins as string[]).length + (counts.users as string[]).length;
    const first = json(await restGet(app, `community/groups/${groupId}/userlist`, { token: admin }));
    expect(Object.keys(first)).toEqual(['total', 'start', 'num', 'nextStart', 'owner', 'users']);
    expect(first).toMatchObject({ total: size, start: 1, num: 25, nextStart: 26, owner: { username: 'portaladmin', fullName: 'Portal Administrator' } });
    const user = (first.users as Json[])[0] ?? {};
    expect(Object.keys(user)).toEqual(['username', 'fullName', 'memberType', 'thumbnail', 'joined']);
    const same = json(await restGet(app, `community/groups/${groupId}/userList`, { token: admin }));
    expect(same).toEqual(first);
  });

  it('filters userList by memberType and name, and sorts by joined', async () => {
    const groupId = id('All Staff');
    const admins = json(await restGet(app, `community/groups/${groupId}/userList`, { token: admin, memberType: 'admin', num: '100' }));
    expect((admins.users as Json[]).every((u) => u.memberType === 'owner' || u.memberType === 'admin')).toBe(true);
    const named = json(await restGet(app, `community/groups/${groupId}/userList`, { token: admin, name: 'lima' }));
    expect((named.users as Json[]).map((u) => u.username)).toContain('ana.lima');
    const joined = (
      json(await restGet(app, `community/groups/${groupId}/userList`, { token: admin, sortField: 'joined', sortOrder: 'desc', num: '50' })).users as Json[]
    ).map((u) => Number(u.joined));
    expect(joined).toEqual([...joined].sort((a, b) => b - a));
  });
});

describe('content/users/{username}', () => {
  it('lists a member’s root items and folders to themself', async () => {
    const body = json(await restGet(app, 'content/users/ana.lima', { token: ana, num: '100' }));
    expect(Object.keys(body)).toEqual(['username', 'total', 'start', 'num', 'nextStart', 'items', 'folders']);
    const folders = body.folders as Json[];
    expect(folders.map((f) => f.title)).toEqual(['Field Maps']);
    expect(Object.keys(folders[0] ?? {})).toEqual(['username', 'id', 'title', 'created']);
    const items = body.items as Json[];
    expect(items.length).toBe(body.total);
    expect(items.every((i) => i.owner === 'ana.lima' && i.ownerFolder === null)).toBe(true);

    const folder = json(await restGet(app, `content/users/ana.lima/${String(folders[0]?.id)}`, { token: ana }));
    expect(folder.currentFolder).toMatchObject({ title: 'Field Maps' });
    expect(Number(folder.total) + Number(body.total)).toBe(6);
  });

  it('lets portal:admin:viewItems see it, and refuses other members', async () => {
    expect(json(await restGet(app, 'content/users/ana.lima', { token: helpdesk })).username).toBe('ana.lima');
    expect(json(await restGet(app, 'content/users/ana.lima', { token: viewer })).error).toMatchObject({ code: 403 });
    expect(json(await restGet(app, 'content/users/ana.lima/notafolder', { token: admin })).error).toMatchObject({ code: 400 });
    expect(json(await restGet(app, 'content/users/nobody_at_all', { token: admin })).error).toMatchObject({
      message: 'User does not exist or is inaccessible.',
    });
  });
});
