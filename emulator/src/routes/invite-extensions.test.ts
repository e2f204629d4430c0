import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

// With `--extensions` only: built-in invitations without a password stay pending, and at most 100 per request.
let app: FastifyInstance;
let admin: string;
let helpdesk: string;
let allStaff: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 400, seedNow: FIXED_SEED_NOW, extensions: true, testMode: true });
  [admin, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.helpdesk)]);
  const groups = json(await restGet(app, 'community/groups', { token: admin, q: 'title:"All Staff"' }));
  allStaff = String((groups.results as Json[])[0]?.id);
});
afterAll(() => app.close());

const person = (username: string, extra: Record<string, unknown> = {}) => ({
  username,
  firstname: 'Test',
  lastname: 'Person',
  fullname: 'Test Person',
  email: `${username}@example.org`,
  role: 'org_user',
  userLicenseType: 'fieldWorkerUT',
  groups: '',
  ...extra,
});
const invite = async (invitations: unknown[]) =>
  json(await restPost(app, 'portals/self/invite', { token: admin, invitationList: JSON.stringify({ invitations }) }));
const expire = async (username: string) => (await app.inject({ method: 'POST', url: '/__emulator/invitations/expire', payload: { username } })).json<Json>();
const member = async (username: string) => json(await restGet(app, `community/users/${encodeURIComponent(username)}`, { token: admin }));

describe('portals/self/invite with extensions: pending invitations', () => {
  it('records built-in invitations without a password and creates no account', async () => {
    const started = Date.now();
    expect(await invite([person('pending.one', { role: 'iBBBBBBBBBBBBBBB', userLicenseType: 'editorUT', groups: allStaff })])).toEqual({
      success: true,
      notInvited: [],
    });
    expect((await member('pending.one')).error).toMatchObject({ code: 400, message: 'User does not exist or is inaccessible.' });

    const list = json(await restGet(app, 'portals/self/invitations', { token: helpdesk }));
    expect(list).toMatchObject({ total: 1, start: 1, num: 10, nextStart: -1 });
    const invitation = (list.invitations as Json[])[0] ?? {};
    expect(Object.keys(invitation)).toEqual([
      'id',
      'username',
      'email',
      'role',
      'roleId',
      'userLicenseType',
      'groups',
      'created',
      'expiration',
      'fromUsername',
    ]);
    expect(invitation).toMatchObject({
      username: 'pending.one',
      email: 'pending.one@example.org',
      role: 'org_user',
      roleId: 'iBBBBBBBBBBBBBBB',
      userLicenseType: 'editorUT',
      groups: [allStaff],
      fromUsername: 'portaladmin',
    });
    expect(Number(invitation.created)).toBeGreaterThanOrEqual(started);
    expect(Number(invitation.expiration) - Number(invitation.created)).toBe(14 * 86_400_000);
    expect(json(await restGet(app, `portals/self/invitations/${String(invitation.id)}`, { token: admin })).username).toBe('pending.one');

    // The name is held: inviting it again (any case) is refused, and checkUsernames suggests another.
    expect(await invite([person('Pending.One', { password: 'Another.1' })])).toEqual({ success: true, notInvited: ['Pending.One'] });
    expect(json(await restGet(app, 'community/checkUsernames', { token: admin, usernames: 'pending.one' }))).toEqual({
      usernames: [{ requested: 'pending.one', suggested: 'pending.one1' }],
    });

    // Deleting the invitation frees the name.
    expect(json(await restPost(app, `portals/self/invitations/${String(invitation.id)}/delete`, { token: helpdesk })).error).toMatchObject({ code: 403 });
    expect(json(await restPost(app, `portals/self/invitations/${String(invitation.id)}/delete`, { token: admin }))).toEqual({
      success: true,
      id: invitation.id,
    });
    expect(json(await restPost(app, `portals/self/invitations/${String(invitation.id)}/delete`, { token: admin })).error).toMatchObject({
      code: 400,
      message: 'Invitation does not exist or is inaccessible.',
    });
    expect(json(await restGet(app, 'portals/self/invitations', { token: admin })).total).toBe(0);
    expect(json(await restGet(app, 'community/checkUsernames', { token: admin, usernames: 'pending.one' }))).toEqual({
      usernames: [{ requested: 'pending.one', suggested: 'pending.one' }],
    });
  });

  it('leaves expired invitations out of the list, and they keep holding their username (Esri KB 000011996)', async () => {
    expect((await invite([person('pending.old'), person('pending.new')])).notInvited).toEqual([]);
    const listed = json(await restGet(app, 'portals/self/invitations', { token: admin }));
    const old = (listed.invitations as Json[]).find((entry) => entry.username === 'pending.old') ?? {};
    expect(await expire('pending.old')).toEqual({ ok: true, expired: 1 });
    expect(await expire('pending.old')).toEqual({ ok: true, expired: 0 });

    const after = json(await restGet(app, 'portals/self/invitations', { token: admin }));
    expect(after.total).toBe((listed.total as number) - 1);
    expect((after.invitations as Json[]).map((entry) => entry.username)).not.toContain('pending.old');
    expect(json(await restGet(app, `portals/self/invitations/${String(old.id)}`, { token: admin })).error).toMatchObject({ code: 400 });
    expect(json(await restPost(app, `portals/self/invitations/${String(old.id)}/delete`, { token: admin })).error).toMatchObject({
      code: 400,
      message: 'Invitation does not exist or is inaccessible.',
    });
    // The name stays taken: a new invitation is refused and checkUsernames suggests a numeral.
    expect((await invite([person('pending.old', { password: 'Finally.1' })])).notInvited).toEqual(['pending.old']);
    expect(json(await restGet(app, 'community/checkUsernames', { token: admin, usernames: 'pending.old' }))).toEqual({
      usernames: [{ requested: 'pending.old', suggested: 'pending.old1' }],
    });
    // A reset clears it.
    expect((await app.inject({ method: 'POST', url: '/__emulator/reset' })).statusCode).toBe(200);
    expect((await invite([person('pending.old', { password: 'Finally.1' })])).notInvited).toEqual([]);
    [admin, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.helpdesk)]);
  });

  it('expire control: needs a username', async () => {
    const response = await app.inject({ method: 'POST', url: '/__emulator/invitations/expire', payload: {} });
    expect(response.statusCode).toBe(400);
  });

  it('still creates accounts for invitations with a password', async () => {
    expect((await invite([person('with.password', { password: 'Good.Pass1' })])).notInvited).toEqual([]);
    expect((await member('with.password')).username).toBe('with.password');
  });
});

describe('portals/self/invite with extensions: at most 100 invitations per request', () => {
  it('refuses 101 with ORG_3100 and applies nothing', async () => {
    const many = Array.from({ length: 101 }, (_, i) => person(`bulk.user${String(i)}`, { password: 'Bulk.Pass1' }));
    expect((await invite(many)).error).toEqual({
      code: 400,
      messageCode: 'ORG_3100',
      message: 'Exceeded maximum number of users allowed per call.',
      details: ['At most 100 invitations per request; this one has 101.'],
    });
    expect((await member('bulk.user0')).error).toMatchObject({ code: 400 });
    expect((await invite(many.slice(0, 100))).error).toBeUndefined();
  });
});
