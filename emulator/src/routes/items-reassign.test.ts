import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, json, restGet, restPost, tokenFor, type Json } from '../testing/inject';

let app: FastifyInstance;
let admin: string;
let helpdesk: string;
let viewer: string;
let frank: string;

const FRANK = 'frank.departing';
const GRACE = 'grace.receiver';

type Row = { id: string; title: string; type: string; access: string; size: number; folder_id: string | null };

beforeAll(async () => {
  app = await buildEmulator({ members: 400, seedNow: FIXED_SEED_NOW });
  [admin, helpdesk, viewer, frank] = await Promise.all([
    tokenFor(app, ...DEMO.admin),
    tokenFor(app, ...DEMO.helpdesk),
    tokenFor(app, ...DEMO.viewer),
    tokenFor(app, FRANK, 'Roster.Member1'),
  ]);
});
beforeEach(() => {
  app.emulator.store.reset();
  app.emulator.config.requireReceiveItems = false;
});
afterAll(() => app.close());

const db = () => app.emulator.store.db;
/** One of frank's items matching a SQL condition on `i` (and its shares `s`). */
function frankItem(condition: string): Row {
  const row = db().prepare(`SELECT i.* FROM items i WHERE i.owner = '${FRANK}' AND ${condition} ORDER BY i.rowid LIMIT 1`).get() as Row | undefined;
  if (!row) throw new Error(`no item of frank's where ${condition}`);
  return row;
}
const ungrouped = `NOT EXISTS (SELECT 1 FROM item_groups s WHERE s.item_id = i.id) AND i.type_keywords NOT LIKE '%Hosted Service%'`;
const sharedTo = (title: string) =>
  `EXISTS (SELECT 1 FROM item_groups s JOIN groups g ON g.id = s.group_id WHERE s.item_id = i.id AND g.title = '${title}')
   AND (SELECT COUNT(*) FROM item_groups s WHERE s.item_id = i.id) = 1 AND i.type_keywords NOT LIKE '%Hosted Service%'`;
const groupId = (title: string) => (db().prepare('SELECT id FROM groups WHERE title = ?').get(title) as { id: string }).id;
const storage = (username: string) => (db().prepare('SELECT storage_usage AS s FROM users WHERE username = ?').get(username) as { s: number }).s;

const reassign = async (token: string, itemId: string, params: Record<string, string>, owner = FRANK) =>
  json(await restPost(app, `content/users/${owner}/items/${itemId}/reassign`, { token, ...params }));
const canReassign = async (token: string, itemId: string, targetUsername: string) =>
  json(await restPost(app, `content/users/${FRANK}/items/${itemId}/canReassign`, { token, targetUsername }));

describe('content/users/{u}/items/{id}/reassign', () => {
  it('lets the Help Desk custom role move an item into a new folder of the receiver, created on the way', async () => {
    const item = frankItem(ungrouped);
    const [frankBefore, graceBefore] = [storage(FRANK), storage(GRACE)];
    expect(await reassign(helpdesk, item.id, { targetUsername: GRACE, targetFolderName: 'From Frank' })).toEqual({ success: true, itemId: item.id });

    const root = json(await restGet(app, `content/users/${GRACE}`, { token: helpdesk }));
    const folder = (root.folders as Json[]).find((f) => f.title === 'From Frank');
    expect(folder).toBeDefined();
    const listed = json(await restGet(app, `content/users/${GRACE}/${String(folder?.id)}`, { token: helpdesk }));
    expect((listed.items as Json[]).map((i) => [i.id, i.owner])).toEqual([[item.id, GRACE]]);
    expect(storage(FRANK)).toBe(frankBefore - item.size);
    expect(storage(GRACE)).toBe(graceBefore + item.size);
    expect(json(await restGet(app, `content/users/${FRANK}/items/${item.id}`, { token: helpdesk })).error).toMatchObject({ code: 400 });
  });

  it('puts items in an existing folder (any case) or the root folder ("/")', async () => {
    const graceStormwater = (db().prepare(`SELECT id FROM folders WHERE username = ? AND title = 'Stormwater'`).get(GRACE) as { id: string }).id;
    const [first, second] = db().prepare(`SELECT i.* FROM items i WHERE i.owner = ? AND ${ungrouped} ORDER BY i.rowid LIMIT 2`).all(FRANK) as Row[];
    expect(await reassign(admin, String(first?.id), { targetUsername: GRACE, targetFolderName: 'stormwater' })).toMatchObject({ success: true });
    expect(await reassign(admin, String(second?.id), { targetUsername: GRACE, targetFolderName: '/' })).toMatchObject({ success: true });
    const folderOf = (id: string | undefined) => (db().prepare('SELECT folder_id FROM items WHERE id = ?').get(id) as { folder_id: string | null }).folder_id;
    expect(folderOf(first?.id)).toBe(graceStormwater);
    expect(folderOf(second?.id)).toBeNull();
    expect(db().prepare(`SELECT COUNT(*) AS n FROM folders WHERE username = ? AND title = 'Stormwater' COLLATE NOCASE`).get(GRACE)).toEqual({ n: 1 });
  });

  it('refuses callers without portal:admin:reassignItems, including the owner', async () => {
    const item = frankItem(ungrouped);
    for (const token of [viewer, frank]) {
      expect((await reassign(token, item.id, { targetUsername: GRACE })).error).toMatchObject({ code: 403, messageCode: 'GWM_0003' });
      expect((await canReassign(token, item.id, GRACE)).error).toMatchObject({ code: 403 });
    }
    expect(db().prepare('SELECT owner FROM items WHERE id = ?').get(item.id)).toEqual({ owner: FRANK });
  });

  it('refuses receivers who cannot own the content: Viewer, no receiveItems privilege, wrong user type, disabled, unknown', async () => {
    const item = frankItem(ungrouped);
    const tiles = db()
      .prepare(`SELECT u.username FROM users u JOIN roles r ON r.id = u.roleid WHERE r.name = 'tiles_publisher' AND u.disabled = 0 LIMIT 1`)
      .get() as { username: string };
    db().prepare(`UPDATE users SET usertype = 'viewerUT' WHERE username = 'carla.rossi'`).run();

    // By default the receive privilege is not required of an administrator's reassign (MOCK-U: a default
    // Publisher lacks it); the Viewer is refused for its user type.
    expect((await reassign(helpdesk, item.id, { targetUsername: 'viewer_demo' })).error).toMatchObject({
      message: "Unable to reassign item. The user type of target user 'viewer_demo' (Viewer) cannot own content.",
    });
    expect(await canReassign(helpdesk, item.id, 'ana.lima')).toEqual({ success: true, itemId: item.id });
    // With the documented rule switched on (DOC can-reassign-items), members without it are refused.
    app.emulator.config.requireReceiveItems = true;
    const viewerRefusal = (await reassign(helpdesk, item.id, { targetUsername: 'viewer_demo' })).error;
    expect(viewerRefusal).toMatchObject({
      code: 400,
      message: "Unable to reassign item. Target user 'viewer_demo' does not have the privilege to receive items.",
    });
    expect(viewerRefusal?.details).toEqual([{ targetUsername: 'viewer_demo', missingPrivilege: 'portal:user:receiveItems' }]);
    expect((await reassign(helpdesk, item.id, { targetUsername: tiles.username })).error?.details).toEqual([
      { targetUsername: tiles.username, missingPrivilege: 'portal:user:receiveItems' },
    ]);
    expect((await canReassign(helpdesk, item.id, 'ana.lima')).error?.details).toEqual([
      { targetUsername: 'ana.lima', missingPrivilege: 'portal:user:receiveItems' },
    ]);
    app.emulator.config.requireReceiveItems = false;
    expect((await reassign(helpdesk, item.id, { targetUsername: 'carla.rossi' })).error).toMatchObject({
      message: "Unable to reassign item. The user type of target user 'carla.rossi' (Viewer) cannot own content.",
      details: [{ targetUsername: 'carla.rossi', userLicenseTypeId: 'viewerUT' }],
    });
    expect((await reassign(helpdesk, item.id, { targetUsername: 'dan.ng' })).error).toMatchObject({
      message: "Unable to reassign item. Target user 'dan.ng' is disabled.",
    });
    expect((await reassign(helpdesk, item.id, { targetUsername: 'nobody.here' })).error).toMatchObject({
      code: 400,
      details: [{ targetUsername: 'nobody.here' }],
    });
    expect((await reassign(helpdesk, item.id, {})).error).toMatchObject({ code: 400, message: "'targetUsername' must be specified." });
    expect((await reassign(helpdesk, item.id, { targetUsername: FRANK })).error).toMatchObject({ code: 400 });
    expect((await reassign(helpdesk, item.id, { targetUsername: GRACE }, GRACE)).error).toMatchObject({ message: 'Item does not exist or is inaccessible.' });
    expect(db().prepare('SELECT owner FROM items WHERE id = ?').get(item.id)).toEqual({ owner: FRANK });
  });

  it('refuses a hosted layer for a receiver who cannot publish, naming the item and its reserved keyword', async () => {
    const layer = frankItem(`i.type = 'Feature Service' AND NOT EXISTS (SELECT 1 FROM item_groups s WHERE s.item_id = i.id)`);
    const refused = (await reassign(helpdesk, layer.id, { targetUsername: 'carla.rossi' })).error;
    expect(refused).toMatchObject({ code: 400 });
    expect(refused?.details).toEqual([
      { itemId: layer.id, type: 'Feature Service', url: expect.any(String) as unknown, reservedTypeKeywords: ['Hosted Service'], owner: FRANK },
    ]);
    expect(await reassign(helpdesk, layer.id, { targetUsername: GRACE })).toEqual({ success: true, itemId: layer.id });
  });

  it('refuses items shared to groups the receiver is not in, naming the groups; adding the receiver fixes it', async () => {
    const item = frankItem(sharedTo('Snow and Ice Response'));
    const snow = groupId('Snow and Ice Response');
    const refused = (await reassign(helpdesk, item.id, { targetUsername: GRACE })).error;
    expect(refused).toMatchObject({
      code: 400,
      message: "Unable to reassign item. Target user 'grace.receiver' is not a member of the group the item is shared to: Snow and Ice Response.",
    });
    expect(refused?.details).toEqual([{ itemId: item.id, type: item.type, owner: FRANK, groupId: snow, groupTitle: 'Snow and Ice Response' }]);
    expect(await canReassign(helpdesk, item.id, GRACE)).toEqual({ error: refused });

    expect(json(await restPost(app, `community/groups/${snow}/addUsers`, { token: frank, users: GRACE }))).toEqual({ notAdded: [] });
    expect(await canReassign(helpdesk, item.id, GRACE)).toEqual({ success: true, itemId: item.id });
    expect(await reassign(helpdesk, item.id, { targetUsername: GRACE })).toEqual({ success: true, itemId: item.id });
    const sharing = json(await restGet(app, `content/users/${GRACE}/items/${item.id}`, { token: helpdesk })).sharing;
    expect(sharing).toEqual({ access: item.access, groups: [snow] });
  });

  it('keeps a hosted layer and its source file related after both move', async () => {
    const layer = frankItem(`i.type = 'Feature Service' AND NOT EXISTS (SELECT 1 FROM item_groups s WHERE s.item_id = i.id)`);
    const related = json(await restGet(app, `content/items/${layer.id}/relatedItems`, { token: helpdesk, relationshipType: 'Service2Data' }));
    const source = (related.relatedItems as Json[])[0] as Json;
    for (const id of [layer.id, String(source.id)]) {
      expect(await reassign(helpdesk, id, { targetUsername: GRACE, targetFolderName: 'Layers from Frank' })).toMatchObject({ success: true });
    }
    const after = json(await restGet(app, `content/items/${layer.id}/relatedItems`, { token: helpdesk, relationshipType: 'Service2Data' }));
    expect((after.relatedItems as Json[]).map((i) => [i.id, i.owner])).toEqual([[source.id, GRACE]]);
  });
});

describe('the folder form of the item path (content/users/{u}/{folderId}/items/{id}/…)', () => {
  it('reassigns an item addressed through its folder, and refuses the wrong folder', async () => {
    const item = frankItem(`${ungrouped} AND i.folder_id IS NOT NULL`);
    const other = (db().prepare('SELECT id FROM folders WHERE username = ? AND id <> ? LIMIT 1').get(FRANK, item.folder_id) as { id: string }).id;
    const wrong = json(await restPost(app, `content/users/${FRANK}/${other}/items/${item.id}/reassign`, { token: helpdesk, targetUsername: GRACE }));
    expect(wrong.error).toMatchObject({ message: 'Item does not exist or is inaccessible.' });
    const body = json(
      await restPost(app, `content/users/${FRANK}/${String(item.folder_id)}/items/${item.id}/reassign`, { token: helpdesk, targetUsername: GRACE }),
    );
    expect(body).toEqual({ success: true, itemId: item.id });
    expect(json(await restGet(app, `content/users/${GRACE}/items/${item.id}`, { token: helpdesk })).item).toMatchObject({ owner: GRACE, ownerFolder: null });
  });
});

describe('content/users/{u}/reassignItems', () => {
  it('moves the items that pass and reports the others, in one request', async () => {
    const free = (db().prepare(`SELECT i.id FROM items i WHERE i.owner = ? AND ${ungrouped} ORDER BY i.rowid LIMIT 5`).all(FRANK) as { id: string }[]).map(
      (r) => r.id,
    );
    const blocked = frankItem(sharedTo('Data Stewards')).id;
    const body = json(
      await restPost(app, `content/users/${FRANK}/reassignItems`, {
        token: helpdesk,
        targetUsername: GRACE,
        targetFoldername: 'Batch',
        items: [...free, blocked].join(','),
      }),
    );
    const results = body.results as { itemId: string; success: boolean; error?: { details: Json[] } }[];
    expect(results.filter((r) => r.success).map((r) => r.itemId)).toEqual(free);
    expect(results.at(-1)).toMatchObject({ itemId: blocked, success: false, error: { details: [{ groupTitle: 'Data Stewards' }] } });
    const batch = db().prepare(`SELECT id FROM folders WHERE username = ? AND title = 'Batch'`).get(GRACE) as { id: string };
    expect(db().prepare('SELECT COUNT(*) AS n FROM items WHERE owner = ? AND folder_id = ?').get(GRACE, batch.id)).toEqual({ n: 5 });
    expect(db().prepare('SELECT owner FROM items WHERE id = ?').get(blocked)).toEqual({ owner: FRANK });
    expect(
      json(await restPost(app, `content/users/${FRANK}/reassignItems`, { token: viewer, targetUsername: GRACE, items: free.join(',') })).error,
    ).toMatchObject({ code: 403 });
  });
});

describe('content/users/{u}/canReassignItems', () => {
  it('checks up to 100 items at once, one result per item, with the conflicts', async () => {
    const ids = (db().prepare(`SELECT id FROM items WHERE owner = ? ORDER BY rowid LIMIT 99`).all(FRANK) as { id: string }[]).map((r) => r.id);
    const graceItem = (db().prepare('SELECT id FROM items WHERE owner = ? LIMIT 1').get(GRACE) as { id: string }).id;
    const body = json(
      await restPost(app, `content/users/${FRANK}/canReassignItems`, { token: helpdesk, targetUsername: GRACE, items: [...ids, graceItem].join(',') }),
    );
    const results = body.results as { itemId: string; success: boolean; error?: { message: string; details: Json[] } }[];
    expect(results.map((r) => r.itemId)).toEqual([...ids, graceItem]);
    expect(results.at(-1)).toMatchObject({ success: false, error: { message: 'Item does not exist or is inaccessible.' } });
    const refused = results.slice(0, -1).filter((r) => !r.success);
    const expected = db()
      .prepare(
        `SELECT COUNT(DISTINCT s.item_id) AS n FROM item_groups s WHERE s.item_id IN (${ids.map(() => '?').join(',')})
        AND NOT EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = s.group_id AND m.username = ?)`,
      )
      .get(...ids, GRACE) as { n: number };
    expect(expected.n).toBeGreaterThan(0);
    expect(refused).toHaveLength(expected.n);
    expect(refused.every((r) => r.error?.details.every((d) => typeof d.groupId === 'string'))).toBe(true);
    expect(db().prepare('SELECT COUNT(*) AS n FROM items WHERE owner = ?').get(FRANK)).toEqual({ n: 300 });
  });

  it('refuses more than 100 items, and callers without the privilege', async () => {
    const ids = (db().prepare(`SELECT id FROM items WHERE owner = ? LIMIT 101`).all(FRANK) as { id: string }[]).map((r) => r.id);
    expect(
      json(await restPost(app, `content/users/${FRANK}/canReassignItems`, { token: helpdesk, targetUsername: GRACE, items: ids.join(',') })).error,
    ).toMatchObject({
      code: 400,
      message: 'Exceeded maximum number of items allowed per call.',
    });
    expect(
      json(await restPost(app, `content/users/${FRANK}/canReassignItems`, { token: viewer, targetUsername: GRACE, items: ids[0] ?? '' })).error,
    ).toMatchObject({ code: 403 });
    const viewerTarget = json(
      await restPost(app, `content/users/${FRANK}/canReassignItems`, { token: helpdesk, targetUsername: 'viewer_demo', items: ids.slice(0, 3).join(',') }),
    );
    expect((viewerTarget.results as Json[]).every((r) => r.success === false)).toBe(true);
  });
});
