import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { EXISTING_ENTERPRISE_MEMBERS, IDENTITY_USERS, LARGE_ENTERPRISE_GROUP, LARGE_ENTERPRISE_GROUP_SIZE } from '../store/seed-enterprise';
import { DEMO, FIXED_SEED_NOW, FORM, json, restGet, tokenFor, type Json } from '../testing/inject';

const ADMIN = '/portal/portaladmin';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW, testMode: true, flavor: 'enterprise' });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
});
afterAll(() => app.close());

/** POST with the token in the body, as DOC requires for every Portal Administrator API POST. */
const adminPost = async (path: string, params: Record<string, string>, token = admin): Promise<Json> =>
  json(await app.inject({ method: 'POST', url: `${ADMIN}/${path}`, headers: FORM, payload: new URLSearchParams({ f: 'json', token, ...params }).toString() }));

const builtIn = (username: string, extra: Record<string, string> = {}) => ({
  username,
  password: 'Welcome.2024x',
  firstname: 'Test',
  lastname: 'Person',
  email: `${username}@example.org`,
  role: 'org_user',
  userLicenseTypeId: 'creatorUT',
  provider: 'arcgis',
  ...extra,
});

describe('portals/self on ArcGIS Enterprise', () => {
  it('reports a single-tenant portal and no subscription', async () => {
    const self = json(await restGet(app, 'portals/self', { token: admin }));
    expect(self).toMatchObject({ isPortal: true, portalMode: 'singletenant' });
    expect(self.subscriptionInfo).toBeUndefined();
  });

  it('hides the esri_* system accounts from listings that exclude them, and lists them otherwise', async () => {
    const listed = json(await restGet(app, 'portals/self/users/search', { token: admin, q: 'esri_', num: '100', excludeSystemUsers: 'true' }));
    expect((listed.results as Json[]).map((u) => u.username)).not.toContain('esri_livingatlas');
    const all = json(await restGet(app, 'portals/self/users/search', { token: admin, q: 'esri_livingatlas', num: '100' }));
    expect((all.results as Json[]).map((u) => u.username)).toContain('esri_livingatlas');
  });
});

describe('security/users/searchEnterpriseUsers', () => {
  it('finds accounts of the identity store by part of a name, with the documented fields and hasMore', async () => {
    const body = await adminPost('security/users/searchEnterpriseUsers', { filter: '', maxCount: '25' });
    expect(body.hasMore).toBe(true);
    const users = body.users as Json[];
    expect(users).toHaveLength(25);
    expect(Object.keys(users[0] ?? {}).sort()).toEqual(['description', 'email', 'fullname', 'username']);
    expect(String(users[0]?.username)).toMatch(/^HARBOR\\/);

    const name = String(users[0]?.fullname).split(' ')[1] ?? '';
    const narrowed = await adminPost('security/users/searchEnterpriseUsers', { filter: name.toLowerCase(), maxCount: '1000' });
    expect(
      (narrowed.users as Json[]).every((u) => `${String(u.username)} ${String(u.fullname)} ${String(u.email)}`.toLowerCase().includes(name.toLowerCase())),
    ).toBe(true);
    const all = await adminPost('security/users/searchEnterpriseUsers', { maxCount: '5000' });
    expect((all.users as Json[]).length).toBe(IDENTITY_USERS);
    expect((all.users as Json[]).some((u) => u.email === '')).toBe(true);
  });

  it('refuses a viewer and a missing token with the administrator API error shape', async () => {
    expect(await adminPost('security/users/searchEnterpriseUsers', { filter: 'a' }, viewer)).toMatchObject({ status: 'error', code: 403 });
    const anonymous = json(await app.inject({ method: 'POST', url: `${ADMIN}/security/users/searchEnterpriseUsers`, headers: FORM, payload: 'f=json' }));
    expect(anonymous).toMatchObject({ status: 'error', code: 499 });
  });
});

describe('security/groups', () => {
  it('searchEnterpriseGroups answers rolenames', async () => {
    const body = await adminPost('security/groups/searchEnterpriseGroups', { filter: 'gis', maxCount: '100' });
    expect(body).toEqual({ groups: [{ rolename: LARGE_ENTERPRISE_GROUP }], hasMore: false });
    const all = await adminPost('security/groups/searchEnterpriseGroups', { maxCount: '100' });
    expect((all.groups as Json[]).length).toBe(12);
  });

  it('getUsersWithinEnterpriseGroup lists the accounts of a group, paged by maxCount', async () => {
    const first = await adminPost('security/groups/getUsersWithinEnterpriseGroup', { groupName: LARGE_ENTERPRISE_GROUP, maxCount: '1000' });
    expect((first.users as Json[]).length).toBe(1000);
    expect(first.hasMore).toBe(true);
    const whole = await adminPost('security/groups/getUsersWithinEnterpriseGroup', { groupName: LARGE_ENTERPRISE_GROUP, maxCount: '5000' });
    expect((whole.users as Json[]).length).toBe(LARGE_ENTERPRISE_GROUP_SIZE);
    expect(whole.hasMore).toBe(false);
    expect(await adminPost('security/groups/getUsersWithinEnterpriseGroup', { groupName: 'HARBOR\\Nobody' })).toMatchObject({ status: 'error', code: 400 });
  });

  it('some accounts of the large group are already members (provider enterprise)', async () => {
    const whole = await adminPost('security/groups/getUsersWithinEnterpriseGroup', { groupName: LARGE_ENTERPRISE_GROUP, maxCount: '5000' });
    const usernames = (whole.users as Json[]).map((u) => String(u.username));
    let members = 0;
    for (const username of usernames.slice(0, 200)) {
      const user = json(await restGet(app, `community/users/${encodeURIComponent(username)}`, { token: admin }));
      if (!user.error) {
        members += 1;
        expect(user.provider).toBe('enterprise');
      }
    }
    expect(members).toBeGreaterThan(0);
    expect(members).toBeLessThanOrEqual(EXISTING_ENTERPRISE_MEMBERS);
  });
});

describe('security/users/createUser', () => {
  it('creates a built-in account that can sign in, and refuses the same username again', async () => {
    expect(await adminPost('security/users/createUser', builtIn('new_builtin1'))).toEqual({ status: 'success' });
    const user = json(await restGet(app, 'community/users/new_builtin1', { token: admin }));
    expect(user).toMatchObject({ username: 'new_builtin1', provider: 'arcgis', userLicenseTypeId: 'creatorUT', email: 'new_builtin1@example.org' });
    await expect(tokenFor(app, 'new_builtin1', 'Welcome.2024x')).resolves.toEqual(expect.any(String));
    const again = await adminPost('security/users/createUser', builtIn('new_builtin1'));
    expect(again).toMatchObject({ status: 'error', code: 400 });
    expect(String((again.messages as string[])[0])).toContain('already exists');
  });

  it('applies the built-in username rule of Enterprise: 6–24 letters, digits or underscores', async () => {
    for (const username of ['a'.repeat(25), 'bad-user.name', 'short']) {
      const body = await adminPost('security/users/createUser', builtIn(username));
      expect(body, username).toMatchObject({ status: 'error', code: 400 });
      expect(String((body.messages as string[])[0])).toContain('6 to 24');
    }
    expect(await adminPost('security/users/createUser', builtIn('a'.repeat(24)))).toEqual({ status: 'success' });
  });

  it('creates an enterprise account under its directory login, without a password, and refuses a missing email', async () => {
    const body = await adminPost('security/users/createUser', {
      username: 'HARBOR\\newperson',
      firstname: 'New',
      lastname: 'Person',
      email: 'newperson@harbor.local',
      role: 'iAAAAAAAAAAAAAAA',
      userLicenseTypeId: 'viewerUT',
      provider: 'enterprise',
      idpUsername: 'HARBOR\\newperson',
    });
    expect(body).toEqual({ status: 'success' });
    const user = json(await restGet(app, `community/users/${encodeURIComponent('HARBOR\\newperson')}`, { token: admin }));
    expect(user).toMatchObject({ provider: 'enterprise', idpUsername: 'HARBOR\\newperson', userLicenseTypeId: 'viewerUT' });
    const noEmail = await adminPost('security/users/createUser', {
      username: 'HARBOR\\nomail',
      firstname: 'No',
      lastname: 'Mail',
      userLicenseTypeId: 'viewerUT',
      provider: 'enterprise',
    });
    expect(noEmail).toMatchObject({ status: 'error', code: 400 });
    expect(String((noEmail.messages as string[])[0])).toContain('email');
  });

  it('refuses a role the user type cannot carry, and a help desk role without the add privilege', async () => {
    expect(await adminPost('security/users/createUser', builtIn('viewer_admin1', { role: 'org_admin', userLicenseTypeId: 'viewerUT' }))).toMatchObject({
      status: 'error',
    });
    expect(await adminPost('security/users/createUser', builtIn('helpdesk_made1'), helpdesk)).toMatchObject({ status: 'error', code: 403 });
  });
});

describe('security/config and license', () => {
  it('reports the identity store and automatic registration, and only an administrator changes it', async () => {
    const config = await adminPost('security/config', {});
    expect(config).toMatchObject({ enableAutomaticAccountCreation: false, userStoreConfig: { type: 'WINDOWS' } });
    const updated = await adminPost('security/config/update', { securityConfig: JSON.stringify({ enableAutomaticAccountCreation: true }) });
    expect(updated).toMatchObject({ enableAutomaticAccountCreation: true });
    expect(await adminPost('security/config', {})).toMatchObject({ enableAutomaticAccountCreation: true });
    expect(await adminPost('security/config/update', { securityConfig: '{}' }, viewer)).toMatchObject({ status: 'error', code: 403 });
  });

  it('license lists the seats of each user type', async () => {
    const license = await adminPost('license', {});
    const creator = (license.userTypes as Json[]).find((t) => t.id === 'creatorUT');
    expect(Number(creator?.maximumRegisteredMembers)).toBeGreaterThan(Number(creator?.currentRegisteredMembers));
    expect(Number(license.currentRegisteredMembers)).toBeGreaterThan(300);
  });
});

describe('ArcGIS Online has no Portal Administrator API', () => {
  it('answers 404 after switching the flavor back, and the identity store is gone', async () => {
    const online = await buildEmulator({ members: 100, seedNow: FIXED_SEED_NOW, testMode: true });
    try {
      const token = await tokenFor(online, ...DEMO.admin);
      const response = await online.inject({
        method: 'POST',
        url: `${ADMIN}/security/users/searchEnterpriseUsers`,
        headers: FORM,
        payload: `f=json&token=${token}`,
      });
      expect(response.statusCode).toBe(404);
      const self = json(await restGet(online, 'portals/self', { token }));
      expect(self).toMatchObject({ isPortal: false, portalMode: 'multitenant' });
    } finally {
      await online.close();
    }
  });
});
