import { describe, expect, it } from 'vitest';

import { bulkResultsToCsv } from './bulk-results-to-csv';

describe('bulkResultsToCsv', () => {
  it('writes one protected line per member', () => {
    const csv = bulkResultsToCsv('Delete 2 members', [
      { username: 'ana.lima', fullName: 'Ana Lima', outcome: 'failed', reason: 'Owns 6 items, 1 group' },
      { username: 'bob', fullName: '=HYPERLINK("x")', outcome: 'done', reason: '' },
    ]);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Username,Full name,Action,Result,Reason');
    expect(lines[1]).toBe('ana.lima,Ana Lima,Delete 2 members,Failed,"Owns 6 items, 1 group"');
    expect(lines[2]).toBe(`bob,"'=HYPERLINK(""x"")",Delete 2 members,Done,`);
  });
});
