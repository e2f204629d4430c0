import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let helpdesk: string;
let viewer: string;
let grace: string;

const ADMIN: string = DEMO.admin[0];
const plan = JSON.stringify({ kind: 'import-plan', rows: 3 });

beforeAll(async () => {
  app = await buildEmulator({ members: 200, seedNow: FIXED_SEED_NOW });
  [admin, helpdesk, viewer, grace] = await Promise.all([
    tokenFor(app, ...DEMO.admin),
    tokenFor(app, ...DEMO.helpdesk),
    tokenFor(app, ...DEMO.viewer),
    tokenFor(app, 'grace.receiver', 'Roster.Member1'),
  ]);
});
beforeEach(() => app.emulator.store.reset());
afterAll(() => app.close());

async function add(fields: Record<string, string>, token = admin, owner = ADMIN): Promise<Json> {
  return json(await restPost(app, `content/users/${owner}/addItem`, { token, ...fields }));
}

async function createGroup(title: string, token = admin): Promise<string> {
  const body = json(await restPost(app, 'community/createGroup', { token, title, access: 'private' }));
  return String((body.group as Json).id);
}

describe('content/users/{username}/addItem', () => {
  it('adds a private item with its text as data; the owner is the caller', async () => {
    const body = await add({ title: 'Plan A', type: 'Application Configuration', typeKeywords: 'roster,importPlan', tags: 'a, b', snippet: 's', text: plan });
    expect(body).toEqual({ success: true, id: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown, folder: null });
    const item = json(await restGet(app, `content/items/${String(body.id)}`, { token: admin }));
    expect(item).toMatchObject({
      owner: ADMIN,
      title: 'Plan A',
      type: 'Application Configuration',
      access: 'private',
      typeKeywords: ['roster', 'importPlan'],
      tags: ['a', 'b'],
      size: plan.length,
    });
    const data = await restGet(app, `content/items/${String(body.id)}/data`, { token: admin });
    expect(data.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(data.body)).toEqual({ kind: 'import-plan', rows: 3 });
  });

  it('is found by search on its type keywords', async () => {
    const body = await add({ title: 'Plan B', type: 'Application Configuration', typeKeywords: 'rosterPlan', text: plan });
    const found = json(await restGet(app, 'search', { token: admin, q: `typekeywords:rosterPlan AND owner:${ADMIN}` }));
    expect((found.results as Json[]).map((item) => item.id)).toEqual([body.id]);
  });

  it('adds into one of the member’s folders; an unknown folder is refused', async () => {
    const folder = json(await restPost(app, `content/users/${ADMIN}/createFolder`, { token: admin, title: 'Plans' })).folder as Json;
    const body = json(
      await restPost(app, `content/users/${ADMIN}/${String(folder.id)}/addItem`, { token: admin, title: 'In folder', type: 'Application Configuration' }),
    );
    expect(body).toMatchObject({ success: true, folder: folder.id });
    const missing = json(await restPost(app, `content/users/${ADMIN}/ffffffffffffffffffffffffffffffff/addItem`, { token: admin, title: 'x', type: 'Web Map' }));
    expect(missing.error).toMatchObject({ code: 400, message: 'Folder does not exist or is inaccessible.' });
  });

  it('requires a title and a type', async () => {
    expect((await add({ type: 'Web Map' })).error).toMatchObject({ code: 400, message: "'title' must be specified." });
    expect((await add({ title: 'x' })).error).toMatchObject({ code: 400, message: "'type' must be specified." });
  });

  it('is only for the member themself with the privilege to create content', async () => {
    expect((await add({ title: 'x', type: 'Web Map' }, admin, 'helpdesk_demo')).error).toMatchObject({ code: 403 });
    expect((await add({ title: 'x', type: 'Web Map' }, viewer, 'viewer_demo')).error).toMatchObject({ code: 403 });
    expect((await add({ title: 'x', type: 'Web Map' }, helpdesk, 'helpdesk_demo')).error ?? null).toBeNull();
  });

  it('an item without data answers an empty body', async () => {
    const body = await add({ title: 'No data', type: 'Web Map' });
    const data = await restGet(app, `content/items/${String(body.id)}/data`, { token: admin });
    expect(data.body).toBe('');
  });
});

describe('…/items/{id}/update', () => {
  it('changes only what is sent, replaces the data and moves `modified`', async () => {
    const { id } = await add({ title: 'Plan', type: 'Application Configuration', tags: 'a', text: plan });
    const before = json(await restGet(app, `content/items/${String(id)}`, { token: admin }));
    const text = JSON.stringify({ kind: 'import-plan', rows: 4, status: 'approved' });
    expect(json(await restPost(app, `content/users/${ADMIN}/items/${String(id)}/update`, { token: admin, typeKeywords: 'approved', text }))).toEqual({
      success: true,
      id,
    });
    const after = json(await restGet(app, `content/items/${String(id)}`, { token: admin }));
    expect(after).toMatchObject({ title: 'Plan', tags: ['a'], typeKeywords: ['approved'], size: text.length });
    expect(Number(after.modified)).toBeGreaterThan(Number(before.modified));
    expect(JSON.parse((await restGet(app, `content/items/${String(id)}/data`, { token: admin })).body)).toMatchObject({ status: 'approved' });
  });

  it('is refused to other members without the privilege to update content', async () => {
    const { id } = await add({ title: 'Plan', type: 'Application Configuration', text: plan });
    expect(json(await restPost(app, `content/users/${ADMIN}/items/${String(id)}/update`, { token: helpdesk, title: 'Mine' })).error).toMatchObject({
      code: 403,
    });
    expect(json(await restPost(app, `content/users/${ADMIN}/items/${String(id)}/update`, { token: admin, title: 'x'.repeat(257) })).error).toMatchObject({
      code: 400,
    });
  });
});

describe('…/items/{id}/share and /unshare', () => {
  it('shares to a group of which the owner is a member; the group’s members can then read the data', async () => {
    const { id } = await add({ title: 'Plan', type: 'Application Configuration', text: plan });
    const group = await createGroup('Approvers');
    const stranger = await createGroup('Helpdesk only', helpdesk);
    const shared = json(await restPost(app, `content/users/${ADMIN}/items/${String(id)}/share`, { token: admin, groups: `${group},${stranger},nosuchgroup` }));
    expect(shared).toEqual({ notSharedWith: [stranger, 'nosuchgroup'], itemId: id });
    const item = json(await restGet(app, `content/users/${ADMIN}/items/${String(id)}`, { token: admin }));
    expect(item.sharing).toEqual({ access: 'shared', groups: [group] });

    // grace.receiver cannot see it until added to the group.
    expect(json(await restGet(app, `content/items/${String(id)}/data`, { token: grace })).error).toMatchObject({ code: 403 });
    await restPost(app, `community/groups/${group}/addUsers`, { token: admin, users: 'grace.receiver' });
    expect(JSON.parse((await restGet(app, `content/items/${String(id)}/data`, { token: grace })).body)).toEqual({ kind: 'import-plan', rows: 3 });

    const unshared = json(await restPost(app, `content/users/${ADMIN}/items/${String(id)}/unshare`, { token: admin, groups: group }));
    expect(unshared).toEqual({ notUnsharedFrom: [], itemId: id });
    expect((json(await restGet(app, `content/users/${ADMIN}/items/${String(id)}`, { token: admin })).sharing as Json).access).toBe('private');
  });

  it('`everyone` and `org` set the access; only the owner or a member with the privilege may share', async () => {
    const { id } = await add({ title: 'Plan', type: 'Application Configuration' });
    await restPost(app, `content/users/${ADMIN}/items/${String(id)}/share`, { token: admin, org: 'true' });
    expect(json(await restGet(app, `content/items/${String(id)}`, { token: admin })).access).toBe('org');
    await restPost(app, `content/users/${ADMIN}/items/${String(id)}/share`, { token: admin, org: 'false' });
    expect(json(await restGet(app, `content/items/${String(id)}`, { token: admin })).access).toBe('private');
    expect(json(await restPost(app, `content/users/${ADMIN}/items/${String(id)}/share`, { token: viewer, groups: 'x' })).error).toMatchObject({ code: 403 });
  });
});
