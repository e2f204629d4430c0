import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let helpdesk: string;
let viewer: string;
let frank: string;
let grace: string;

const FRANK = 'frank.departing';

beforeAll(async () => {
  app = await buildEmulator({ members: 400, seedNow: FIXED_SEED_NOW });
  [admin, helpdesk, viewer, frank, grace] = await Promise.all([
    tokenFor(app, ...DEMO.admin),
    tokenFor(app, ...DEMO.helpdesk),
    tokenFor(app, ...DEMO.viewer),
    tokenFor(app, FRANK, 'Roster.Member1'),
    tokenFor(app, 'grace.receiver', 'Roster.Member1'),
  ]);
});
beforeEach(() => app.emulator.store.reset());
afterAll(() => app.close());

const items = (body: Json) => body.items as Json[];
const results = (body: Json) => body.results as Json[];

/** Every item of a member, through the paged listing of the root folder and each folder. */
async function inventory(username: string, token: string): Promise<Json[]> {
  const all: Json[] = [];
  const root = json(await restGet(app, `content/users/${username}`, { token, num: '0' }));
  for (const folder of [null, ...(root.folders as Json[]).map((f) => String(f.id))]) {
    let start = 1;
    while (start > 0) {
      const page = json(await restGet(app, `content/users/${username}${folder ? `/${folder}` : ''}`, { token, num: '100', start: String(start) }));
      all.push(...items(page));
      start = Number(page.nextStart);
    }
  }
  return all;
}

describe('the seeded offboarding members', () => {
  it('frank.departing owns exactly 300 items in the root folder and 4 folders, and 4 groups', async () => {
    const root = json(await restGet(app, `content/users/${FRANK}`, { token: helpdesk, num: '100' }));
    expect(root.total).toBe(120);
    expect((root.folders as Json[]).map((f) => f.title)).toEqual(['Field Surveys', 'Snow Operations', 'Stormwater', 'Street Lights']);
    const all = await inventory(FRANK, helpdesk);
    expect(all).toHaveLength(300);
    expect(new Set(all.map((i) => i.id)).size).toBe(300);
    const owned = json(await restGet(app, 'community/groups', { token: admin, q: `owner:${FRANK}`, num: '100' }));
    expect(
      results(owned)
        .map((g) => g.title)
        .sort(),
    ).toEqual(['Data Stewards', 'Snow and Ice Response', 'Stormwater Inspections', 'Street Lights']);
  });

  it('grace.receiver is a Creator publisher with a little content', async () => {
    const me = json(await restGet(app, 'community/users/grace.receiver', { token: admin }));
    expect(me).toMatchObject({ role: 'org_publisher', userLicenseTypeId: 'creatorUT' });
    const all = await inventory('grace.receiver', grace);
    expect(all).toHaveLength(8);
  });
});

describe('content/users/{username}', () => {
  it('pages at most 100 items, newest first', async () => {
    const capped = json(await restGet(app, `content/users/${FRANK}`, { token: frank, num: '500' }));
    expect(capped).toMatchObject({ total: 120, start: 1, num: 100, nextStart: 101 });
    const created = items(capped).map((i) => Number(i.created));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const last = json(await restGet(app, `content/users/${FRANK}`, { token: frank, num: '100', start: '101' }));
    expect(items(last)).toHaveLength(20);
    expect(last.nextStart).toBe(-1);
  });

  it('ignores sortField/sortOrder (not documented for this resource) without --extensions', async () => {
    const ids = async (params: Record<string, string>) =>
      items(json(await restGet(app, `content/users/${FRANK}`, { token: frank, num: '100', ...params }))).map((i) => i.id);
    const newestFirst = await ids({});
    for (const field of ['title', 'size', 'modified', 'type']) {
      expect(await ids({ sortField: field, sortOrder: 'asc' })).toEqual(newestFirst);
    }
  });

  it('sorts by title, size or modified with --extensions', async () => {
    const newestFirst = items(json(await restGet(app, `content/users/${FRANK}`, { token: frank, num: '100' }))).map((i) => i.id);
    app.emulator.config.extensions = true;
    try {
      for (const [field, key] of [
        ['title', 'title'],
        ['size', 'size'],
        ['modified', 'modified'],
      ] as const) {
        const asc = items(json(await restGet(app, `content/users/${FRANK}`, { token: frank, num: '100', sortField: field, sortOrder: 'asc' })));
        expect(asc.map((i) => i.id)).not.toEqual(newestFirst);
        const values = asc.map((i) => i[key] as string | number);
        const lower = (value: string | number) => (typeof value === 'string' ? value.toLowerCase() : value);
        expect(values).toEqual([...values].sort((a, b) => (lower(a) < lower(b) ? -1 : lower(a) > lower(b) ? 1 : 0)));
        const desc = items(json(await restGet(app, `content/users/${FRANK}`, { token: frank, num: '1', sortField: field, sortOrder: 'desc' })));
        // The first 100 ascending end before the first of the descending order (120 items in the root folder).
        expect(lower(desc[0]?.[key] as string | number) >= lower(values.at(-1) as string | number)).toBe(true);
      }
    } finally {
      app.emulator.config.extensions = false;
    }
  });

  it('lists a folder with currentFolder, and refuses members who may not see it', async () => {
    const root = json(await restGet(app, `content/users/${FRANK}`, { token: helpdesk }));
    const stormwater = (root.folders as Json[]).find((f) => f.title === 'Stormwater');
    const folder = json(await restGet(app, `content/users/${FRANK}/${String(stormwater?.id)}`, { token: helpdesk, num: '100' }));
    expect(folder.currentFolder).toMatchObject({ title: 'Stormwater', username: FRANK });
    expect(folder.total).toBe(60);
    expect(items(folder).every((i) => i.ownerFolder === stormwater?.id)).toBe(true);
    expect(json(await restGet(app, `content/users/${FRANK}`, { token: viewer })).error).toMatchObject({ code: 403 });
    expect(json(await restGet(app, `content/users/${FRANK}`, { token: grace })).error).toMatchObject({ code: 403 });
  });
});

describe('content/users/{username}/items/{id}', () => {
  it('returns the item with its sharing (access and group ids)', async () => {
    const all = await inventory(FRANK, helpdesk);
    const shared = all.find((i) => i.access === 'shared') as Json;
    const body = json(await restGet(app, `content/users/${FRANK}/items/${String(shared.id)}`, { token: helpdesk }));
    expect(body.item).toMatchObject({ id: shared.id, owner: FRANK, access: 'shared' });
    const sharing = body.sharing as { access: string; groups: string[] };
    expect(sharing.access).toBe('shared');
    expect(sharing.groups.length).toBeGreaterThan(0);
    const groups = json(await restGet(app, `content/items/${String(shared.id)}/groups`, { token: frank }));
    const listed = [...(groups.admin as Json[]), ...(groups.member as Json[]), ...(groups.other as Json[])].map((g) => g.id);
    expect(listed.sort()).toEqual([...sharing.groups].sort());
  });

  it('refuses other members, and items of someone else', async () => {
    const [item] = await inventory(FRANK, helpdesk);
    expect(json(await restGet(app, `content/users/${FRANK}/items/${String(item?.id)}`, { token: viewer })).error).toMatchObject({ code: 403 });
    expect(json(await restGet(app, `content/users/grace.receiver/items/${String(item?.id)}`, { token: admin })).error).toMatchObject({
      code: 400,
      message: 'Item does not exist or is inaccessible.',
    });
  });
});

describe('content/items/{id}/relatedItems', () => {
  it('links each hosted layer to its source file (Service2Data, forward and reverse)', async () => {
    const layers = results(json(await restGet(app, 'search', { token: helpdesk, q: `owner:${FRANK} AND type:"Feature Service" AND title:layer`, num: '100' })));
    expect(layers.length).toBeGreaterThanOrEqual(30);
    const pair = app.emulator.store.db.prepare('SELECT origin_id AS id FROM item_relationships ORDER BY origin_id LIMIT 1').get() as { id: string };
    const layer = layers.find((l) => l.id === pair.id) ?? json(await restGet(app, `content/items/${pair.id}`, { token: helpdesk }));
    const forward = json(
      await restGet(app, `content/items/${String(layer.id)}/relatedItems`, { token: helpdesk, relationshipType: 'Service2Data', direction: 'forward' }),
    );
    expect(forward.total).toBe(1);
    const source = (forward.relatedItems as Json[])[0] as Json;
    expect(['CSV', 'File Geodatabase', 'Shapefile']).toContain(source.type);
    expect(source.ownerFolder).toBe(layer.ownerFolder);
    const reverse = json(
      await restGet(app, `content/items/${String(source.id)}/relatedItems`, { token: helpdesk, relationshipType: 'Service2Data', direction: 'reverse' }),
    );
    expect((reverse.relatedItems as Json[]).map((i) => i.id)).toEqual([layer.id]);
    expect(json(await restGet(app, `content/items/${String(layer.id)}/relatedItems`, { token: helpdesk })).error).toMatchObject({ code: 400 });
  });
});

describe('search (items)', () => {
  it("finds a member's items by owner, title and type, sorted, 100 at most a page", async () => {
    const byOwner = json(await restGet(app, 'search', { token: helpdesk, q: `owner:${FRANK}`, num: '100', sortField: 'title' }));
    expect(byOwner).toMatchObject({ total: 300, num: 100, nextStart: 101 });
    const titles = results(byOwner).map((i) => String(i.title));
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));

    const storm = json(await restGet(app, 'search', { token: helpdesk, q: `owner:${FRANK} AND title:storm`, num: '100' }));
    expect(storm.total).toBeGreaterThan(0);
    expect(results(storm).every((i) => /storm/i.test(String(i.title)))).toBe(true);

    const maps = json(await restGet(app, 'search', { token: helpdesk, q: `owner:${FRANK} AND type:"Web Map"`, num: '100' }));
    expect(results(maps).every((i) => i.type === 'Web Map')).toBe(true);

    const root = json(await restGet(app, `content/users/${FRANK}`, { token: helpdesk }));
    const folderId = String((root.folders as Json[])[0]?.id);
    const inFolder = json(await restGet(app, 'search', { token: helpdesk, q: `owner:${FRANK} AND ownerfolder:${folderId}`, num: '0' }));
    expect(inFolder.total).toBe(30);
  });

  it('shows other members only what they may see', async () => {
    const everything = json(await restGet(app, 'search', { token: helpdesk, q: `owner:${FRANK}`, num: '0' }));
    const asViewer = json(await restGet(app, 'search', { token: viewer, q: `owner:${FRANK}`, num: '100' }));
    expect(asViewer.total).toBeLessThan(Number(everything.total));
    expect(results(asViewer).some((i) => i.access === 'private')).toBe(false);
    const anonymous = json(await restGet(app, 'search', { q: `owner:${FRANK}`, num: '100' }));
    expect(results(anonymous).every((i) => i.access === 'public')).toBe(true);
    expect(json(await restGet(app, 'search', { token: helpdesk, q: 'title:(storm' })).error).toMatchObject({ code: 400 });
  });
});

describe('search (items): accountid', () => {
  it('narrows to the organization like the Python API expects (`q + " accountid:<orgId>"`)', async () => {
    const orgId = String(json(await restGet(app, 'portals/self')).id);
    const plain = json(await restGet(app, 'search', { token: admin, q: `owner:${FRANK}`, num: '0' }));
    const scoped = json(await restGet(app, 'search', { token: admin, q: `owner:${FRANK} accountid:${orgId}`, num: '0' }));
    expect(scoped.total).toBe(plain.total);
    expect(scoped.total).toBe(300);
    expect(json(await restGet(app, 'search', { token: admin, q: `owner:${FRANK} accountid:notTheOrgId00000`, num: '0' })).total).toBe(0);
  });
});

describe('content/groups/{id}/search and content/groups/{id}', () => {
  const groupIdOf = (title: string) => (app.emulator.store.db.prepare('SELECT id FROM groups WHERE title = ?').get(title) as { id: string }).id;
  const sharedCount = (groupId: string) =>
    (
      app.emulator.store.db
        .prepare(`SELECT COUNT(*) AS n FROM item_groups s JOIN items i ON i.id = s.item_id WHERE s.group_id = ? AND i.owner = ?`)
        .get(groupId, FRANK) as { n: number }
    ).n;

  it("reads a member's sharing to one group in a single page", async () => {
    const snow = groupIdOf('Snow and Ice Response');
    expect(sharedCount(snow)).toBeGreaterThan(0);
    const body = json(await restGet(app, `content/groups/${snow}/search`, { token: helpdesk, q: `owner:${FRANK}`, num: '100' }));
    expect(body.total).toBe(sharedCount(snow));
    expect(results(body).every((i) => i.owner === FRANK)).toBe(true);
    const listing = json(await restGet(app, `content/groups/${snow}`, { token: helpdesk, num: '100' }));
    expect(Object.keys(listing)).toEqual(['total', 'start', 'num', 'nextStart', 'items']);
    expect(listing.total).toBeGreaterThanOrEqual(sharedCount(snow));
  });

  it('hides private groups from non-members', async () => {
    const stewards = groupIdOf('Data Stewards');
    expect(json(await restGet(app, `content/groups/${stewards}/search`, { token: viewer, q: '*' })).error).toMatchObject({
      code: 400,
      message: 'Group does not exist or is inaccessible.',
    });
    expect(json(await restGet(app, `content/groups/${stewards}/search`, { token: frank, q: `owner:${FRANK}`, num: '0' })).total).toBe(sharedCount(stewards));
  });
});

describe('createFolder', () => {
  it('creates a folder for the member, refusing a title already taken', async () => {
    const created = json(await restPost(app, 'content/users/grace.receiver/createFolder', { token: helpdesk, title: 'From Frank' }));
    expect(created).toMatchObject({ success: true, folder: { username: 'grace.receiver', title: 'From Frank' } });
    const root = json(await restGet(app, 'content/users/grace.receiver', { token: grace }));
    expect((root.folders as Json[]).map((f) => f.title)).toContain('From Frank');
    const clash = json(await restPost(app, 'content/users/grace.receiver/createFolder', { token: grace, title: 'from frank' }));
    expect(clash.error).toMatchObject({ code: 400, message: "Unable to create folder. Folder title 'from frank' not available." });
    expect(json(await restPost(app, 'content/users/grace.receiver/createFolder', { token: grace, title: ' ' })).error).toMatchObject({ code: 400 });
    expect(json(await restPost(app, 'content/users/grace.receiver/createFolder', { token: grace, title: 'a/b' })).error).toMatchObject({ code: 400 });
  });

  it('refuses members creating folders for someone else', async () => {
    expect(json(await restPost(app, 'content/users/grace.receiver/createFolder', { token: viewer, title: 'X' })).error).toMatchObject({ code: 403 });
    expect(json(await restPost(app, 'content/users/grace.receiver/createFolder', { token: frank, title: 'X' })).error).toMatchObject({ code: 403 });
  });
});

describe('content/users/{username}/items/{id}/delete', () => {
  it('lets the owner and administrators delete, and refuses the help desk and others', async () => {
    const [first, second] = await inventory('grace.receiver', grace);
    expect(json(await restPost(app, `content/users/grace.receiver/items/${String(first?.id)}/delete`, { token: helpdesk })).error).toMatchObject({ code: 403 });
    expect(json(await restPost(app, `content/users/grace.receiver/items/${String(first?.id)}/delete`, { token: viewer })).error).toMatchObject({ code: 403 });
    expect(json(await restPost(app, `content/users/grace.receiver/items/${String(first?.id)}/delete`, { token: grace }))).toEqual({
      success: true,
      itemId: first?.id,
    });
    expect(json(await restPost(app, `content/users/grace.receiver/items/${String(second?.id)}/delete`, { token: admin }))).toEqual({
      success: true,
      itemId: second?.id,
    });
    expect(await inventory('grace.receiver', grace)).toHaveLength(6);
    expect(json(await restGet(app, `content/items/${String(first?.id)}`, { token: admin })).error).toMatchObject({ code: 400 });
  });
});
