import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor } from '../testing/inject';

const MEMBER_PASSWORD = 'Roster.Member1';
const FORBIDDEN = { code: 403, messageCode: 'GWM_0003' };

async function signIn(app: FastifyInstance, username: string, password: string) {
  return json(await restPost(app, 'generateToken', { username, password, client: 'referer', referer: 'http://localhost' }));
}

async function sentEmails(app: FastifyInstance) {
  return json(await app.inject({ method: 'GET', url: '/__emulator/password-reset-emails' })).emails as unknown[];
}

async function resetEmulator(app: FastifyInstance) {
  await app.inject({ method: 'POST', url: '/__emulator/reset' });
}

describe.each(['online', 'enterprise'] as const)('community/users/{u}/reset on ArcGIS %s', (flavor) => {
  let app: FastifyInstance;
  let admin: string;
  let helpdesk: string;
  let viewer: string;

  beforeAll(async () => {
    app = await buildEmulator({ members: 50, seedNow: FIXED_SEED_NOW, testMode: true, flavor });
    [admin, helpdesk, viewer] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.helpdesk), tokenFor(app, ...DEMO.viewer)]);
  });
  afterAll(() => app.close());
  beforeEach(() => resetEmulator(app));

  it('asks the portal to e-mail a built-in member (email=true, no password, as PY reset_by_email) and changes nothing yet', async () => {
    const body = json(await restPost(app, 'community/users/ana.lima/reset', { token: admin, email: 'True' }));
    expect(body).toEqual({ success: true });
    expect((await signIn(app, 'ana.lima', MEMBER_PASSWORD)).token).toEqual(expect.any(String));
    expect(await sentEmails(app)).toEqual([
      { username: 'ana.lima', email: expect.stringContaining('ana.lima@') as unknown, requested: expect.any(Number) as unknown },
    ]);
    await resetEmulator(app);
    expect(await sentEmails(app)).toEqual([]);
  });

  it('refuses administrators without the privilege to update members (Help Desk) and other members (Viewer)', async () => {
    for (const token of [helpdesk, viewer]) {
      const body = json(await restPost(app, 'community/users/ana.lima/reset', { token, email: 'true' }));
      expect(body.error).toMatchObject(FORBIDDEN);
    }
    expect(await sentEmails(app)).toEqual([]);
  });

  it('refuses an enterprise (SAML) member, who has no portal password', async () => {
    const body = json(await restPost(app, 'community/users/eva.schmidt/reset', { token: admin, email: 'true' }));
    expect(body.error).toMatchObject({ code: 400 });
    expect(String(body.error?.message)).toContain('identity provider');
  });

  it('answers an unknown member as the portal does', async () => {
    const body = json(await restPost(app, 'community/users/nobody.here/reset', { token: admin, email: 'true' }));
    expect(body.error).toMatchObject({ code: 400, message: 'User does not exist or is inaccessible.' });
  });

  it('needs the current password otherwise: an administrator cannot set a password through reset', async () => {
    const withoutCurrent = json(await restPost(app, 'community/users/ana.lima/reset', { token: admin, newPassword: 'Brand.New.2026' }));
    expect(withoutCurrent.error).toMatchObject({ code: 400 });
    const wrong = json(await restPost(app, 'community/users/ana.lima/reset', { token: admin, password: 'Wrong.Guess1', newPassword: 'Brand.New.2026' }));
    expect(wrong.error).toMatchObject({ code: 400, message: 'Incorrect password.' });
    expect((await signIn(app, 'ana.lima', 'Brand.New.2026')).token).toBeUndefined();
  });

  it('lets a member change their own password with the current one (PY User.reset(password, new_password))', async () => {
    const self = await tokenFor(app, 'carla.rossi', MEMBER_PASSWORD);
    const body = json(await restPost(app, 'community/users/carla.rossi/reset', { token: self, password: MEMBER_PASSWORD, newPassword: 'Carla.Changed9' }));
    expect(body).toEqual({ success: true });
    expect((await signIn(app, 'carla.rossi', 'Carla.Changed9')).token).toEqual(expect.any(String));
    expect((await signIn(app, 'carla.rossi', MEMBER_PASSWORD)).token).toBeUndefined();
  });
});

describe('community/users/{u}/update with password (an administrator’s temporary password)', () => {
  let enterprise: FastifyInstance;
  let online: FastifyInstance;
  let admin: string;

  beforeAll(async () => {
    [enterprise, online] = await Promise.all([
      buildEmulator({ members: 50, seedNow: FIXED_SEED_NOW, testMode: true, flavor: 'enterprise' }),
      buildEmulator({ members: 50, seedNow: FIXED_SEED_NOW, testMode: true }),
    ]);
    admin = await tokenFor(enterprise, ...DEMO.admin);
  });
  afterAll(() => Promise.all([enterprise.close(), online.close()]));
  beforeEach(() => resetEmulator(enterprise));

  it('on Enterprise: the member signs in with the new password, the old one fails, and their sessions end', async () => {
    const before = await tokenFor(enterprise, 'ana.lima', MEMBER_PASSWORD);
    const body = json(await restPost(enterprise, 'community/users/ana.lima/update', { token: admin, password: 'Temp-7kQ2-xR9p-Wm4d' }));
    expect(body).toEqual({ success: true, username: 'ana.lima' });
    expect((await signIn(enterprise, 'ana.lima', 'Temp-7kQ2-xR9p-Wm4d')).token).toEqual(expect.any(String));
    expect((await signIn(enterprise, 'ana.lima', MEMBER_PASSWORD)).token).toBeUndefined();
    expect(json(await restGet(enterprise, 'community/self', { token: before })).error).toMatchObject({ code: 498 });
    // The administrator's own session goes on.
    expect(json(await restGet(enterprise, 'community/self', { token: admin })).username).toBe('portaladmin');
  });

  it('on Enterprise: refuses a password the policy does not allow, naming what it lacks, and keeps the old one', async () => {
    const body = json(await restPost(enterprise, 'community/users/ana.lima/update', { token: admin, password: 'short' }));
    expect(body.error).toMatchObject({ code: 400, details: ['minLength', 'minDigit'] });
    expect((await signIn(enterprise, 'ana.lima', MEMBER_PASSWORD)).token).toEqual(expect.any(String));
  });

  it('on Enterprise: refuses an enterprise (SAML) member and callers without the privilege to update members', async () => {
    const saml = json(await restPost(enterprise, 'community/users/eva.schmidt/update', { token: admin, password: 'Temp-7kQ2-xR9p-Wm4d' }));
    expect(String(saml.error?.message)).toContain('no portal password');
    const helpdesk = await tokenFor(enterprise, ...DEMO.helpdesk);
    const refused = json(await restPost(enterprise, 'community/users/ana.lima/update', { token: helpdesk, password: 'Temp-7kQ2-xR9p-Wm4d' }));
    expect(refused.error).toMatchObject(FORBIDDEN);
    const viewer = await tokenFor(enterprise, ...DEMO.viewer);
    const own = json(await restPost(enterprise, 'community/users/viewer_demo/update', { token: viewer, password: 'Temp-7kQ2-xR9p-Wm4d' }));
    expect(own.error).toMatchObject(FORBIDDEN);
    expect((await signIn(enterprise, 'ana.lima', MEMBER_PASSWORD)).token).toEqual(expect.any(String));
  });

  it('on ArcGIS Online: refused (PY sets it on Enterprise only), nothing changes', async () => {
    const onlineAdmin = await tokenFor(online, ...DEMO.admin);
    const body = json(await restPost(online, 'community/users/ana.lima/update', { token: onlineAdmin, password: 'Temp-7kQ2-xR9p-Wm4d', description: 'x' }));
    expect(body.error).toMatchObject({ code: 400 });
    expect((await signIn(online, 'ana.lima', MEMBER_PASSWORD)).token).toEqual(expect.any(String));
    expect(json(await restGet(online, 'community/users/ana.lima', { token: onlineAdmin })).description).not.toBe('x');
  });
});
