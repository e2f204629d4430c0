import { createFolder, getItem, getItemGroups, getRelatedItems, getUserContent, removeItem, searchGroupContent, searchItems } from '@esri/arcgis-rest-portal';
import { ArcGISIdentityManager, ArcGISRequestError, request } from '@esri/arcgis-rest-request';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW } from '../testing/inject';

/** The content endpoints through the real client library, against a listening emulator. */
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

describe('@esri/arcgis-rest-portal content functions against the emulator', () => {
  it('pages content, searches items, reads related items and item groups', async () => {
    const authentication = await signIn(...DEMO.helpdesk);
    const content = await getUserContent({ owner: 'frank.departing', num: 100, authentication });
    expect(content.total).toBe(120);
    expect(content.folders).toHaveLength(4);

    const found = await searchItems({ q: 'owner:frank.departing AND type:"Feature Service"', num: 100, authentication });
    expect(found.total).toBeGreaterThanOrEqual(30); // 30 published from a file, the others without one
    const pair = app.emulator.store.db
      .prepare('SELECT origin_id AS id FROM item_relationships r JOIN items i ON i.id = r.origin_id WHERE i.owner = ? LIMIT 1')
      .get('frank.departing') as { id: string };
    const related = await getRelatedItems({ id: pair.id, relationshipType: 'Service2Data', direction: 'forward', authentication });
    expect(related.total).toBe(1);
    expect((await getItem(related.relatedItems[0]?.id ?? '', { authentication })).owner).toBe('frank.departing');

    const snow = app.emulator.store.db.prepare(`SELECT id FROM groups WHERE title = 'Snow and Ice Response'`).get() as { id: string };
    const inGroup = await searchGroupContent({ groupId: snow.id, q: 'owner:frank.departing', num: 100, authentication });
    expect(inGroup.total).toBeGreaterThan(0);
    const groups = await getItemGroups(inGroup.results[0]?.id ?? '', { authentication });
    expect([...(groups.admin ?? []), ...(groups.member ?? []), ...(groups.other ?? [])].map((g) => g.id)).toContain(snow.id);
  });

  it('reassigns with request() as a Help Desk member (rest-js reassignItem refuses custom roles client-side)', async () => {
    const authentication = await signIn(...DEMO.helpdesk);
    const item = app.emulator.store.db
      .prepare(
        `SELECT id FROM items i WHERE owner = 'frank.departing' AND type = 'Web Map' AND NOT EXISTS (SELECT 1 FROM item_groups s WHERE s.item_id = i.id) LIMIT 1`,
      )
      .get() as { id: string };
    const url = `${portal}/content/users/frank.departing/items/${item.id}/reassign`;
    const moved: unknown = await request(url, { params: { targetUsername: 'viewer_demo' }, authentication }).catch((error: unknown) => error);
    expect(moved).toBeInstanceOf(ArcGISRequestError);
    expect((moved as ArcGISRequestError).message).toMatch(/^400: Unable to reassign item\./);
    expect(await request(url, { params: { targetUsername: 'grace.receiver', targetFolderName: 'From Frank' }, authentication })).toEqual({
      success: true,
      itemId: item.id,
    });
    expect((await getItem(item.id, { authentication })).owner).toBe('grace.receiver');
  });

  it('creates folders and deletes items as the owner', async () => {
    const authentication = await signIn('grace.receiver', 'Roster.Member1');
    const folder = (await createFolder({ title: 'Handover', authentication })) as { success: boolean; folder: { title: string } };
    expect(folder).toMatchObject({ success: true, folder: { title: 'Handover' } });
    const [item] = (await getUserContent({ num: 1, authentication })).items;
    expect(await removeItem({ id: item?.id ?? '', authentication })).toEqual({ success: true, itemId: item?.id });
  });
});
