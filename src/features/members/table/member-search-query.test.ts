import { describe, expect, it } from 'vitest';

import { buildMemberSearchQuery } from './member-search-query';

describe('buildMemberSearchQuery', () => {
  it('matches everyone when empty', () => {
    expect(buildMemberSearchQuery('   ')).toBe('*');
  });
  it('prefix-matches every word', () => {
    expect(buildMemberSearchQuery('ana  lim')).toBe('ana* AND lim*');
    expect(buildMemberSearchQuery('Zoë')).toBe('Zoë*');
  });
  it('quotes punctuation so it is not read as query syntax', () => {
    expect(buildMemberSearchQuery('ana.lima@harborcity.example')).toBe('"ana.lima@harborcity.example"');
    expect(buildMemberSearchQuery('role:org_admin')).toBe('"role:org_admin"');
    expect(buildMemberSearchQuery('say "hi"')).toBe('say* AND "\\"hi\\""');
    // A DOMAIN\user login keeps its backslash, escaped inside the phrase.
    expect(buildMemberSearchQuery('CONTOSO\\jsmith')).toBe('"CONTOSO\\\\jsmith"');
  });
  it('adds the filter clauses to the words', () => {
    expect(buildMemberSearchQuery('ana', ['lastlogin:-1', 'provider:enterprise'])).toBe('ana* AND lastlogin:-1 AND provider:enterprise');
    expect(buildMemberSearchQuery('', ['disabled:true'])).toBe('disabled:true');
  });
});
