import { describe, expect, it } from 'vitest';

import { buildRunRecord, offersUndo, readRunRecord, touchesMember } from './run-record';
import { type TransferredThing, transferRunRecordInput } from './transfer-run-record';

const things = (count: number, status: TransferredThing['status'], prefix: string): TransferredThing[] =>
  Array.from({ length: count }, (_, index) => ({
    id: `${prefix}${String(index)}`,
    title: `${prefix} ${String(index)}`,
    type: 'Web Map',
    status,
    reason: status === 'failed' ? 'Refused' : '',
  }));
const startedAt = new Date('2026-01-02T10:00:00Z');

describe('transferRunRecordInput', () => {
  it('says per member touched what moved: the giver and the receiver', () => {
    const input = transferRunRecordInput({
      kind: 'transfer',
      giver: 'ana',
      itemReceiver: 'grace.receiver',
      groupReceiver: 'grace.receiver',
      items: [...things(312, 'moved', 'item'), ...things(2, 'failed', 'bad')],
      groups: things(4, 'moved', 'group'),
      startedAt,
    });
    expect(input.label).toBe('Transfer from ana: 314 items and 4 groups to grace.receiver');
    expect(input.outcomes).toEqual([
      { username: 'ana', fullName: '', status: 'failed', message: '312 items and 4 groups moved to grace.receiver; 2 failed' },
      { username: 'grace.receiver', fullName: '', status: 'failed', message: '312 items and 4 groups moved from ana; 2 failed' },
    ]);
    expect(input.action).toEqual({ giver: 'ana', itemReceiver: 'grace.receiver', groupReceiver: 'grace.receiver', items: 314, groups: 4 });
    expect(input.details).toHaveLength(318);
    expect(input.details?.at(-1)).toMatchObject({ kind: 'group', type: 'Group', to: 'grace.receiver', status: 'moved' });
  });

  it('names each receiver of an offboarding, and the account step asked for', () => {
    const input = transferRunRecordInput({
      kind: 'offboarding',
      giver: 'leaver',
      itemReceiver: 'bo',
      groupReceiver: 'cy',
      items: [...things(3, 'moved', 'item'), ...things(1, 'not-moved', 'late')],
      groups: things(1, 'moved', 'group'),
      account: 'disable',
      startedAt,
    });
    expect(input.label).toBe('Offboard leaver: 4 items to bo; 1 group to cy; account: disable');
    expect(input.outcomes.map((outcome) => [outcome.username, outcome.status, outcome.message])).toEqual([
      ['leaver', 'done', '3 items moved to bo; 1 not moved; 1 group moved to cy'],
      ['bo', 'done', '3 items moved from leaver; 1 not moved'],
      ['cy', 'done', '1 group moved from leaver'],
    ]);
    const record = readRunRecord(JSON.parse(JSON.stringify(buildRunRecord({ ...input, ranBy: 'admin', finishedAt: startedAt }))));
    expect(record?.details).toHaveLength(5);
    // The member filter finds the run by the giver or either receiver.
    expect(['leaver', 'bo', 'cy'].map((member) => record !== null && touchesMember(record, member))).toEqual([true, true, true]);
  });

  it('keeps the folder each item came from through a save and a read, and offers an undo of a transfer once', () => {
    const input = transferRunRecordInput({
      kind: 'transfer',
      giver: 'ana',
      itemReceiver: 'bo',
      groupReceiver: null,
      items: [{ id: 'a1', title: 'Parcels', type: 'Web Map', status: 'moved', reason: '', folder: 'Projects' }, ...things(1, 'failed', 'bad')],
      groups: [],
      startedAt,
    });
    const record = readRunRecord(JSON.parse(JSON.stringify(buildRunRecord({ ...input, ranBy: 'admin', finishedAt: startedAt }))));
    expect(record?.details.map((detail) => detail.folder)).toEqual(['Projects', undefined]);
    expect(record !== null && offersUndo(record)).toBe(true);

    const undo = transferRunRecordInput({
      kind: 'transfer',
      giver: 'bo',
      itemReceiver: 'ana',
      groupReceiver: null,
      items: things(1, 'moved', 'a'),
      groups: [],
      startedAt,
      undoOf: 'run-1',
    });
    expect(undo.label).toBe('Undo a transfer: back from bo: 1 item to ana');
    const undoRecord = buildRunRecord({ ...undo, ranBy: 'admin', finishedAt: startedAt });
    expect(undoRecord.undoOf).toBe('run-1');
    expect(offersUndo(undoRecord)).toBe(false);
  });

  it('offers no undo of a transfer that moved nothing, nor of an offboarding', () => {
    const base = { giver: 'ana', itemReceiver: 'bo', groupReceiver: null, groups: [], startedAt };
    const failed = buildRunRecord({
      ...transferRunRecordInput({ ...base, kind: 'transfer', items: things(2, 'failed', 'x') }),
      ranBy: 'admin',
      finishedAt: startedAt,
    });
    const offboarding = buildRunRecord({
      ...transferRunRecordInput({ ...base, kind: 'offboarding', items: things(2, 'moved', 'x') }),
      ranBy: 'admin',
      finishedAt: startedAt,
    });
    expect([offersUndo(failed), offersUndo(offboarding)]).toEqual([false, false]);
  });
});
