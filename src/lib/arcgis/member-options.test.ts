import { describe, expect, it } from 'vitest';

import { memberOptionsSearchQuery } from './member-options';

describe('memberOptionsSearchQuery', () => {
  it('asks for everyone when nothing is typed', () => {
    expect(memberOptionsSearchQuery('   ')).toBe('*');
  });

  it('matches the start of every typed word', () => {
    expect(memberOptionsSearchQuery('ana')).toBe('ana*');
    expect(memberOptionsSearchQuery(' ana  li ')).toBe('ana* AND li*');
    expect(memberOptionsSearchQuery('ana.l')).toBe('ana.l*');
    expect(memberOptionsSearchQuery('ana.lima@harbor')).toBe('ana.lima@harbor*');
  });

  it('quotes words the search grammar would read, escaping their quotes and backslashes', () => {
    expect(memberOptionsSearchQuery('a"b\\c:d')).toBe('"a\\"b\\\\c:d"');
    expect(memberOptionsSearchQuery('-ana')).toBe('"-ana"');
  });
});
