import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let viewer: string;
let helpdesk: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW, testMode: true });
  [admin, viewer, helpdesk] = await Promise.all([tokenFor(app, ...DEMO.admin), tokenFor(app, ...DEMO.viewer), tokenFor(app, ...DEMO.helpdesk)]);
});
afterAll(() => app.close());

const post = async (path: string, token: string, params: Record<string, string>) => json(await restPost(app, path, { token, ...params }));
const user = async (username: string) => json(await restGet(app, `community/users/${username}`, { token: admin }));
/** Seats left from documented answers: purchased (`subscriptionInfo.userLicenseTypes`) minus assigned (`users/counts`). */
const seatsLeft = async (typeId: string) => {
  const purchased = json(await restGet(app, 'portals/self/subscriptionInfo', { token: admin })).userLicenseTypes as Record<string, number>;
  const counts = json(await restGet(app, 'portals/self/users/counts', { token: admin, type: 'userLicenseType', num: '100' })).results as {
    key: string;
    count: number;
  }[];
  return (purchased[typeId] ?? Number.NaN) - (counts.find((c) => c.key === typeId)?.count ?? 0);
};
/** Generated Viewer-type members (role Viewer), for seat arithmetic. */
const viewers = (count: number) =>
  (
    app.emulator.store
      .prepare(`SELECT username FROM users WHERE usertype = 'viewerUT' AND roleid = 'iAAAAAAAAAAAAAAA' AND username <> 'viewer_demo' ORDER BY username LIMIT ?`)
      .all(count) as { username: string }[]
  ).map((row) => row.username);

describe('portals/self/updateUserRole', () => {
  it('changes a member’s role; a custom role is reported with its roleId and privileges', async () => {
    expect(await post('portals/self/updateUserRole', admin, { user: 'eva.schmidt', role: 'org_publisher' })).toEqual({
      success: true,
      username: 'eva.schmidt',
    });
    expect(await user('eva.schmidt')).toMatchObject({ role: 'org_publisher' });

    const roles = json(await restGet(app, 'portals/self/roles', { token: admin, num: '100' })).roles as { id: string; name: string }[];
    const tiles = roles.find((role) => role.name === 'tiles_publisher');
    expect(tiles).toBeDefined();
    expect(await post('portals/self/updateUserRole', admin, { user: 'eva.schmidt', role: tiles?.id ?? '' })).toMatchObject({ success: true });
    const carla = await user('eva.schmidt');
    expect(carla).toMatchObject({ roleId: tiles?.id });
    expect(carla.privileges).toContain('portal:publisher:publishTiles');
  });

  it('refuses a role the member’s user type cannot hold, naming the type', async () => {
    const body = await post('portals/self/updateUserRole', admin, { user: 'ben.okafor', role: 'org_admin' });
    expect(body.error).toMatchObject({ code: 400, message: expect.stringContaining('Contributor') as unknown });
    expect(await user('ben.okafor')).toMatchObject({ role: 'org_user', roleId: 'iBBBBBBBBBBBBBBB' });
  });

  it('refuses unknown roles, one’s own role, and callers without the privilege', async () => {
    expect((await post('portals/self/updateUserRole', admin, { user: 'carla.rossi', role: 'org_boss' })).error).toMatchObject({ code: 400 });
    expect((await post('portals/self/updateUserRole', admin, { user: 'portaladmin', role: 'org_user' })).error).toMatchObject({ code: 400 });
    expect((await post('portals/self/updateUserRole', viewer, { user: 'carla.rossi', role: 'org_user' })).error).toMatchObject({ code: 403 });
    expect((await post('portals/self/updateUserRole', helpdesk, { user: 'carla.rossi', role: 'org_user' })).error).toMatchObject({ code: 403 });
  });
});

describe('portals/self/updateUserLicenseType', () => {
  it('changes user types and answers per member', async () => {
    const [first, second] = viewers(2);
    const before = await seatsLeft('editorUT');
    const body = await post('portals/self/updateUserLicenseType', admin, { users: `${first ?? ''},${second ?? ''}`, userLicenseType: 'editorUT' });
    expect(body).toEqual({
      results: [
        { username: first, status: true },
        { username: second, status: true },
      ],
    });
    expect(await user(first ?? '')).toMatchObject({ userLicenseTypeId: 'editorUT', level: '2' });
    expect(await seatsLeft('editorUT')).toBe(before - 2);
  });

  it('refuses members whose role the type cannot hold, and members beyond the seats left', async () => {
    const response = await app.inject({ method: 'POST', url: '/__emulator/seats', payload: { editorUT: 1 } });
    expect(response.statusCode).toBe(200);
    const [a, b] = viewers(4).slice(2);
    const body = await post('portals/self/updateUserLicenseType', admin, { users: JSON.stringify([a, 'ana.lima', b]), userLicenseType: 'editorUT' });
    expect(body.results).toEqual([
      { username: a, status: true },
      { username: 'ana.lima', status: false, error: { code: 400, message: expect.stringContaining('not compatible') as unknown } },
      { username: b, status: false, error: { code: 400, message: expect.stringContaining("No 'Contributor' licenses") as unknown } },
    ]);
    expect(await user(b ?? '')).toMatchObject({ userLicenseTypeId: 'viewerUT' });
  });

  it('is refused without the privilege', async () => {
    const [first] = viewers(1);
    for (const token of [viewer, helpdesk]) {
      expect((await post('portals/self/updateUserLicenseType', token, { users: first ?? '', userLicenseType: 'creatorUT' })).error).toMatchObject({
        code: 403,
      });
    }
  });
});
