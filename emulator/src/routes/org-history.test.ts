import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
});
afterAll(() => app.close());

type Event = {
  id: string;
  idType: string;
  action: string;
  actor: string;
  actorFullName: string | null;
  created: number;
  data: unknown;
  itemTitle: string | null;
  owner: string | null;
  orgId: string;
};
type Page = { items: Event[]; nextKey?: string; error?: Record<string, unknown> };

const history = async (params: Record<string, string>, token = admin) =>
  json(await restGet(app, 'portals/self/history', { token, ...params })) as unknown as Page;

describe('portals/self/history', () => {
  it('is for the organization administrator only (403 GWM_0003 for Help Desk and Viewer)', async () => {
    expect((await history({ all: 'true' }, viewer)).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    expect((await history({ all: 'true' }, helpdesk)).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    expect((await history({ all: 'true' })).items.length).toBeGreaterThan(0);
  });

  it('lists only organization events unless all=true, 25 by default, at most 100, paged by nextKey', async () => {
    expect((await history({})).items).toEqual([]);
    const first = await history({ all: 'true' });
    expect(first.items).toHaveLength(25);
    expect(first.nextKey).toEqual(expect.any(String));
    expect((await history({ all: 'true', num: '500' })).items).toHaveLength(100);
    const second = await history({ all: 'true', start: first.nextKey ?? '' });
    const ids = new Set(first.items.map((event) => `${String(event.created)}${event.id}${event.action}`));
    expect(second.items.some((event) => ids.has(`${String(event.created)}${event.id}${event.action}`))).toBe(false);
    expect(second.items[0]?.created).toBeGreaterThanOrEqual(first.items.at(-1)?.created ?? Infinity);
  });

  it('has the seeded past: Dan disabled by the administrator, his sign-in and his items', async () => {
    const onDan = await history({ all: 'true', id: 'dan.ng', types: 'u', sortOrder: 'desc' });
    expect(onDan.items[0]).toMatchObject({ id: 'dan.ng', idType: 'u', action: 'update', actor: 'portaladmin', data: { disabled: true } });
    const byDan = await history({ all: 'true', actors: 'dan.ng', num: '100' });
    expect(byDan.items.filter((event) => event.action === 'login')).toHaveLength(1);
    expect(byDan.items.filter((event) => event.action === 'create' && event.idType === 'i')).toHaveLength(2);
    expect(byDan.items.every((event) => event.actor === 'dan.ng')).toBe(true);
  });

  it('filters by date range and action, newest first with sortOrder=desc', async () => {
    const from = new Date(FIXED_SEED_NOW - 30 * 86_400_000).toISOString();
    const page = await history({ all: 'true', actions: 'login', fromDate: from, toDate: String(FIXED_SEED_NOW), sortOrder: 'desc', num: '100' });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((event) => event.action === 'login' && event.created >= Date.parse(from) && event.created <= FIXED_SEED_NOW)).toBe(true);
    const times = page.items.map((event) => event.created);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await history({ all: 'true', fromDate: 'last tuesday' })).error).toMatchObject({ code: 400 });
  });

  it('records a role change with who made it, and a sign-in', async () => {
    expect(json(await restPost(app, 'portals/self/updateUserRole', { token: admin, user: 'grace.receiver', role: 'org_user' }))).toMatchObject({
      success: true,
    });
    const page = await history({ all: 'true', id: 'grace.receiver', sortOrder: 'desc', num: '1' });
    expect(page.items[0]).toMatchObject({
      id: 'grace.receiver',
      action: 'update',
      actor: 'portaladmin',
      actorFullName: expect.any(String) as unknown,
      data: { role: 'org_user' },
    });

    await tokenFor(app, 'ana.lima', 'Roster.Member1');
    const signIns = await history({ all: 'true', actors: 'ana.lima', actions: 'login', sortOrder: 'desc', num: '1' });
    expect(signIns.items[0]?.created).toBeGreaterThan(FIXED_SEED_NOW);
    json(await restPost(app, 'generateToken', { username: 'ana.lima', password: 'wrong' }));
    expect((await history({ all: 'true', actors: 'ana.lima', actions: 'failedlogin' })).items).toHaveLength(1);
  });

  it('records refused changes not at all, and disable, delete of an item with its title', async () => {
    json(await restPost(app, 'portals/self/updateUserRole', { token: viewer, user: 'ben.okafor', role: 'org_admin' }));
    expect((await history({ all: 'true', id: 'ben.okafor', actors: 'viewer_demo' })).items).toEqual([]);

    json(await restPost(app, 'portals/self/disableUsers', { token: admin, users: 'ana.lima' }));
    expect((await history({ all: 'true', id: 'ana.lima', sortOrder: 'desc', num: '1' })).items[0]).toMatchObject({
      action: 'update',
      data: { disabled: true },
    });

    const item = app.emulator.store.prepare("SELECT id, title FROM items WHERE owner = 'grace.receiver' LIMIT 1").get() as { id: string; title: string };
    expect(json(await restPost(app, `content/users/grace.receiver/items/${item.id}/delete`, { token: admin }))).toMatchObject({ success: true });
    expect((await history({ all: 'true', id: item.id, actions: 'delete' })).items[0]).toMatchObject({
      idType: 'i',
      owner: 'grace.receiver',
      itemTitle: item.title,
      actor: 'portaladmin',
    });
  });

  it('is not a resource of ArcGIS Enterprise', async () => {
    const enterprise = await buildEmulator({ members: 50, seedNow: FIXED_SEED_NOW, flavor: 'enterprise' });
    try {
      const token = await tokenFor(enterprise, ...DEMO.admin);
      expect(json(await restGet(enterprise, 'portals/self/history', { token, all: 'true' })).error).toMatchObject({ code: 400, message: 'Invalid URL' });
    } finally {
      await enterprise.close();
    }
  });
});
