import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { SEED_MEMBER_CATEGORY_SCHEMA, writeMemberCategorySchema } from '../store/member-categories';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW, testMode: true });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
});
afterAll(() => app.close());
afterEach(() => {
  app.emulator.config.extensions = false;
  writeMemberCategorySchema(app.emulator.store, SEED_MEMBER_CATEGORY_SCHEMA);
  app.emulator.store
    .prepare(`UPDATE users SET categories = '["/Categories/Department/Planning","/Categories/Office Location/City Hall"]' WHERE username = 'ana.lima'`)
    .run();
  app.emulator.store.prepare(`UPDATE users SET categories = '[]' WHERE username IN ('carla.rossi', 'viewer_demo')`).run();
});

const listed = async (params: Record<string, string>): Promise<string[]> => {
  const body = json(await restGet(app, 'portals/self/users', { token: admin, num: '100', ...params }));
  return (body.users as Json[]).map((user) => user.username as string);
};
const searched = async (params: Record<string, string>): Promise<string[]> => {
  const body = json(await restGet(app, 'portals/self/users/search', { token: admin, num: '100', ...params }));
  return (body.results as Json[]).map((user) => user.username as string);
};

describe('portals/self/memberCategorySchema', () => {
  it('answers the seeded tree of {title, categories} to any member', async () => {
    for (const token of [admin, viewer]) {
      const body = json(await restGet(app, 'portals/self/memberCategorySchema', { token }));
      expect(body.memberCategorySchema).toEqual(SEED_MEMBER_CATEGORY_SCHEMA);
    }
  });

  it('needs a token', async () => {
    expect(json(await restGet(app, 'portals/self/memberCategorySchema')).error).toMatchObject({ code: 499 });
  });
});

describe('portals/self/assignMemberCategorySchema and deleteMemberCategorySchema', () => {
  const tree = { memberCategorySchema: [{ title: 'Categories', categories: [{ title: 'Team', categories: [{ title: 'North' }] }] }] };

  it('replaces the tree for an administrator and answers success', async () => {
    const body = json(await restPost(app, 'portals/self/assignMemberCategorySchema', { token: admin, memberCategorySchema: JSON.stringify(tree) }));
    expect(body).toEqual({ success: true });
    expect(json(await restGet(app, 'portals/self/memberCategorySchema', { token: admin })).memberCategorySchema).toEqual(tree.memberCategorySchema);
  });

  it('refuses members without portal:admin:updateUsers (403 GWM_0003) and malformed trees (400)', async () => {
    for (const token of [viewer, helpdesk]) {
      const body = json(await restPost(app, 'portals/self/assignMemberCategorySchema', { token, memberCategorySchema: JSON.stringify(tree) }));
      expect(body.error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
      expect(json(await restPost(app, 'portals/self/deleteMemberCategorySchema', { token })).error).toMatchObject({ code: 403 });
    }
    for (const bad of ['not json', '{"memberCategorySchema":[{"categories":[]}]}', '[{"title":"a/b"}]']) {
      expect(json(await restPost(app, 'portals/self/assignMemberCategorySchema', { token: admin, memberCategorySchema: bad })).error).toMatchObject({
        code: 400,
      });
    }
  });

  it('deletes the tree; a second delete is "Resource does not exist" (404)', async () => {
    expect(json(await restPost(app, 'portals/self/deleteMemberCategorySchema', { token: admin }))).toEqual({ success: true });
    expect(json(await restGet(app, 'portals/self/memberCategorySchema', { token: admin })).memberCategorySchema).toEqual([]);
    expect(json(await restPost(app, 'portals/self/deleteMemberCategorySchema', { token: admin })).error).toMatchObject({
      code: 404,
      message: 'Resource does not exist or is inaccessible.',
    });
  });
});

describe('member categories on users', () => {
  it('reports categories in the full user JSON, [] for members without', async () => {
    const ana = json(await restGet(app, 'community/users/ana.lima', { token: admin }));
    expect(ana.categories).toEqual(['/Categories/Department/Planning', '/Categories/Office Location/City Hall']);
    expect(json(await restGet(app, 'community/users/carla.rossi', { token: admin })).categories).toEqual([]);
  });

  it('filters the listing and the search by full paths (ORed, case-insensitive)', async () => {
    expect(await listed({ categories: '/Categories/Department/Planning' })).toEqual(['ana.lima']);
    expect(await listed({ categories: '/categories/department/public works,/Categories/Department/Finance' })).toEqual([
      'ben.okafor',
      'frank.departing',
      'grace.receiver',
    ]);
    expect(await listed({ categories: JSON.stringify(['/Categories/Office Location/Field']) })).toEqual(['ben.okafor', 'frank.departing']);
    expect(await listed({ categories: '/Categories/Department' })).toEqual([]);
    expect(await searched({ q: 'ben', categories: '/Categories/Department/Public Works' })).toEqual(['ben.okafor']);
    expect(await searched({ q: 'frank', categories: '/Categories/Department/Finance' })).toEqual([]);
  });
});

describe('community/users/updateUserCategories (--extensions only)', () => {
  const send = (token: string, users: unknown) => restPost(app, 'community/users/updateUserCategories', { token, users: JSON.stringify(users) });

  it('is an unknown resource without extensions', async () => {
    expect(json(await send(admin, [{ username: 'carla.rossi', categories: [] }])).error).toMatchObject({ code: 400, message: 'Invalid URL' });
  });

  it("sets each member's whole list, refusing unknown members and categories outside the schema per member", async () => {
    app.emulator.config.extensions = true;
    const body = json(
      await send(admin, [
        { username: 'carla.rossi', categories: ['/categories/department/finance', '/Categories/Office Location/Harbor Annex'] },
        { username: 'ana.lima', categories: [] },
        { username: 'nobody.here', categories: [] },
        { username: 'viewer_demo', categories: ['/Categories/Department/Water'] },
      ]),
    );
    expect(body.results).toEqual([
      { username: 'carla.rossi', success: true },
      { username: 'ana.lima', success: true },
      { username: 'nobody.here', success: false, error: { code: 400, message: 'User does not exist or is inaccessible.' } },
      { username: 'viewer_demo', success: false, error: { code: 400, message: expect.stringContaining('/Categories/Department/Water') as unknown } },
    ]);
    expect(json(await restGet(app, 'community/users/carla.rossi', { token: admin })).categories).toEqual([
      '/Categories/Department/Finance',
      '/Categories/Office Location/Harbor Annex',
    ]);
    expect(json(await restGet(app, 'community/users/ana.lima', { token: admin })).categories).toEqual([]);
    expect(json(await restGet(app, 'community/users/viewer_demo', { token: admin })).categories).toEqual([]);
  });

  it('refuses members without portal:admin:updateUsers (403) and bad or oversized requests (400)', async () => {
    app.emulator.config.extensions = true;
    for (const token of [viewer, helpdesk]) {
      expect(json(await send(token, [{ username: 'carla.rossi', categories: [] }])).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    }
    expect(json(await send(admin, { username: 'carla.rossi' })).error).toMatchObject({ code: 400 });
    const many = Array.from({ length: 101 }, () => ({ username: 'carla.rossi', categories: [] }));
    expect(json(await send(admin, many)).error).toMatchObject({ code: 400 });
  });
});
