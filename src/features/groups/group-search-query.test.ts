import { describe, expect, it } from 'vitest';

import { buildGroupSearchQuery } from './group-search-query';

describe('buildGroupSearchQuery', () => {
  it('matches everything when nothing is asked', () => {
    expect(buildGroupSearchQuery('  ')).toBe('*');
  });

  it('turns words into prefix terms that must all match', () => {
    expect(buildGroupSearchQuery('harbor ops')).toBe('harbor* AND ops*');
  });

  it('quotes words with punctuation so they are not read as syntax', () => {
    expect(buildGroupSearchQuery('water-utilities "x')).toBe('"water-utilities" AND "\\"x"');
    expect(buildGroupSearchQuery('', { owner: 'CONTOSO\\jsmith' })).toBe('owner:"CONTOSO\\\\jsmith"');
  });

  it('adds access and owner as exact clauses', () => {
    expect(buildGroupSearchQuery('staff', { access: 'org', owner: ' portaladmin ' })).toBe('staff* AND access:org AND owner:"portaladmin"');
    expect(buildGroupSearchQuery('', { access: 'private' })).toBe('access:private');
  });
});
