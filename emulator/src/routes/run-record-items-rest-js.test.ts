import { createItem, getItemData, searchItems } from '@esri/arcgis-rest-portal';
import { ArcGISIdentityManager, request } from '@esri/arcgis-rest-request';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW } from '../testing/inject';

/** The calls Roster's run history makes (a private record item per run, found by administrators), through rest-js. */
let app: FastifyInstance;
let portal: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, seedNow: FIXED_SEED_NOW });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  portal = `http://127.0.0.1:${String(address.port)}/portal/sharing/rest`;
});
afterAll(() => app.close());

const signIn = (username: string, password: string) => ArcGISIdentityManager.signIn({ username, password, portal });
const recordQuery = 'typekeywords:"RosterRunRecord" AND type:"Application"';

describe('run records through @esri/arcgis-rest-portal', () => {
  it('a private record of one administrator is found by another holding viewItems, not by a member without it', async () => {
    const runner = await signIn(...DEMO.helpdesk);
    const admin = await signIn(...DEMO.admin);
    const listing = (await request(`${portal}/portals/self/users`, { params: { role: 'org_publisher', num: 100 }, authentication: admin })) as {
      users: { username: string; roleId?: string; disabled?: boolean }[];
    };
    const publisher = listing.users.find((user) => !user.roleId && !user.disabled);
    if (!publisher) throw new Error('no publisher seeded');
    const other = await signIn(publisher.username, 'Roster.Member1');

    const record = { version: 1, kind: 'memberAction', asked: { label: 'Change the role of 2 members to Publisher' } };
    const created = await createItem({
      item: { title: 'Roster run', type: 'Application', typeKeywords: ['Roster', 'RosterRunRecord'], text: JSON.stringify(record) },
      owner: DEMO.helpdesk[0],
      authentication: runner,
    });

    const found = await searchItems({ q: recordQuery, num: 100, sortField: 'created', sortOrder: 'desc', authentication: admin });
    expect(found.results.map((item) => [item.id, item.owner, item.access])).toEqual([[created.id, DEMO.helpdesk[0], 'private']]);
    expect(await getItemData(created.id, { authentication: admin })).toEqual(record);
    expect((await searchItems({ q: recordQuery, num: 100, authentication: other })).results).toEqual([]);
    await expect(getItemData(created.id, { authentication: other })).rejects.toBeTruthy();
  });
});
