import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { VIEWER_PRIVILEGES } from '../store/privileges';
import { DEMO, FIXED_SEED_NOW, json, restGet, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 400, seedNow: FIXED_SEED_NOW });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
});
afterAll(() => app.close());

describe('community/self', () => {
  it('describes the built-in administrator: org_admin without roleId', async () => {
    const self = json(await restGet(app, 'community/self', { token: admin }));
    expect(self).toMatchObject({ username: 'portaladmin', role: 'org_admin', userLicenseTypeId: 'creatorUT', orgId: expect.any(String) as unknown });
    expect(self).not.toHaveProperty('roleId');
    expect(self.privileges).toEqual(
      expect.arrayContaining(['portal:admin:viewUsers', 'portal:admin:reassignItems', 'portal:publisher:publishFeatures', 'portal:user:createItem']),
    );
    const groups = self.groups as Json[];
    expect(groups.find((g) => g.title === 'All Staff')).toMatchObject({ userMembership: { username: 'portaladmin', memberType: 'owner', applications: 0 } });
  });

  it('describes a Viewer with roleId and exactly the Viewer privileges', async () => {
    const self = json(await restGet(app, 'community/self', { token: viewer }));
    expect(self).toMatchObject({ role: 'org_user', roleId: 'iAAAAAAAAAAAAAAA', userLicenseTypeId: 'viewerUT', level: '1' });
    expect(self.privileges).toEqual([...VIEWER_PRIVILEGES]);
  });

  it('reports the Help Desk custom role as org_admin plus roleId', async () => {
    const self = json(await restGet(app, 'community/self', { token: helpdesk }));
    expect(self.role).toBe('org_admin');
    expect(self.roleId).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(self.privileges).toEqual(
      expect.arrayContaining(['portal:admin:viewUsers', 'portal:admin:viewGroups', 'portal:admin:viewItems', 'portal:admin:reassignItems']),
    );
    expect((self.privileges as string[]).filter((p) => p.startsWith('portal:admin:'))).toHaveLength(4);
  });
});

describe('portals/self', () => {
  it('describes the organization and the caller, with seats for admins', async () => {
    const portal = json(await restGet(app, 'portals/self', { token: admin }));
    expect(portal).toMatchObject({
      name: 'Harbor City GIS',
      urlKey: 'harborcity',
      isPortal: false,
      portalMode: 'multitenant',
      allSSL: false,
      supportsOAuth: true,
      currentVersion: expect.any(String) as unknown,
      defaultUserLicenseTypeId: 'creatorUT',
      user: { username: 'portaladmin', role: 'org_admin' },
    });
    expect(portal.id).toMatch(/^[A-Za-z0-9]{16}$/);
    expect(portal).not.toHaveProperty('authorizedCrossOriginNoCorsDomains');
    const subscription = portal.subscriptionInfo as Json;
    expect((subscription.userLicenseTypes as Record<string, number>).creatorUT).toBeGreaterThan(0);
  });

  it('carries defaultUserCreditAssignment -1 and no password policy (that is at securityPolicy)', async () => {
    const portal = json(await restGet(app, 'portals/self', { token: admin }));
    expect(portal.defaultUserCreditAssignment).toBe(-1);
    expect(portal).not.toHaveProperty('passwordPolicy');
    expect(json(await restGet(app, 'portals/self/securityPolicy')).passwordPolicy).toMatchObject({ type: 'default', minLength: 8 });
    expect(json(await restGet(app, 'portals/self/passwordPolicy', { token: admin })).error).toMatchObject({ code: 400, message: 'Invalid URL' });
  });

  it('leaves purchased seats out of subscriptionInfo while hideSeats is on', async () => {
    app.emulator.config.hideSeats = true;
    try {
      const inPortal = json(await restGet(app, 'portals/self', { token: admin })).subscriptionInfo as Json;
      const alone = json(await restGet(app, 'portals/self/subscriptionInfo', { token: admin }));
      for (const subscription of [inPortal, alone]) {
        expect(subscription).toMatchObject({ state: 'active' });
        expect(subscription).not.toHaveProperty('userLicenseTypes');
      }
    } finally {
      app.emulator.config.hideSeats = false;
    }
    expect(json(await restGet(app, 'portals/self/subscriptionInfo', { token: admin }))).toHaveProperty('userLicenseTypes');
  });

  it('leaves out subscription info for members, and the user when anonymous', async () => {
    const member = json(await restGet(app, 'portals/self', { token: viewer }));
    expect(member.user).toMatchObject({ username: 'viewer_demo' });
    expect(member).not.toHaveProperty('subscriptionInfo');
    const anonymous = json(await restGet(app, 'portals/self'));
    expect(anonymous.name).toBe('Harbor City GIS');
    expect(anonymous).not.toHaveProperty('user');
    expect(json(await restGet(app, 'portals/self', { token: 'bogus' })).error).toMatchObject({ code: 498 });
  });

  it('serves new member defaults and subscription info to admins only', async () => {
    const defaults = json(await restGet(app, 'portals/self/userDefaultSettings', { token: admin }));
    expect(defaults).toMatchObject({ role: 'org_user', userLicenseType: 'creatorUT', userType: 'arcgisonly' });
    expect((defaults.groups as string[]).length).toBe(1);
    expect(json(await restGet(app, 'portals/self/userDefaultSettings', { token: viewer })).error).toMatchObject({ code: 403 });
    expect(json(await restGet(app, 'portals/self/subscriptionInfo', { token: admin })).state).toBe('active');
  });
});

describe('roles', () => {
  it('lists Viewer, Data Editor and custom roles (not the built-in three)', async () => {
    const body = json(await restGet(app, 'portals/self/roles', { token: admin }));
    expect(body).toMatchObject({ total: 4, start: 1, num: 10, nextStart: -1 });
    const roles = body.roles as Json[];
    expect(roles.map((r) => r.name)).toEqual(['Viewer', 'Data Editor', 'Help Desk', 'tiles_publisher']);
    expect(roles[0]).toMatchObject({ id: 'iAAAAAAAAAAAAAAA' });
    expect(roles[1]).toMatchObject({ id: 'iBBBBBBBBBBBBBBB' });
    expect(Object.keys(roles[0] ?? {})).toEqual(['id', 'name', 'description', 'created', 'modified']);
  });

  it('adds privileges with returnPrivileges=true, and pages', async () => {
    const body = json(await restGet(app, 'portals/self/roles', { token: helpdesk, returnPrivileges: 'true', num: '1', start: '4' }));
    expect(body).toMatchObject({ total: 4, start: 4, num: 1, nextStart: -1 });
    expect((body.roles as Json[])[0]).toMatchObject({
      name: 'tiles_publisher',
      privileges: ['portal:publisher:publishTiles', 'portal:user:createItem', 'portal:user:joinGroup'],
    });
    expect(json(await restGet(app, 'portals/self/roles', { token: admin, num: '2' })).nextStart).toBe(3);
  });

  it('serves one role and its privileges', async () => {
    expect(json(await restGet(app, 'portals/self/roles/iBBBBBBBBBBBBBBB', { token: admin }))).toMatchObject({ id: 'iBBBBBBBBBBBBBBB', name: 'Data Editor' });
    expect(json(await restGet(app, 'portals/self/roles/iBBBBBBBBBBBBBBB/privileges', { token: admin })).privileges).toContain('features:user:edit');
    expect(json(await restGet(app, 'portals/self/roles/doesNotExist0000', { token: admin })).error).toMatchObject({ code: 400 });
  });

  it('is refused to members without admin privileges', async () => {
    for (const path of [
      'portals/self/roles',
      'portals/self/roles/iAAAAAAAAAAAAAAA',
      'portals/self/roles/iAAAAAAAAAAAAAAA/privileges',
      'portals/self/userLicenseTypes',
    ]) {
      expect(json(await restGet(app, path, { token: viewer })).error, path).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    }
  });
});

describe('userLicenseTypes', () => {
  it('lists user types with id, name, description, level and apps only (no seats) without extensions', async () => {
    const body = json(await restGet(app, 'portals/self/userLicenseTypes', { token: admin }));
    expect(body).toMatchObject({ total: 7, start: 1, num: 10, nextStart: -1 });
    for (const type of body.userLicenseTypes as Json[]) {
      expect(Object.keys(type)).toEqual(['id', 'name', 'description', 'level', 'apps']);
    }
  });

  it('adds seats and compatible roles with extensions', async () => {
    app.emulator.config.extensions = true;
    const body = json(await restGet(app, 'portals/self/userLicenseTypes', { token: admin }));
    app.emulator.config.extensions = false;
    expect(body).toMatchObject({ total: 7, start: 1, num: 10, nextStart: -1 });
    const types: Record<string, Json> = Object.fromEntries((body.userLicenseTypes as Json[]).map((t) => [String(t.id), t]));
    expect(Object.keys(types)).toEqual([
      'creatorUT',
      'GISProfessionalBasicUT',
      'GISProfessionalStdUT',
      'GISProfessionalAdvUT',
      'editorUT',
      'fieldWorkerUT',
      'viewerUT',
    ]);
    expect(types.creatorUT).toMatchObject({ name: 'Creator', availableUsers: 7 });
    expect(types.viewerUT?.compatibleRoles).toEqual(['iAAAAAAAAAAAAAAA']);
    expect(types.editorUT?.compatibleRoles).toEqual(['iAAAAAAAAAAAAAAA', 'iBBBBBBBBBBBBBBB']);
    expect(types.fieldWorkerUT?.compatibleRoles).toEqual(['org_user', 'iAAAAAAAAAAAAAAA', 'iBBBBBBBBBBBBBBB']);
    expect(types.creatorUT?.compatibleRoles).toHaveLength(7);
    expect(types.GISProfessionalAdvUT?.compatibleRoles).toEqual(expect.arrayContaining(['org_admin', 'org_publisher']));
  });

  it('counts assigned seats (extensions) like users/counts does', async () => {
    app.emulator.config.extensions = true;
    const body = json(await restGet(app, 'portals/self/userLicenseTypes', { token: admin }));
    app.emulator.config.extensions = false;
    const creator = (body.userLicenseTypes as Json[]).find((t) => t.id === 'creatorUT');
    const counts = json(await restGet(app, 'portals/self/users/counts', { token: admin, type: 'userLicenseType' }));
    expect(creator?.assignedUsers).toBe((counts.results as Json[]).find((r) => r.key === 'creatorUT')?.count);
    expect(Number(creator?.maxUsers) - Number(creator?.assignedUsers)).toBe(7);
  });
});
