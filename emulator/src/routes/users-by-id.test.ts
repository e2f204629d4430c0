import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, tokenFor } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW });
  [admin, viewer] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer)]);
});
afterAll(() => app.close());

describe('community/users/{id}', () => {
  it('answers the same member by id as by username (the Python API loads search results by id)', async () => {
    const id = (app.emulator.store.prepare(`SELECT id FROM users WHERE username = 'ana.lima'`).get() as { id: string }).id;
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    const byName = json(await restGet(app, 'community/users/ana.lima', { token: admin }));
    expect(json(await restGet(app, `community/users/${id}`, { token: admin }))).toEqual(byName);
    expect(byName.id).toBe(id);
  });

  it('keeps the visibility rules: other members see public fields only', async () => {
    const id = String(json(await restGet(app, 'community/users/ana.lima', { token: admin })).id);
    expect(json(await restGet(app, `community/users/${id}`, { token: viewer }))).toEqual(
      json(await restGet(app, 'community/users/ana.lima', { token: viewer })),
    );
  });

  it('answers user-not-found for an unknown id', async () => {
    expect(json(await restGet(app, 'community/users/0123456789abcdef0123456789abcdef', { token: admin })).error).toEqual({
      code: 400,
      message: 'User does not exist or is inaccessible.',
      details: [],
    });
  });
});
