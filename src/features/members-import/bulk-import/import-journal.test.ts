import { describe, expect, it } from 'vitest';

import { describeJournal, fingerprintOf, withoutPasswords } from './import-journal';

describe('import journal helpers', () => {
  it('never keeps a password fix', () => {
    expect(withoutPasswords({ 3: { password: 'Secret.2026', email: 'a@b.org' }, 4: { password: 'x' } })).toEqual({
      3: { email: 'a@b.org' },
      4: {},
    });
  });

  it('fingerprints files by content', async () => {
    const bytes = (text: string) => new TextEncoder().encode(text).buffer;
    expect(await fingerprintOf(bytes('a,b\n1,2'))).toBe(await fingerprintOf(bytes('a,b\n1,2')));
    expect(await fingerprintOf(bytes('a,b\n1,2'))).not.toBe(await fingerprintOf(bytes('a,b\n1,3')));
    expect(await fingerprintOf(bytes(''))).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('describeJournal', () => {
  it('counts what the review and the report count: rows to add, their outcomes, and the rows of the file', () => {
    const outcome = (line: number, status: 'added' | 'exists' | 'failed') => ({ line, username: `u${String(line)}`, status, reason: '' });
    const journal = {
      outcomes: [outcome(2, 'added'), outcome(3, 'added'), outcome(4, 'exists'), outcome(5, 'failed')],
      total: 5_000,
      rowCount: 5_050,
      preexisting: Array.from({ length: 50 }, (_, index) => 100 + index),
    };
    expect(describeJournal(journal)).toBe(
      '4 of 5,000 rows to add were done when it stopped (2 added, 1 already member, 1 failed); the file has 5,050 rows, 50 of them already members before the import.',
    );
    expect(describeJournal({ outcomes: [outcome(2, 'exists')], total: 1, rowCount: 1, preexisting: [2] })).toBe(
      '1 of 1 row to add was done when it stopped (0 added, 1 already member, 0 failed); the file has 1 row, 1 of them already a member before the import.',
    );
    expect(describeJournal({ outcomes: [], total: 10 })).toBe('0 of 10 rows to add were done when it stopped (0 added, 0 already members, 0 failed).');
  });
});
