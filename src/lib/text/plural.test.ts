import { describe, expect, it } from 'vitest';

import { countOf, noun } from './plural';

describe('plural', () => {
  it('uses the singular only for one', () => {
    expect(countOf(1, 'row')).toBe('1 row');
    expect(countOf(0, 'row')).toBe('0 rows');
    expect(countOf(2000, 'row')).toBe('2,000 rows');
  });

  it('takes an irregular plural', () => {
    expect(countOf(1, 'already a member', 'already members')).toBe('1 already a member');
    expect(countOf(3, 'already a member', 'already members')).toBe('3 already members');
    expect(noun(1, 'entry', 'entries')).toBe('entry');
    expect(noun(5, 'entry', 'entries')).toBe('entries');
  });
});
