import { describe, expect, it } from 'vitest';

import { buildRunRecord } from './run-record';
import { runRecordToCsv } from './run-record-csv';

describe('runRecordToCsv', () => {
  const record = buildRunRecord({
    kind: 'memberAction',
    action: {},
    label: 'Change the role of 2 members to Publisher',
    ranBy: 'admin',
    startedAt: new Date('2026-01-02T10:00:00Z'),
    finishedAt: new Date('2026-01-02T10:01:00Z'),
    outcomes: [
      { username: 'ana', fullName: 'Ana, Lima', status: 'done', message: '' },
      { username: 'ben', fullName: '=HYPERLINK("x")', status: 'failed', message: 'Refused' },
    ],
    beforeImages: [{ username: 'ana', fullName: 'Ana, Lima', before: 'org_user', after: 'org_publisher' }],
  });
  const lines = runRecordToCsv(record)
    .replace(/^\uFEFF/, '')
    .split('\r\n');

  it('has one line per member with the action, result, before and after, who and when', () => {
    expect(lines[0]).toBe('Username,Full name,Action,Result,Reason,Before,After,Run by,Started,Finished');
    expect(lines[1]).toBe(
      'ana,"Ana, Lima",Change the role of 2 members to Publisher,done,,org_user,org_publisher,admin,2026-01-02T10:00:00.000Z,2026-01-02T10:01:00.000Z',
    );
    expect(lines).toHaveLength(3);
  });

  it('guards cells a spreadsheet would run as formulas', () => {
    expect(lines[2]).toContain(`"'=HYPERLINK(""x"")"`);
  });
});

describe('runRecordToCsv with per-item results', () => {
  it('adds a line per item after the members, in four more columns', () => {
    const record = buildRunRecord({
      kind: 'transfer',
      action: {},
      label: 'Transfer 1 item from ana to grace',
      ranBy: 'admin',
      startedAt: new Date('2026-01-02T10:00:00Z'),
      finishedAt: new Date('2026-01-02T10:01:00Z'),
      outcomes: [{ username: 'ana', fullName: '', status: 'done', message: '1 item moved to grace' }],
      details: [{ kind: 'item', id: 'i1', title: '=Roads', type: 'Web Map', to: 'grace', status: 'moved', message: '' }],
    });
    const lines = runRecordToCsv(record)
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe('Username,Full name,Action,Result,Reason,Before,After,Run by,Started,Finished,Item or group,Id,Title,Type');
    expect(lines[1]).toMatch(/^ana,,.*,,,,$/);
    expect(lines[2]).toBe("grace,,Transfer 1 item from ana to grace,moved,,,,admin,2026-01-02T10:00:00.000Z,2026-01-02T10:01:00.000Z,item,i1,'=Roads,Web Map");
  });
});
