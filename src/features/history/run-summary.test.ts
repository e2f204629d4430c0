import { describe, expect, it } from 'vitest';

import { buildRunRecord } from '@/lib/history/run-record';

import { countsText, formatWhen } from './run-summary';

describe('countsText', () => {
  const record = (statuses: string[]) =>
    buildRunRecord({
      kind: 'memberAction',
      action: {},
      label: 'x',
      ranBy: 'admin',
      startedAt: new Date(0),
      finishedAt: new Date(0),
      outcomes: statuses.map((status, index) => ({ username: `u${String(index)}`, fullName: '', status, message: '' })),
    });
  it('counts members per result', () => {
    expect(countsText(record(['skipped', 'done', 'done', 'imported']))).toBe('2 done, 1 skipped, 1 imported');
    expect(countsText(record([]))).toBe('No members');
  });
  it('says when a time was not reported', () => {
    expect(formatWhen('nonsense')).toBe('not reported');
  });
});
