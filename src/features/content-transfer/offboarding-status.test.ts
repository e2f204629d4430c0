import { describe, expect, it } from 'vitest';

import { accountRights, decideAccountAction, explainRemaining, itemsByFolder, ownsNothing } from './offboarding-status';
import type { ContentItem, GroupSummary } from './types';

const item = (id: string, folderId: string | null = null): ContentItem => ({
  id, title: `Item ${id}`, type: 'CSV', owner: 'frank', folderId, modified: 0, size: 1, access: 'private', typeKeywords: [],
});
const group = (id: string): GroupSummary => ({ id, title: `Group ${id}`, access: 'org', owner: 'frank', memberCount: 1 });
const nothing = { items: [], ownedGroups: [] };
const admin = accountRights({ username: 'portaladmin', privileges: ['portal:admin:deleteUsers', 'portal:admin:disableUsers'] });
const helpdesk = accountRights({ username: 'helpdesk_demo', privileges: ['portal:admin:reassignItems'] });

describe('itemsByFolder', () => {
  it('counts items per folder, root first, empty folders included', () => {
    expect(itemsByFolder({ items: [item('a'), item('b', 'f2'), item('c', 'f2')], folders: [{ id: 'f2', title: 'Roads' }, { id: 'f1', title: 'Archive' }] })).toEqual([
      { folderId: null, title: 'Root folder', count: 1 },
      { folderId: 'f1', title: 'Archive', count: 0 },
      { folderId: 'f2', title: 'Roads', count: 2 },
    ]);
  });
});

describe('decideAccountAction', () => {
  it('deletes only when the verified inventory is empty and the role allows it', () => {
    expect(decideAccountAction('delete', nothing, admin).action).toBe('delete');
    expect(ownsNothing({ items: [item('a')], ownedGroups: [] })).toBe(false);
    const kept = decideAccountAction('delete', { items: [item('a'), item('b')], ownedGroups: [group('g')] }, admin);
    expect(kept).toEqual({ action: 'none', message: 'The account was kept: the member still owns 2 items and 1 group.' });
  });

  it('says clearly when the signed-in member can transfer but not delete or disable', () => {
    expect(decideAccountAction('delete', nothing, helpdesk).message).toMatch(/cannot delete members; ask an administrator/);
    expect(decideAccountAction('disable', nothing, helpdesk)).toEqual({
      action: 'none',
      message: 'Your role cannot disable members; ask an administrator to disable the account.',
    });
    expect(decideAccountAction('disable', { items: [item('a')], ownedGroups: [] }, admin).action).toBe('disable');
    expect(decideAccountAction('keep', nothing, admin).action).toBe('none');
  });
});

describe('explainRemaining (what a resumed run picks up)', () => {
  it('lists what is still owned with the reason from the report', () => {
    const remaining = explainRemaining(
      { items: [item('failed'), item('untouched')], ownedGroups: [group('g')] },
      new Map([
        ['failed', { itemId: 'failed', title: 'Item failed', type: 'CSV', sourceFolder: '/', targetFolder: '/', status: 'failed' as const, reason: 'Refused by the portal.', attempts: 1 }],
        ['moved', { itemId: 'moved', title: 'Item moved', type: 'CSV', sourceFolder: '/', targetFolder: '/', status: 'moved' as const, reason: '', attempts: 1 }],
      ]),
      new Map([['g', { groupId: 'g', title: 'Group g', status: 'not-transferred' as const, reason: 'Your role cannot reassign group ownership.', attempts: 0 }]]),
    );
    expect(remaining).toEqual([
      { kind: 'Item', id: 'failed', title: 'Item failed', reason: 'Refused by the portal.' },
      { kind: 'Item', id: 'untouched', title: 'Item untouched', reason: 'Not part of this run.' },
      { kind: 'Group', id: 'g', title: 'Group g', reason: 'Your role cannot reassign group ownership.' },
    ]);
  });
});
