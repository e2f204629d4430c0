import { describe, expect, it } from 'vitest';

import { contentItem } from '@/testing/fixtures/content-transfer/content-item';

import { buildTransferPlan, uniqueItems } from './build-transfer-plan';
import type { ContentItem } from '../types';

const item = (id: string, folderId: string | null = null, owner = 'frank'): ContentItem => contentItem(id, { folderId, owner });

const base = {
  owner: 'frank',
  receiver: 'grace',
  related: [],
  relations: [],
  folderTitles: new Map([['f1', 'Roads']]),
  receiverFolderTitles: ['roads'],
};

describe('buildTransferPlan', () => {
  it('drops duplicates from overlapping selections (an item picked and its folder picked)', () => {
    const plan = buildTransferPlan({ ...base, selected: [item('a', 'f1'), item('b'), item('a', 'f1')], strategy: { kind: 'keep' } });
    expect(plan.units.map((unit) => unit.id)).toEqual(['a', 'b']);
    expect(plan.itemCount).toBe(2);
  });

  it('maps each item to its target folder and lists only the folders the receiver lacks', () => {
    const keep = buildTransferPlan({ ...base, selected: [item('a', 'f1'), item('b')], strategy: { kind: 'keep' } });
    expect(keep.units.flatMap((unit) => unit.items.map((entry) => [entry.sourceFolder, entry.targetFolder]))).toEqual([
      ['Roads', 'Roads'],
      ['/', '/'],
    ]);
    expect(keep.foldersToCreate).toEqual([]);
    const fresh = buildTransferPlan({ ...base, selected: [item('a', 'f1')], strategy: { kind: 'new', title: 'From Frank' } });
    expect(fresh.foldersToCreate).toEqual(['From Frank']);
  });

  it('pulls in related items of the same owner and moves them with the chosen one', () => {
    const plan = buildTransferPlan({
      ...base,
      selected: [item('layer'), item('other')],
      related: [item('csv'), item('foreign', null, 'someone.else')],
      relations: [
        { from: 'layer', to: 'csv' },
        { from: 'layer', to: 'foreign' },
      ],
      strategy: { kind: 'root' },
    });
    expect(plan.units.map((unit) => unit.items.map((entry) => entry.item.id))).toEqual([['layer', 'csv'], ['other']]);
    expect(plan.units[0]?.items.map((entry) => entry.isAddedForRelation)).toEqual([false, true]);
    expect(plan.itemCount).toBe(3);
  });
});

describe('uniqueItems', () => {
  it('keeps the first of each id across lists', () => {
    expect(uniqueItems([[item('a')], [item('b'), item('a', 'f1')]]).map((entry) => [entry.id, entry.folderId])).toEqual([
      ['a', null],
      ['b', null],
    ]);
  });
});
