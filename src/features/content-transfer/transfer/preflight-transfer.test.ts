import { describe, expect, it } from 'vitest';

import { contentItem } from '@/testing/fixtures/content-transfer/content-item';

import { buildTransferPlan } from './build-transfer-plan';
import { itemNameKey, preflightTransfer, runnableUnitIds, type PreflightInput } from './preflight-transfer';
import type { ContentItem, MemberProfile } from '../types';

const item = (id: string, title = `Item ${id}`): ContentItem => contentItem(id, { title, type: 'Web Map', access: 'shared' });

const grace: MemberProfile = {
  username: 'grace',
  fullName: 'Grace',
  userTypeId: 'creatorUT',
  privileges: ['portal:user:receiveItems'],
  groupIds: ['g-in'],
  disabled: false,
};
const helpdesk = { username: 'helpdesk_demo', privileges: ['portal:admin:reassignItems'] };

function input(overrides: Partial<PreflightInput> = {}, selected = [item('a'), item('b')]): PreflightInput {
  return {
    plan: buildTransferPlan({
      owner: 'frank',
      receiver: 'grace',
      selected,
      related: [],
      relations: [{ from: 'a', to: 'b' }],
      strategy: { kind: 'root' },
      folderTitles: new Map(),
      receiverFolderTitles: [],
    }),
    caller: helpdesk,
    receiver: grace,
    sharing: new Map(),
    groupTitles: new Map([['g-out', 'Water Team']]),
    receiverFolderContents: new Map(),
    groupsToJoin: new Set(),
    ...overrides,
  };
}

describe('preflightTransfer', () => {
  it('passes a clean plan', () => {
    const result = preflightTransfer(input());
    expect([result.ready, result.warnings, result.blocked]).toEqual([2, 0, 0]);
    expect(runnableUnitIds(result)).toEqual(new Set(['a']));
  });

  it('blocks everything when the signed-in member cannot reassign, unless they own the items with the user privilege', () => {
    const viewer = preflightTransfer(input({ caller: { username: 'viewer_demo', privileges: [] } }));
    expect(viewer.blocked).toBe(2);
    expect(viewer.general.map((issue) => issue.kind)).toEqual(['caller-cannot-reassign']);
    const owner = preflightTransfer(input({ caller: { username: 'Frank', privileges: ['portal:user:reassignItems'] } }));
    expect(owner.blocked).toBe(0);
  });

  it('blocks receivers whose role or user type cannot own content', () => {
    const viewerType = preflightTransfer(input({ receiver: { ...grace, userTypeId: 'viewerUT' } }));
    expect(viewerType.general.map((issue) => issue.kind)).toEqual(['receiver-user-type']);
  });

  it('leaves "receive items" to the portal when an administrator moves the content, and blocks what the portal refuses', () => {
    const receiver = { ...grace, privileges: [] };
    const byAdmin = preflightTransfer(input({ receiver }));
    expect(byAdmin.general).toEqual([]);
    expect(byAdmin.blocked).toBe(0);
    const refused = preflightTransfer(input({ receiver, portalRefusals: new Map([['b', 'Target user does not have the privilege to receive items.']]) }));
    expect(refused.items.map((check) => [check.itemId, check.status, check.issues.map((issue) => issue.kind)])).toEqual([
      ['a', 'blocked', ['related-blocked']],
      ['b', 'blocked', ['portal-refused']],
    ]);
    expect(refused.items[1]?.issues[0]?.message).toBe('The portal refuses to move it: Target user does not have the privilege to receive items.');
    // An owner moving their own items needs the receiver to hold the privilege.
    const byOwner = preflightTransfer(input({ receiver, caller: { username: 'frank', privileges: ['portal:user:reassignItems'] } }));
    expect(byOwner.general.map((issue) => issue.kind)).toEqual(['receiver-cannot-receive']);
    expect(byOwner.blocked).toBe(2);
  });

  it('flags items shared to groups the receiver is not in, and the related item moving with them', () => {
    const result = preflightTransfer(input({ sharing: new Map([['a', ['g-in', 'g-out']]]) }));
    expect(result.items.map((check) => [check.itemId, check.status, check.issues.map((issue) => issue.kind)])).toEqual([
      ['a', 'blocked', ['group-access']],
      ['b', 'blocked', ['related-blocked']],
    ]);
    expect(result.items[0]?.issues[0]?.message).toContain('“Water Team”');
    expect(result.missingGroups).toEqual([{ id: 'g-out', title: 'Water Team', itemIds: ['a'] }]);
    expect(runnableUnitIds(result).size).toBe(0);
  });

  it('lets the item through once the receiver is to join the group first', () => {
    const result = preflightTransfer(input({ sharing: new Map([['a', ['g-out']]]), groupsToJoin: new Set(['g-out']) }));
    expect(result.blocked).toBe(0);
    expect(result.items[0]?.issues.map((issue) => issue.kind)).toEqual(['will-join-group']);
    expect(result.missingGroups).toEqual([]);
  });

  it('warns about a name clash in the target folder without blocking', () => {
    const result = preflightTransfer(input({ receiverFolderContents: new Map([['/', new Set([itemNameKey('item A', 'web map')])]]) }, [item('a', 'Item A')]));
    expect(result.items[0]?.status).toBe('warning');
    expect(result.items[0]?.issues[0]?.kind).toBe('name-clash');
  });

  it('blocks hosted layers for receivers who cannot publish them', () => {
    const layer = { ...item('a'), type: 'Feature Service', typeKeywords: ['Hosted Service'] };
    const result = preflightTransfer(input({}, [layer, item('c')]));
    expect(result.items.map((check) => check.status)).toEqual(['blocked', 'ready']);
    const publisher = preflightTransfer(input({ receiver: { ...grace, privileges: [...grace.privileges, 'portal:publisher:publishFeatures'] } }, [layer]));
    expect(publisher.blocked).toBe(0);
  });

  it('refuses moving to the member who already owns the items', () => {
    const result = preflightTransfer(input({ receiver: { ...grace, username: 'FRANK' } }));
    expect(result.general.map((issue) => issue.kind)).toContain('same-owner');
  });
});
