import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
});
afterAll(() => app.close());

const post = async (path: string, token: string, params: Record<string, string> = {}) => json(await restPost(app, path, { token, ...params }));
const user = async (username: string) => json(await restGet(app, `community/users/${username}`, { token: admin }));

/** A generated member who owns nothing, so can be deleted. */
function ownerOfNothing(): string {
  const row = app.emulator.store
    .prepare(
      `SELECT username FROM users u WHERE password_hash IS NOT NULL AND disabled = 0 AND role = 'org_user' AND roleid IS NULL
      AND NOT EXISTS (SELECT 1 FROM items WHERE owner = u.username) AND NOT EXISTS (SELECT 1 FROM groups WHERE owner = u.username)
      AND username NOT IN ('carla.rossi', 'eva.schmidt') LIMIT 1`,
    )
    .get() as { username: string };
  return row.username;
}

describe('community/users/{u}/update', () => {
  it('changes the profile for an administrator and keeps the username', async () => {
    const body = await post('community/users/carla.rossi/update', admin, {
      firstname: 'Carla M.',
      description: 'Parks, Recreation',
      email: 'carla.m@harborcity.example',
      username: 'someone.else',
    });
    expect(body).toEqual({ success: true, username: 'carla.rossi' });
    expect(await user('carla.rossi')).toMatchObject({
      username: 'carla.rossi',
      firstName: 'Carla M.',
      fullName: 'Carla M. Rossi',
      description: 'Parks, Recreation',
      email: 'carla.m@harborcity.example',
    });
  });

  it('refuses a bad email or access value, naming it', async () => {
    expect((await post('community/users/carla.rossi/update', admin, { email: 'not-an-email' })).error).toMatchObject({
      code: 400,
      message: expect.stringContaining('not-an-email') as unknown,
    });
    expect((await post('community/users/carla.rossi/update', admin, { access: 'everyone' })).error).toMatchObject({
      code: 400,
      message: expect.stringContaining('access') as unknown,
    });
  });

  it('lets members change their own profile but not somebody else’s', async () => {
    expect(await post('community/users/viewer_demo/update', viewer, { description: 'Planning' })).toEqual({ success: true, username: 'viewer_demo' });
    expect((await post('community/users/carla.rossi/update', viewer, { description: 'x' })).error).toMatchObject({ code: 403 });
    expect((await post('community/users/carla.rossi/update', helpdesk, { description: 'x' })).error).toMatchObject({ code: 403 });
  });
});

describe('disable and enable', () => {
  it('disables a member (their tokens stop working) and enables them again', async () => {
    const anaToken = await tokenFor(app, 'ana.lima', 'Roster.Member1');
    expect(await post('community/users/ana.lima/disable', admin)).toEqual({ success: true, username: 'ana.lima' });
    expect(await user('ana.lima')).toMatchObject({ disabled: true });
    expect(json(await restGet(app, 'community/self', { token: anaToken })).error).toMatchObject({ code: 498 });
    expect(await post('community/users/ana.lima/enable', admin)).toEqual({ success: true, username: 'ana.lima' });
    expect(await user('ana.lima')).toMatchObject({ disabled: false });
  });

  it('is refused for members without the privilege, and for oneself', async () => {
    expect((await post('community/users/ana.lima/disable', viewer)).error).toMatchObject({ code: 403 });
    expect((await post('community/users/ana.lima/disable', helpdesk)).error).toMatchObject({ code: 403 });
    expect((await post('community/users/portaladmin/disable', admin)).error).toMatchObject({
      code: 400,
      message: expect.stringContaining('your own') as unknown,
    });
    expect(await user('ana.lima')).toMatchObject({ disabled: false });
  });
});

describe('community/users/{u}/delete', () => {
  it('is refused while the member owns groups or items, with the counts', async () => {
    const body = await post('community/users/ana.lima/delete', admin);
    expect(body.error).toMatchObject({ code: 400, message: expect.stringMatching(/owns \d+ items and [1-9]\d* groups/) as unknown });
    expect(await user('ana.lima')).toMatchObject({ username: 'ana.lima' });
  });

  it('deletes a member who owns nothing, with their memberships', async () => {
    const username = ownerOfNothing();
    expect(await post(`community/users/${username}/delete`, admin)).toEqual({ success: true, username });
    expect((await user(username)).error).toMatchObject({ code: 400 });
    const memberships = app.emulator.store.prepare('SELECT COUNT(*) AS count FROM group_members WHERE username = ?').get(username) as { count: number };
    expect(memberships.count).toBe(0);
  });

  it('is refused without the privilege', async () => {
    const username = ownerOfNothing();
    for (const token of [viewer, helpdesk]) {
      expect((await post(`community/users/${username}/delete`, token)).error).toMatchObject({ code: 403 });
    }
    expect((await user(username)).username).toBe(username);
  });
});

describe('unknown members', () => {
  it('answers user-not-found for each write', async () => {
    for (const action of ['update', 'disable', 'enable', 'delete']) {
      const body: Json = await post(`community/users/nobody.here/${action}`, admin);
      expect(body.error).toMatchObject({ code: 400, message: 'User does not exist or is inaccessible.' });
    }
  });
});
