import { createItem, getItem, getItemData, getItemGroups, searchItems, shareItemWithGroup, updateItem } from '@esri/arcgis-rest-portal';
import { ArcGISIdentityManager, request } from '@esri/arcgis-rest-request';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW } from '../testing/inject';

/** The calls Roster's import approvals make (a plan item, a decision item, a group), through rest-js. */
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
const planQuery = 'typekeywords:"RosterImportPlan" AND type:"Application"';

describe('import approvals through @esri/arcgis-rest-portal', () => {
  it('a plan shared with a group is found and read by another administrator in it, not by others', async () => {
    const preparer = await signIn(...DEMO.admin);
    const listing = (await request(`${portal}/portals/self/users`, { params: { role: 'org_admin', num: 100 }, authentication: preparer })) as {
      users: { username: string; roleId?: string; disabled?: boolean }[];
    };
    const second = listing.users.find((user) => user.username !== DEMO.admin[0] && !user.roleId && !user.disabled);
    if (!second) throw new Error('no second administrator seeded');
    const approver = await signIn(second.username, 'Roster.Member1');
    const viewer = await signIn(...DEMO.viewer);

    const group = (await request(`${portal}/community/createGroup`, {
      params: { title: 'Import approvers', access: 'private' },
      authentication: preparer,
    })) as { group: { id: string } };
    await request(`${portal}/community/groups/${group.group.id}/addUsers`, { params: { users: second.username }, authentication: preparer });

    const plan = { version: 1, fileName: 'members.csv', planSha256: 'a'.repeat(64) };
    const created = await createItem({
      item: { title: 'Roster import plan', type: 'Application', typeKeywords: ['Roster', 'RosterImportPlan'], text: JSON.stringify(plan) },
      owner: DEMO.admin[0],
      authentication: preparer,
    });
    expect(await shareItemWithGroup({ id: created.id, groupId: group.group.id, owner: DEMO.admin[0], authentication: preparer })).toMatchObject({
      notSharedWith: [],
    });

    const found = await searchItems({ q: planQuery, num: 100, sortField: 'modified', sortOrder: 'desc', authentication: approver });
    expect(found.results.map((item) => [item.id, item.owner])).toEqual([[created.id, DEMO.admin[0]]]);
    expect(await getItemData(created.id, { authentication: approver })).toEqual(plan);
    const groups = await getItemGroups(created.id, { authentication: approver });
    expect([...(groups.admin ?? []), ...(groups.member ?? []), ...(groups.other ?? [])].map((entry) => entry.id)).toEqual([group.group.id]);
    expect((await searchItems({ q: planQuery, num: 100, authentication: viewer })).results).toEqual([]);

    // The decision is the approver's own item: the portal reports them as its owner.
    const decision = await createItem({
      item: {
        title: 'Roster import approved',
        type: 'Application',
        typeKeywords: ['Roster', 'RosterImportDecision'],
        text: JSON.stringify({ planId: created.id, decision: 'approved' }),
      },
      owner: second.username,
      authentication: approver,
    });
    await shareItemWithGroup({ id: decision.id, groupId: group.group.id, owner: second.username, authentication: approver });
    expect((await getItem(decision.id, { authentication: preparer })).owner).toBe(second.username);

    // A resubmission replaces the plan's data in place.
    await updateItem({
      item: { id: created.id, text: JSON.stringify({ ...plan, planSha256: 'b'.repeat(64) }) },
      owner: DEMO.admin[0],
      authentication: preparer,
    });
    expect(await getItemData(created.id, { authentication: approver })).toMatchObject({ planSha256: 'b'.repeat(64) });
  });

  it('a member without the privilege to create content cannot store a plan (403)', async () => {
    const viewer = await signIn(...DEMO.viewer);
    await expect(createItem({ item: { title: 'Plan', type: 'Application', text: '{}' }, owner: DEMO.viewer[0], authentication: viewer })).rejects.toMatchObject(
      { code: 'GWM_0003' },
    );
  });
});
