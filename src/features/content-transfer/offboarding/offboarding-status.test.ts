import { describe, expect, it } from 'vitest';

import { contentItem } from '@/testing/fixtures/content-transfer/content-item';

import {
  accountRights,
  decideAccountAction,
  explainRemaining,
  finalStepLabel,
  offboardingHeadline,
  holdingsNotes,
  isAccountChoiceConfirmed,
  itemsByFolder,
  licenceBlocker,
  ownsNothing,
} from './offboarding-status';
import type { AccountHoldings, ContentItem, GroupSummary, MemberProfile } from '../types';

const item = (id: string, folderId: string | null = null): ContentItem => contentItem(id, { folderId });
const group = (id: string): GroupSummary => ({ id, title: `Group ${id}`, access: 'org', owner: 'frank', memberCount: 1 });
const member: MemberProfile = { username: 'dan.ng', fullName: 'Dan Ng', userTypeId: 'creatorUT', privileges: [], groupIds: [], disabled: true };
const noHoldings: AccountHoldings = { licensedItems: [], esriAccess: false };
const owning = (items: ContentItem[], ownedGroups: GroupSummary[], holdings = noHoldings) => ({ member, items, ownedGroups, holdings });
const nothing = owning([], []);
const admin = accountRights({ username: 'portaladmin', privileges: ['portal:admin:deleteUsers', 'portal:admin:disableUsers'] });
const helpdesk = accountRights({ username: 'helpdesk_demo', privileges: ['portal:admin:reassignItems'] });

describe('itemsByFolder', () => {
  it('counts items per folder, root first, empty folders included', () => {
    expect(
      itemsByFolder({
        items: [item('a'), item('b', 'f2'), item('c', 'f2')],
        folders: [
          { id: 'f2', title: 'Roads' },
          { id: 'f1', title: 'Archive' },
        ],
      }),
    ).toEqual([
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
    const kept = decideAccountAction('delete', owning([item('a'), item('b')], [group('g')]), admin);
    expect(kept).toEqual({ action: 'none', message: 'The account was kept: the member still owns 2 items and 1 group.' });
  });

  it('says clearly when the signed-in member can transfer but not delete or disable', () => {
    expect(decideAccountAction('delete', nothing, helpdesk).message).toMatch(/cannot delete members; ask an administrator/);
    expect(decideAccountAction('disable', nothing, helpdesk)).toEqual({
      action: 'none',
      message: 'Your role cannot disable members; ask an administrator to disable the account.',
    });
    expect(decideAccountAction('disable', owning([item('a')], []), admin).action).toBe('disable');
    expect(decideAccountAction('keep', nothing, admin).action).toBe('none');
  });
});

describe('what else a real portal refuses a delete for', () => {
  const licences = {
    licensedItems: [
      { itemId: 'l1', entitlements: ['spatialAnalystN'] },
      { itemId: 'l2', entitlements: ['desktopAdvN'] },
    ],
    esriAccess: false,
  };

  it('keeps the account of a member who holds add-on licences, naming them, and still disables it if asked', () => {
    const decision = decideAccountAction('delete', owning([], [], licences), admin);
    expect(decision.action).toBe('none');
    expect(decision.message).toBe(
      "The account was kept: dan.ng holds 2 add-on licences (spatialAnalystN, desktopAdvN), and the portal does not delete a member who holds add-on licences. Revoke them in the organization's licence settings first, or disable the account instead.",
    );
    expect(licenceBlocker({ member, holdings: noHoldings })).toBeNull();
    expect(decideAccountAction('disable', owning([], [], licences), admin).action).toBe('disable');
  });

  it('revokes the licences before deleting only when the person agreed and may manage licences', () => {
    const both = { ...licences, esriAccess: true };
    expect(decideAccountAction('delete', owning([], [], both), { ...admin, canRevokeLicences: true }, true)).toEqual({
      action: 'delete',
      message: '2 add-on licences will be revoked, Esri access will be turned off, then the account deleted.',
      turnOffEsriAccess: true,
      revokeLicences: ['l1', 'l2'],
    });
    expect(decideAccountAction('delete', owning([], [], licences), { ...admin, canRevokeLicences: true }, false).action).toBe('none');
    expect(decideAccountAction('delete', owning([], [], licences), { ...admin, canRevokeLicences: false }, true).action).toBe('none');
  });

  it('turns Esri access off just before deleting', () => {
    expect(decideAccountAction('delete', owning([], [], { licensedItems: [], esriAccess: true }), admin)).toEqual({
      action: 'delete',
      message: 'Esri access will be turned off, then the account deleted.',
      turnOffEsriAccess: true,
    });
    expect(decideAccountAction('delete', nothing, admin).turnOffEsriAccess).toBeUndefined();
  });

  it('says what the portal did not report, and lets the portal decide then', () => {
    const unreported = { licensedItems: null, esriAccess: null };
    expect(holdingsNotes({ member, holdings: unreported })).toEqual([
      'Add-on licences: not reported by the portal. If the member holds any, the portal will refuse the delete and the account is kept.',
      'Esri access: not reported by the portal.',
    ]);
    expect(decideAccountAction('delete', owning([], [], unreported), admin).action).toBe('delete');
    expect(holdingsNotes({ member, holdings: licences })).toEqual(['Add-on licences: 2.', 'Esri access: off.']);
  });
});

describe('explainRemaining (what a resumed run picks up)', () => {
  it('lists what is still owned with the reason from the report', () => {
    const remaining = explainRemaining(
      { items: [item('failed'), item('untouched')], ownedGroups: [group('g')] },
      new Map([
        [
          'failed',
          {
            itemId: 'failed',
            title: 'Item failed',
            type: 'CSV',
            sourceFolder: '/',
            targetFolder: '/',
            status: 'failed' as const,
            reason: 'Refused by the portal.',
            attempts: 1,
          },
        ],
        [
          'moved',
          { itemId: 'moved', title: 'Item moved', type: 'CSV', sourceFolder: '/', targetFolder: '/', status: 'moved' as const, reason: '', attempts: 1 },
        ],
      ]),
      new Map([
        ['g', { groupId: 'g', title: 'Group g', status: 'not-transferred' as const, reason: 'Your role cannot reassign group ownership.', attempts: 0 }],
      ]),
    );
    expect(remaining).toEqual([
      { kind: 'Item', id: 'failed', title: 'Item failed', reason: 'Refused by the portal.' },
      { kind: 'Item', id: 'untouched', title: 'Item untouched', reason: 'Not part of this run.' },
      { kind: 'Group', id: 'g', title: 'Group g', reason: 'Your role cannot reassign group ownership.' },
    ]);
  });
});

describe('the last step names what it will do', () => {
  it("names the moves and the destructive step by the member's username", () => {
    const username = 'frank.departing';
    expect(finalStepLabel({ items: 34, groups: 4, account: 'delete', username })).toBe('Move 34 items and 4 groups, then delete frank.departing');
    expect(finalStepLabel({ items: 1, groups: 0, account: 'disable', username })).toBe('Move 1 item, then disable frank.departing');
    expect(finalStepLabel({ items: 300, groups: 4, account: 'delete', username, receiver: 'grace.receiver' })).toBe(
      'Move 300 items and 4 groups to grace.receiver, then delete frank.departing',
    );
    expect(finalStepLabel({ items: 0, groups: 1, account: 'keep', username })).toBe('Move 1 group');
    expect(finalStepLabel({ items: 0, groups: 0, account: 'delete', username })).toBe('Delete frank.departing');
    expect(finalStepLabel({ items: 0, groups: 0, account: 'keep', username })).toBe('Finish');
  });

  it('goes ahead with a delete or disable only once the username is typed', () => {
    expect(isAccountChoiceConfirmed('keep', 'frank.departing', '')).toBe(true);
    expect(isAccountChoiceConfirmed('delete', 'frank.departing', '')).toBe(false);
    expect(isAccountChoiceConfirmed('delete', 'frank.departing', 'frank')).toBe(false);
    expect(isAccountChoiceConfirmed('disable', 'frank.departing', ' Frank.Departing ')).toBe(true);
  });
});

describe('offboardingHeadline', () => {
  it('never says finished while anything remains', () => {
    const item = { id: 'a', title: 'A', type: 'CSV', owner: 'frank', folderId: null, modified: 0, size: 1, access: 'private', typeKeywords: [] };
    expect(offboardingHeadline({ items: [item], ownedGroups: [] }, true)).toBe('Offboarding not finished: 1 item remains');
    expect(offboardingHeadline({ items: [item, { ...item, id: 'b' }], ownedGroups: [] }, false)).toBe('Offboarding not finished: 2 items remain');
    expect(offboardingHeadline({ items: [], ownedGroups: [] }, true)).toBe('Offboarding finished');
    expect(offboardingHeadline({ items: [], ownedGroups: [] }, false)).toBe('The account was kept');
  });
});
