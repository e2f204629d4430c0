import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { userTypeSeats } from './license-info';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;
let allStaff: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 400, seedNow: FIXED_SEED_NOW, testMode: true });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
  const groups = json(await restGet(app, 'community/groups', { token: admin, q: 'title:"All Staff"' }));
  allStaff = String((groups.results as Json[])[0]?.id);
});
afterAll(() => app.close());

type Invitation = Record<string, unknown>;

const person = (username: string, extra: Invitation = {}): Invitation => ({
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

const invite = async (invitations: unknown[], token = admin, method: 'GET' | 'POST' = 'POST') => {
  const params = { token, invitationList: JSON.stringify({ invitations }), subject: 'Welcome', html: '<p>Hello</p>' };
  return json(method === 'POST' ? await restPost(app, 'portals/self/invite', params) : await restGet(app, 'portals/self/invite', params));
};

const member = async (username: string) => json(await restGet(app, `community/users/${encodeURIComponent(username)}`, { token: admin }));
/** Free seats of a user type, from the store (`userLicenseTypes` reports seats only with extensions). */
const seatsLeft = (typeId: string) => {
  const seat = userTypeSeats(app.emulator).find((s) => s.id === typeId);
  return (seat?.maxUsers ?? 0) - (seat?.assignedUsers ?? 0);
};

describe('portals/self/invite: accounts created directly', () => {
  it('creates built-in members with a password: searchable at once, never signed in, in their groups, can sign in', async () => {
    const before = seatsLeft('fieldWorkerUT');
    const started = Date.now();
    const body = await invite([
      person('new.builtin1', {
        password: 'Welcome.2024',
        userLicenseType: 'fieldWorkerUT',
        groups: `${allStaff},00000000000000000000000000000000`,
        description: 'Field crew',
      }),
      person('new.builtin2', { password: 'Welcome.2025', role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'viewerUT', groups: [allStaff] }),
    ]);
    expect(body).toEqual({ success: true, notInvited: [] });

    const created = await member('new.builtin1');
    expect(created).toMatchObject({
      username: 'new.builtin1',
      fullName: 'Test Person',
      email: 'new.builtin1@example.org',
      role: 'org_user',
      userLicenseTypeId: 'fieldWorkerUT',
      level: '2',
      provider: 'arcgis',
      lastLogin: -1,
      disabled: false,
      description: 'Field crew',
    });
    expect(Number(created.created)).toBeGreaterThanOrEqual(started);
    expect((created.groups as Json[]).map((g) => g.id)).toEqual([allStaff]);
    expect(await member('new.builtin2')).toMatchObject({ role: 'org_user', roleId: 'iAAAAAAAAAAAAAAA', userLicenseTypeId: 'viewerUT', level: '1' });

    const found = json(await restGet(app, 'portals/self/users/search', { token: admin, q: 'new.builtin1' }));
    expect((found.results as Json[]).map((u) => u.username)).toEqual(['new.builtin1']);
    expect(json(await restGet(app, 'portals/self/users/search', { token: admin, q: 'username:new.builtin*' })).total).toBe(2);
    expect(seatsLeft('fieldWorkerUT')).toBe(before - 1);

    expect(await tokenFor(app, 'new.builtin1', 'Welcome.2024')).toEqual(expect.any(String));
    const row = app.emulator.store.db.prepare(`SELECT password_hash FROM users WHERE username = 'new.builtin1'`).get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^scrypt\$1024\$/);
    expect(row.password_hash).not.toContain('Welcome');
  });

  it('creates enterprise members without a password, idpUsername defaulting to the username', async () => {
    const body = await invite([
      person('HC\\kim.lee', { email: 'kim.lee@harborcity.example', targetUserProvider: 'enterprise', password: 'ignored.1' }),
      person('sam.ortiz_harborcity', { targetUserProvider: 'enterprise', idpUsername: 'sam.ortiz@harborcity.example' }),
    ]);
    expect(body).toEqual({ success: true, notInvited: [] });
    expect(await member('HC\\kim.lee')).toMatchObject({ provider: 'enterprise', idpUsername: 'HC\\kim.lee', lastLogin: -1 });
    expect(await member('sam.ortiz_harborcity')).toMatchObject({ provider: 'enterprise', idpUsername: 'sam.ortiz@harborcity.example' });
    const hash = app.emulator.store.db.prepare(`SELECT password_hash FROM users WHERE username = 'HC\\kim.lee'`).get() as { password_hash: string | null };
    expect(hash.password_hash).toBeNull();
  });

  it('accepts GET too, and applies the new member defaults for a missing role, type and (when asked) groups', async () => {
    expect(
      await invite(
        [{ username: 'defaults.user', firstname: 'Dee', lastname: 'Fault', email: 'dee@example.org', password: 'Defaults.1', applyActUserDefaults: true }],
        admin,
        'GET',
      ),
    ).toEqual({ success: true, notInvited: [] });
    const created = await member('defaults.user');
    expect(created).toMatchObject({ role: 'org_user', userLicenseTypeId: 'creatorUT', fullName: 'Dee Fault' });
    expect((created.groups as Json[]).map((g) => g.title)).toEqual(['All Staff']);
  });
});

describe('portals/self/invite: built-in members without a password', () => {
  it('are created at once, with no password, in their groups; no pending invitation is kept', async () => {
    const started = Date.now();
    expect(await invite([person('nopass.one', { role: 'iBBBBBBBBBBBBBBB', userLicenseType: 'editorUT', groups: allStaff })])).toEqual({
      success: true,
      notInvited: [],
    });
    const created = await member('nopass.one');
    expect(created).toMatchObject({
      username: 'nopass.one',
      provider: 'arcgis',
      roleId: 'iBBBBBBBBBBBBBBB',
      userLicenseTypeId: 'editorUT',
      lastLogin: -1,
      disabled: false,
    });
    expect(Number(created.created)).toBeGreaterThanOrEqual(started);
    expect((created.groups as Json[]).map((g) => g.id)).toEqual([allStaff]);
    const row = app.emulator.store.db.prepare(`SELECT password_hash FROM users WHERE username = 'nopass.one'`).get() as { password_hash: string | null };
    expect(row.password_hash).toBeNull();
    expect(json(await restGet(app, 'portals/self/invitations', { token: admin })).total).toBe(0);
    // The name is now a member's: inviting it again (any case) is refused.
    expect(await invite([person('NoPass.One', { password: 'Another.1' })])).toEqual({ success: true, notInvited: ['NoPass.One'] });
  });
});

describe('portals/self/invite: refusals', () => {
  it('lists every refused invitation by username only, and applies the others', async () => {
    const body = await invite([
      person('ANA.LIMA', { password: 'Good.Pass1' }), // taken, other case
      person('twice.user', { password: 'Good.Pass1' }),
      person('Twice.User', { password: 'Good.Pass1' }), // same name earlier in this request
      person('bob', { password: 'Good.Pass1' }), // too short
      person('bad name!', { password: 'Good.Pass1' }), // characters
      person('bad.email', { email: 'not-an-email', password: 'Good.Pass1' }),
      person('weak.password', { password: 'password' }), // no digit
      person('short.password', { password: 'a1' }),
      person('unknown.role', { role: 'org_wizard', password: 'Good.Pass1' }),
      person('unknown.type', { userLicenseType: 'wizardUT', password: 'Good.Pass1' }),
      person('incompatible', { role: 'org_admin', userLicenseType: 'viewerUT', password: 'Good.Pass1' }),
      person('long.description', { description: 'x'.repeat(251), password: 'Good.Pass1' }),
      person('max.description', { description: 'x'.repeat(250), password: 'Good.Pass1' }),
      person('odd.provider', { targetUserProvider: 'facebook', password: 'Good.Pass1' }),
      person('no.names', { firstname: '', lastname: '', fullname: '', password: 'Good.Pass1' }),
      'not an object',
    ]);
    expect(body).toEqual({
      success: true,
      notInvited: [
        'ANA.LIMA',
        'Twice.User',
        'bob',
        'bad name!',
        'bad.email',
        'weak.password',
        'short.password',
        'unknown.role',
        'unknown.type',
        'incompatible',
        'long.description',
        'odd.provider',
        'no.names',
        '',
      ],
    });
    expect((await member('twice.user')).username).toBe('twice.user');
    expect((await member('max.description')).username).toBe('max.description');
  });

  it('consumes seats in request order and refuses the invitations that find none', async () => {
    expect(seatsLeft('GISProfessionalAdvUT')).toBe(2);
    const body = await invite(
      ['seat.one', 'seat.two', 'seat.three'].map((u) => person(u, { role: 'org_publisher', userLicenseType: 'GISProfessionalAdvUT', password: 'Seats.Pass1' })),
    );
    expect(body.notInvited).toEqual(['seat.three']);
    expect(seatsLeft('GISProfessionalAdvUT')).toBe(0);
    const subscription = json(await restGet(app, 'portals/self/subscriptionInfo', { token: admin }));
    expect(subscription.userLicenseTypes).toMatchObject({ GISProfessionalAdvUT: expect.any(Number) as unknown });
    // An invitation without a password needs a free seat as well.
    expect((await invite([person('seat.nopass', { role: 'org_publisher', userLicenseType: 'GISProfessionalAdvUT' })])).notInvited).toEqual(['seat.nopass']);
  });
});

describe('portals/self/invite: request limits and privileges', () => {
  it('has no per-request limit (none is documented): 101 invitations are all handled', async () => {
    const many = Array.from({ length: 101 }, (_, i) =>
      person(`bulk.user${String(i)}`, { password: 'Bulk.Pass1', role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'viewerUT' }),
    );
    const free = seatsLeft('viewerUT');
    expect(free).toBeLessThan(101);
    const started = performance.now();
    const body = await invite(many);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(body.error).toBeUndefined();
    // Seats run out part-way: the first `free` are created, the rest refused, in request order.
    expect(body.notInvited).toEqual(many.slice(free).map((p) => p.username));
    expect(seatsLeft('viewerUT')).toBe(0);
  });

  it('refuses empty, missing and malformed lists without echoing them', async () => {
    expect((await invite([])).error).toMatchObject({ code: 400, message: 'Unable to invite users: the invitation list is empty.' });
    expect(json(await restPost(app, 'portals/self/invite', { token: admin })).error).toMatchObject({
      code: 400,
      message: 'Unable to invite users: invitationList is required.',
    });
    const broken = json(await restPost(app, 'portals/self/invite', { token: admin, invitationList: '{"invitations":[{"password":"Secret.Pass1"' }));
    expect(broken.error).toMatchObject({ code: 400, message: 'Unable to invite users: invitationList is not valid JSON.' });
    expect(JSON.stringify(broken)).not.toContain('Secret');
    expect(json(await restPost(app, 'portals/self/invite', { token: admin, invitationList: '{"people":[]}' })).error).toMatchObject({ code: 400 });
  });

  it('needs portal:admin:inviteUsers', async () => {
    for (const token of [helpdesk, viewer]) {
      expect((await invite([person('not.allowed', { password: 'Good.Pass1' })], token)).error).toEqual({
        code: 403,
        messageCode: 'GWM_0003',
        message: 'You do not have permissions to access this resource or perform this operation.',
        details: [],
      });
    }
    expect(json(await restPost(app, 'portals/self/invite', { invitationList: '[]' })).error).toMatchObject({ code: 499 });
    expect(json(await restGet(app, 'portals/self/invitations', { token: viewer })).error).toMatchObject({ code: 403 });
    expect((await member('not.allowed')).error).toMatchObject({ code: 400 });
  });
});

describe('community/checkUsernames', () => {
  it('returns the name when free and the first free variant when taken (members and invitations, any case)', async () => {
    const body = json(await restPost(app, 'community/checkUsernames', { token: helpdesk, usernames: 'brand.new.name, ana.lima,Ana.Lima,portaladmin' }));
    expect(body).toEqual({
      usernames: [
        { requested: 'brand.new.name', suggested: 'brand.new.name' },
        { requested: 'ana.lima', suggested: 'ana.lima1' },
        { requested: 'Ana.Lima', suggested: 'Ana.Lima1' },
        { requested: 'portaladmin', suggested: 'portaladmin1' },
      ],
    });
    expect((await invite([person('ana.lima1', { password: 'Good.Pass1' })])).notInvited).toEqual([]);
    expect(json(await restGet(app, 'community/checkUsernames', { token: admin, usernames: 'ana.lima' }))).toEqual({
      usernames: [{ requested: 'ana.lima', suggested: 'ana.lima2' }],
    });
    expect(json(await restGet(app, 'community/checkUsernames', { token: admin, usernames: '' }))).toEqual({ usernames: [] });
  });

  it('takes at most 200 names and needs inviteUsers or viewUsers', async () => {
    const names = Array.from({ length: 201 }, (_, i) => `name${String(i)}`);
    expect(json(await restPost(app, 'community/checkUsernames', { token: admin, usernames: names.join(',') })).error).toMatchObject({
      code: 400,
      message: 'Exceeded maximum number of usernames allowed per call.',
    });
    expect((json(await restPost(app, 'community/checkUsernames', { token: admin, usernames: names.slice(0, 200).join(',') })).usernames as Json[]).length).toBe(
      200,
    );
    expect(json(await restGet(app, 'community/checkUsernames', { token: viewer, usernames: 'x' })).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    expect(json(await restGet(app, 'community/checkUsernames', { usernames: 'x' })).error).toMatchObject({ code: 499 });
  });
});

describe('password policy', () => {
  it('is at securityPolicy, for anyone', async () => {
    const policy = { type: 'default', minLength: 8, minLetter: 1, minDigit: 1, created: -1, modified: -1 };
    expect(json(await restGet(app, 'portals/self/securityPolicy'))).toEqual({ passwordPolicy: policy });
    expect(json(await restGet(app, 'portals/self/securityPolicy', { token: viewer }))).toEqual({ passwordPolicy: policy });
  });
});

describe('reset', () => {
  it('removes created members', async () => {
    expect((await invite([person('before.reset', { password: 'Good.Pass1' }), person('nopass.reset')])).notInvited).toEqual([]);
    expect((await app.inject({ method: 'POST', url: '/__emulator/reset' })).statusCode).toBe(200);
    expect((await member('before.reset')).error).toMatchObject({ code: 400 });
    expect((await member('nopass.reset')).error).toMatchObject({ code: 400 });
    expect(json(await restGet(app, 'portals/self/invitations', { token: admin })).total).toBe(0);
    expect(seatsLeft('GISProfessionalAdvUT')).toBe(2);
  });
});
