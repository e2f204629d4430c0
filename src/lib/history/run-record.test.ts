import { describe, expect, it } from 'vitest';

import { buildReportedRunRecord, buildRunRecord, countStatuses, distinctRuns, readRunRecord, touchesMember } from './run-record';

const base = {
  kind: 'memberAction' as const,
  action: { kind: 'role', role: { key: 'org_publisher', name: 'Publisher' } },
  label: 'Change the role of 2 members to Publisher',
  ranBy: 'admin',
  startedAt: new Date('2026-01-02T10:00:00Z'),
  finishedAt: new Date('2026-01-02T10:01:00Z'),
  outcomes: [
    { username: 'ana.lima', fullName: 'Ana Lima', status: 'done', message: '' },
    { username: 'ben', fullName: 'Ben', status: 'failed', message: 'Refused' },
  ],
  beforeImages: [{ username: 'ana.lima', fullName: 'Ana Lima', before: 'org_user', after: 'org_publisher' }],
};

describe('buildRunRecord', () => {
  it('keeps who, when, what was asked, each outcome and the before-images', () => {
    const record = buildRunRecord(base);
    expect(record).toMatchObject({
      version: 1,
      kind: 'memberAction',
      asked: { label: 'Change the role of 2 members to Publisher', action: base.action },
      ranBy: 'admin',
      startedAt: '2026-01-02T10:00:00.000Z',
      finishedAt: '2026-01-02T10:01:00.000Z',
      undoOf: null,
    });
    expect(record.outcomes).toHaveLength(2);
    expect(record.beforeImages).toEqual(base.beforeImages);
  });

  it('never keeps a password, however deep the asked action holds one', () => {
    const record = buildRunRecord({
      ...base,
      kind: 'import',
      action: { settings: { password: 'S3cret!x', role: 'org_user' }, rows: [{ pwd: 'x', username: 'a' }] },
    });
    const text = JSON.stringify(record);
    expect(text).not.toContain('S3cret');
    expect(text).not.toMatch(/pwd|password/i);
    expect(record.asked.action).toEqual({ settings: { role: 'org_user' }, rows: [{ username: 'a' }] });
  });
});

describe('readRunRecord', () => {
  it('reads back what was stored', () => {
    const record = buildRunRecord({ ...base, undoOf: 'abc' });
    expect(readRunRecord(JSON.parse(JSON.stringify(record)))).toEqual(record);
  });

  it('refuses data that is not a record of this version', () => {
    expect(readRunRecord(undefined)).toBeNull();
    expect(readRunRecord({ ...buildRunRecord(base), version: 2 })).toBeNull();
    expect(readRunRecord({ ...buildRunRecord(base), kind: 'other' })).toBeNull();
    expect(readRunRecord({ ...buildRunRecord(base), outcomes: 'x' })).toBeNull();
  });

  it('reads a record saved before runs had an id, without one', () => {
    const { runId: _dropped, ...old } = buildRunRecord(base);
    expect(readRunRecord(JSON.parse(JSON.stringify(old)))).toMatchObject({ runId: null, ranBy: 'admin' });
  });

  it('leaves out malformed entries rather than showing them wrongly', () => {
    const raw = { ...buildRunRecord(base), beforeImages: [{ username: 'x', before: {}, after: 1 }, ...base.beforeImages] };
    expect(readRunRecord(raw)?.beforeImages).toEqual(base.beforeImages);
  });
});

describe('touchesMember and countStatuses', () => {
  const record = buildRunRecord(base);
  it('finds a run by any part of a member username, ignoring case', () => {
    expect(touchesMember(record, 'ANA')).toBe(true);
    expect(touchesMember(record, 'cy')).toBe(false);
    expect(touchesMember(record, ' ')).toBe(true);
  });
  it('counts members per status', () => {
    expect(countStatuses(record)).toEqual([
      ['done', 1],
      ['failed', 1],
    ]);
  });
});

describe('runId and distinctRuns', () => {
  it('gives every built record its own id, or keeps the one given', () => {
    expect(buildRunRecord(base).runId).not.toBe(buildRunRecord(base).runId);
    expect(buildRunRecord({ ...base, runId: 'run-1' }).runId).toBe('run-1');
  });

  it('shows a run saved twice once, keeping the earliest item in its place', () => {
    const stored = (id: string, runId: string | null) => ({ id, record: { runId } });
    // Newest first, as the history reads them: item3 and item1 are the same run; item1 was saved first.
    const records = [stored('item4', null), stored('item3', 'a'), stored('item2', 'b'), stored('item1', 'a'), stored('item0', null)];
    expect(distinctRuns(records).map((entry) => entry.id)).toEqual(['item4', 'item2', 'item1', 'item0']);
  });
});

describe('buildReportedRunRecord', () => {
  it('takes a reported reason as the message and tolerates a missing full name', () => {
    const record = buildReportedRunRecord(
      {
        kind: 'import',
        action: { fileName: 'a.csv' },
        label: 'Import of a.csv',
        ranBy: 'admin',
        startedAt: base.startedAt,
        outcomes: [{ username: 'cy', status: 'failed', reason: 'Taken' }],
      },
      base.finishedAt,
    );
    expect(record.outcomes).toEqual([{ username: 'cy', fullName: '', status: 'failed', message: 'Taken' }]);
    expect(record.finishedAt).toBe('2026-01-02T10:01:00.000Z');
    expect(record.runId).toEqual(expect.any(String));
  });
});
