import { describe, expect, it } from 'vitest';

import { buildRunRecord, type RunDetail } from '@/lib/history/run-record';
import { contentItem } from '@/testing/fixtures/content-transfer/content-item';

import { planTransferUndo, transferParties } from './transfer-undo';
import type { ContentItem, GroupSummary } from '../types';

const detail = (kind: RunDetail['kind'], id: string, status: string, folder?: string): RunDetail => ({
  kind,
  id,
  title: `${id} title`,
  type: kind === 'group' ? 'Group' : 'Web Map',
  to: 'bo',
  status,
  message: '',
  ...(folder !== undefined ? { folder } : {}),
});
const record = (details: RunDetail[], action: unknown = { giver: 'ana', itemReceiver: 'bo', groupReceiver: 'cy', items: 4, groups: 2 }) =>
  buildRunRecord({ kind: 'transfer', action, label: 'Transfer', ranBy: 'admin', startedAt: new Date(0), finishedAt: new Date(0), outcomes: [], details });
const item = (id: string, owner: string): ContentItem => contentItem(id, { title: `${id} now`, type: 'Web Map', owner, folderId: 'f9', size: 0 });
const group = (id: string, owner: string): GroupSummary => ({ id, title: `${id} now`, access: 'org', owner, memberCount: 3 });

describe('transferParties', () => {
  it('reads the giver and receivers of a transfer record, and nothing from other runs or malformed ones', () => {
    expect(transferParties(record([]))).toEqual({ giver: 'ana', itemReceiver: 'bo', groupReceiver: 'cy' });
    expect(transferParties(record([], { giver: 'ana', itemReceiver: null, groupReceiver: 'cy' }))).toEqual({
      giver: 'ana',
      itemReceiver: null,
      groupReceiver: 'cy',
    });
    expect(transferParties(record([], { itemReceiver: 'bo' }))).toBeNull();
    expect(transferParties({ ...record([]), kind: 'offboarding' })).toBeNull();
  });
});

describe('planTransferUndo', () => {
  const run = record([
    detail('item', 'i1', 'moved', 'Projects'),
    detail('item', 'i2', 'moved', '/'),
    detail('item', 'i3', 'moved', 'Old'),
    detail('item', 'i4', 'moved', 'Old'),
    detail('item', 'i5', 'failed', 'Old'),
    detail('item', 'i6', 'moved'),
    detail('group', 'g1', 'moved'),
    detail('group', 'g2', 'moved'),
    detail('group', 'g3', 'not-moved'),
    detail('group', 'g4', 'moved'),
  ]);
  const parties = { giver: 'ana', itemReceiver: 'bo', groupReceiver: 'cy' };
  const items = new Map<string, ContentItem | null>([
    ['i1', item('i1', 'BO')],
    ['i2', item('i2', 'bo')],
    ['i3', item('i3', 'dee')],
    ['i4', null],
    ['i6', item('i6', 'bo')],
  ]);
  const groups = new Map<string, GroupSummary | null>([
    ['g1', group('g1', 'cy')],
    ['g2', group('g2', 'ana')],
    ['g4', group('g4', 'dee')],
  ]);
  const plan = planTransferUndo(run, parties, items, groups);

  it('takes back what the receivers still hold, each item to the folder it came from', () => {
    expect(plan.items.map((entry) => entry.id)).toEqual(['i1', 'i2', 'i6']);
    expect([...plan.folders]).toEqual([
      ['i1', 'Projects'],
      ['i2', '/'],
      ['i6', '/'],
    ]);
    expect(plan.toRootForLackOfFolder).toBe(1);
    expect(plan.groups.map((entry) => entry.id)).toEqual(['g1']);
    expect(plan.giver).toBe('ana');
  });

  it('leaves alone what was deleted, is already back or moved on since, saying who holds it now, and ignores what the run did not move', () => {
    expect(plan.leftAlone).toEqual([
      { kind: 'item', id: 'i3', title: 'i3 now', type: 'Web Map', reason: 'Now owned by dee, not bo as the run left it.' },
      { kind: 'item', id: 'i4', title: 'i4 title', type: 'Web Map', reason: 'No longer found: deleted since the run, or no longer visible to you.' },
      { kind: 'group', id: 'g2', title: 'g2 now', type: 'Group', reason: 'Already back with ana.' },
      { kind: 'group', id: 'g4', title: 'g4 now', type: 'Group', reason: 'Now owned by dee, not cy as the run left it.' },
    ]);
  });
});
