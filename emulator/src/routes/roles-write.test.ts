import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW, testMode: true });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
});
beforeEach(async () => {
  await app.inject({ method: 'POST', url: '/__emulator/reset' });
});
afterAll(() => app.close());

const VIEWER = 'iAAAAAAAAAAAAAAA';
const DATA_EDITOR = 'iBBBBBBBBBBBBBBB';

const createRole = async (name: string, description = '', token = admin) => json(await restPost(app, 'portals/self/createRole', { token, name, description }));
const setPrivileges = async (id: string, privileges: string[], token = admin) =>
  json(await restPost(app, `portals/self/roles/${id}/setPrivileges`, { token, privileges: JSON.stringify({ privileges }) }));
const roleById = async (id: string) => json(await restGet(app, `portals/self/roles/${id}`, { token: admin }));
const errorMessage = (body: Json) => String(body.error?.message);
const roleIdNamed = async (name: string) => {
  const body = json(await restGet(app, 'portals/self/roles', { token: admin, num: '100' }));
  return String((body.roles as Json[]).find((role) => role.name === name)?.id);
};

describe('portals/self/createRole', () => {
  it('creates a listed role with no privileges and answers its id', async () => {
    const body = await createRole('Field Supervisor', 'Reviews field edits');
    expect(body).toEqual({ success: true, id: expect.stringMatching(/^[A-Za-z0-9]{16}$/) as unknown });
    const role = await roleById(String(body.id));
    expect(role).toMatchObject({ name: 'Field Supervisor', description: 'Reviews field edits' });
    const privileges = json(await restGet(app, `portals/self/roles/${String(body.id)}/privileges`, { token: admin }));
    expect(privileges).toEqual({ privileges: [] });
  });

  it('refuses a missing or too long name, a too long description, and a taken name in any case', async () => {
    expect(errorMessage(await createRole('  '))).toBe('Unable to create role: name is required.');
    expect(errorMessage(await createRole('x'.repeat(129)))).toMatch(/name is longer than 128 characters/);
    expect((await createRole('x'.repeat(128))).success).toBe(true);
    expect(errorMessage(await createRole('Short', 'd'.repeat(251)))).toMatch(/description is longer than 250 characters/);
    expect((await createRole('Short', 'd'.repeat(250))).success).toBe(true);
    expect(errorMessage(await createRole('help desk'))).toBe('Unable to create role: a role named "help desk" already exists.');
    expect(errorMessage(await createRole('VIEWER'))).toMatch(/already exists/);
    expect(errorMessage(await createRole('Administrator'))).toMatch(/name of a default role/);
  });

  it('is refused to viewer_demo and helpdesk_demo (no manageRoles)', async () => {
    for (const token of [viewer, helpdesk]) {
      const body = await createRole('Sneaky', '', token);
      expect(body.error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    }
  });
});

describe('portals/self/roles/{id}/update and setPrivileges', () => {
  it('renames, describes and sets privileges; members report the built-in role the privileges resemble', async () => {
    const id = String((await createRole('Analysts')).id);
    expect(json(await restPost(app, `portals/self/roles/${id}/update`, { token: admin, name: 'GIS Analysts', description: 'Analysis' }))).toEqual({
      success: true,
    });
    expect(await roleById(id)).toMatchObject({ name: 'GIS Analysts', description: 'Analysis' });
    expect(await setPrivileges(id, ['portal:user:joinGroup', 'portal:publisher:publishFeatures', 'portal:user:joinGroup'])).toEqual({ success: true });
    const privileges = json(await restGet(app, `portals/self/roles/${id}/privileges`, { token: admin }));
    expect(privileges.privileges).toEqual(['portal:user:joinGroup', 'portal:publisher:publishFeatures']);

    const helpDesk = await roleIdNamed('Help Desk');
    const before = json(await restGet(app, 'community/users/helpdesk_demo', { token: admin }));
    expect(before.role).toBe('org_admin');
    expect(await setPrivileges(helpDesk, ['portal:user:joinGroup', 'portal:user:createItem'])).toEqual({ success: true });
    const after = json(await restGet(app, 'community/users/helpdesk_demo', { token: admin }));
    expect(after).toMatchObject({ role: 'org_user', roleId: helpDesk, privileges: ['portal:user:joinGroup', 'portal:user:createItem'] });
  });

  it('refuses unknown privilege strings, naming them, and malformed JSON', async () => {
    const id = String((await createRole('Analysts')).id);
    const body = await setPrivileges(id, ['portal:user:joinGroup', 'portal:user:flyToMars']);
    expect(body.error).toMatchObject({
      code: 400,
      message: 'Unable to set privileges: unknown privilege portal:user:flyToMars.',
      details: ['portal:user:flyToMars'],
    });
    const malformed = json(await restPost(app, `portals/self/roles/${id}/setPrivileges`, { token: admin, privileges: '{oops' }));
    expect(errorMessage(malformed)).toBe('Unable to set privileges: privileges is not valid JSON.');
  });

  it('refuses privileges that the user types of the members holding the role cannot carry', async () => {
    const id = String((await createRole('Readers')).id);
    // viewer_demo has the Viewer user type, which carries view-only roles.
    app.emulator.store.prepare("UPDATE users SET roleid = ? WHERE username = 'viewer_demo'").run(id);
    expect(await setPrivileges(id, ['portal:user:joinGroup', 'portal:user:viewOrgItems'])).toEqual({ success: true });
    const body = await setPrivileges(id, ['portal:user:joinGroup', 'portal:user:createItem']);
    expect(errorMessage(body)).toBe('Unable to set privileges: 1 member holding Readers has a user type that cannot carry these privileges (Viewer: 1).');
    expect(json(await restGet(app, `portals/self/roles/${id}/privileges`, { token: admin })).privileges).toEqual([
      'portal:user:joinGroup',
      'portal:user:viewOrgItems',
    ]);
  });

  it('refuses Viewer and Data Editor, unknown roles, and callers without manageRoles', async () => {
    for (const id of [VIEWER, DATA_EDITOR]) {
      expect(errorMessage(json(await restPost(app, `portals/self/roles/${id}/update`, { token: admin, name: 'Renamed' })))).toMatch(
        /is a default role and cannot be changed/,
      );
      expect(errorMessage(await setPrivileges(id, ['portal:user:joinGroup']))).toMatch(/is a default role and cannot be changed/);
    }
    expect(errorMessage(await setPrivileges('nosuchroleAAAAAA', []))).toBe('Role does not exist or is inaccessible.');
    const id = String((await createRole('Analysts')).id);
    for (const token of [viewer, helpdesk]) {
      expect((await setPrivileges(id, ['portal:admin:viewUsers'], token)).error).toMatchObject({ code: 403 });
      expect(json(await restPost(app, `portals/self/roles/${id}/update`, { token, name: 'Mine' })).error).toMatchObject({ code: 403 });
    }
    expect(json(await restGet(app, `portals/self/roles/${id}/privileges`, { token: admin })).privileges).toEqual([]);
  });

  it('refuses renaming to a name another role has', async () => {
    const id = String((await createRole('Analysts')).id);
    const body = json(await restPost(app, `portals/self/roles/${id}/update`, { token: admin, name: 'DATA EDITOR' }));
    expect(errorMessage(body)).toBe('Unable to update role: a role named "DATA EDITOR" already exists.');
    expect(json(await restPost(app, `portals/self/roles/${id}/update`, { token: admin, name: 'analysts' }))).toEqual({ success: true });
  });
});

describe('portals/self/roles/{id}/delete', () => {
  it('deletes an unused role', async () => {
    const id = String((await createRole('Temporary')).id);
    expect(json(await restPost(app, `portals/self/roles/${id}/delete`, { token: admin }))).toEqual({ success: true });
    expect(errorMessage(await roleById(id))).toBe('Role does not exist or is inaccessible.');
  });

  it('refuses a role members hold, with the count', async () => {
    const helpDesk = await roleIdNamed('Help Desk');
    const search = json(await restGet(app, 'portals/self/users/search', { token: admin, q: `role:${helpDesk}`, num: '0' }));
    const holders = Number(search.total);
    expect(holders).toBeGreaterThan(0);
    const body = json(await restPost(app, `portals/self/roles/${helpDesk}/delete`, { token: admin }));
    expect(body.error).toMatchObject({
      code: 400,
      message: `Unable to delete role: ${String(holders)} members hold Help Desk. Assign them another role first.`,
    });
    expect((await roleById(helpDesk)).name).toBe('Help Desk');
  });

  it('refuses Viewer, Data Editor, and callers without manageRoles', async () => {
    expect(errorMessage(json(await restPost(app, `portals/self/roles/${VIEWER}/delete`, { token: admin })))).toMatch(/Viewer is a default role/);
    expect(errorMessage(json(await restPost(app, `portals/self/roles/${DATA_EDITOR}/delete`, { token: admin })))).toMatch(/Data Editor is a default role/);
    const id = String((await createRole('Temporary')).id);
    for (const token of [viewer, helpdesk]) {
      expect(json(await restPost(app, `portals/self/roles/${id}/delete`, { token })).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
    }
    expect((await roleById(id)).name).toBe('Temporary');
  });
});
