import { describe, expect, it } from 'vitest';

import type { BulkAction, BulkPlan, BulkResult } from './bulk-action';
import { memberRunRecord, undoRecordOf } from './member-run-record';
import { testMember } from '../testing-members';

const toPublisher: BulkAction = { kind: 'role', role: { key: 'org_publisher', name: 'Publisher' } };
const plan: BulkPlan = { batches: [['ana'], ['ben']], settled: [], seats: null };
const results: BulkResult[] = [
  { username: 'ana', fullName: 'Ana', outcome: 'done', reason: '' },
  { username: 'ben', fullName: 'Ben', outcome: 'failed', reason: 'Refused by the portal.' },
];
const context = {
  membersBefore: [testMember('ana', { role: 'org_user' }), testMember('ben', { role: 'org_user' })],
  label: 'Change the role of 2 members to Publisher',
  ranBy: 'admin',
  startedAt: new Date('2026-01-02T10:00:00Z'),
  finishedAt: new Date('2026-01-02T10:01:00Z'),
};

describe('memberRunRecord', () => {
  it('records every member’s outcome and the before-image of those the portal changed', () => {
    const record = memberRunRecord([{ action: toPublisher, plan }], results, context);
    expect(record.asked).toEqual({ action: toPublisher, label: context.label });
    expect(record.outcomes).toEqual([
      { username: 'ana', fullName: 'Ana', status: 'done', message: '' },
      { username: 'ben', fullName: 'Ben', status: 'failed', message: 'Refused by the portal.' },
    ]);
    expect(record.beforeImages).toEqual([{ username: 'ana', fullName: 'Ana', before: 'org_user', after: 'org_publisher' }]);
    expect(undoRecordOf(record)).toEqual({ action: toPublisher, changed: record.beforeImages });
  });

  it('records an undo with the run it undid and no before-images: an undo is not undone', () => {
    const record = memberRunRecord([{ action: toPublisher, plan }], results, { ...context, undo: { of: 'item1' } });
    expect(record.undoOf).toBe('item1');
    expect(record.beforeImages).toEqual([]);
    expect(undoRecordOf(record)).toMatch(/was an undo/);
  });

  it('says why a delete or a run that changed nobody cannot be undone', () => {
    expect(undoRecordOf(memberRunRecord([{ action: { kind: 'delete' }, plan }], results, context))).toMatch(/cannot be undone/);
    const nobody = results.map((result) => ({ ...result, outcome: 'unchanged' as const }));
    expect(undoRecordOf(memberRunRecord([{ action: toPublisher, plan }], nobody, context))).toMatch(/nothing to undo/);
  });
});
