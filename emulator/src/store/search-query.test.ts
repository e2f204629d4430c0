import { describe, expect, it } from 'vitest';

import { MAX_QUERY_LENGTH, parseSearchQuery, queryFields, SearchSyntaxError, type SearchNode } from './search-query';

const term = (value: string, field: string | null = null, wildcard = false): SearchNode => ({ kind: 'term', field, value, wildcard });
const must = (node: SearchNode) => ({ occur: 'must' as const, node });
const should = (node: SearchNode) => ({ occur: 'should' as const, node });
const mustNot = (node: SearchNode) => ({ occur: 'mustNot' as const, node });

describe('parseSearchQuery', () => {
  it('treats an empty query and a lone * as "everything"', () => {
    expect(parseSearchQuery('')).toEqual({ kind: 'all' });
    expect(parseSearchQuery('   ')).toEqual({ kind: 'all' });
    expect(parseSearchQuery('*')).toEqual({ kind: 'all' });
    expect(parseSearchQuery('*:*')).toEqual({ kind: 'all' });
  });

  it('parses bare terms and field terms, lower-casing field names only', () => {
    expect(parseSearchQuery('Smith')).toEqual(term('Smith'));
    expect(parseSearchQuery('FullName:Smith')).toEqual(term('Smith', 'fullname'));
    expect(parseSearchQuery('role:org_publisher')).toEqual(term('org_publisher', 'role'));
  });

  it('accepts a space after the colon (as in the documented date examples)', () => {
    expect(parseSearchQuery('created: [0000001259692864000 TO 0000001260384065000]')).toEqual({
      kind: 'range',
      field: 'created',
      lower: '0000001259692864000',
      upper: '0000001260384065000',
      includeLower: true,
      includeUpper: true,
    });
  });

  it('parses quoted phrases, with and without a field, and escaped quotes inside', () => {
    expect(parseSearchQuery('"john smith"')).toEqual({ kind: 'phrase', field: null, value: 'john smith' });
    expect(parseSearchQuery('fullname:"Ana Lima"')).toEqual({ kind: 'phrase', field: 'fullname', value: 'Ana Lima' });
    expect(parseSearchQuery('description:"say \\"hi\\""')).toEqual({ kind: 'phrase', field: 'description', value: 'say "hi"' });
  });

  it('marks * and ? wildcards, but not escaped ones', () => {
    expect(parseSearchQuery('smi*')).toEqual(term('smi*', null, true));
    expect(parseSearchQuery('username:?smith')).toEqual(term('?smith', 'username', true));
    expect(parseSearchQuery('sm\\*th')).toEqual(term('sm*th', null, false));
    expect(parseSearchQuery('email:*')).toEqual({ kind: 'exists', field: 'email' });
  });

  it('keeps punctuation inside words: e-mail addresses, hyphens, dots, negative numbers', () => {
    expect(parseSearchQuery('email:ana.lima@harborcity.example')).toEqual(term('ana.lima@harborcity.example', 'email'));
    expect(parseSearchQuery('culture:en-US')).toEqual(term('en-US', 'culture'));
    expect(parseSearchQuery('lastlogin:-1')).toEqual(term('-1', 'lastlogin'));
  });

  it('uses OR as the default operator (Lucene): bare words are optional clauses', () => {
    expect(parseSearchQuery('ana lima')).toEqual({ kind: 'bool', clauses: [should(term('ana')), should(term('lima'))] });
    expect(parseSearchQuery('ana OR lima')).toEqual({ kind: 'bool', clauses: [should(term('ana')), should(term('lima'))] });
    expect(parseSearchQuery('ana || lima')).toEqual({ kind: 'bool', clauses: [should(term('ana')), should(term('lima'))] });
  });

  it('makes both sides of AND required, including the previous clause', () => {
    expect(parseSearchQuery('ana AND lima')).toEqual({ kind: 'bool', clauses: [must(term('ana')), must(term('lima'))] });
    expect(parseSearchQuery('ana && lima')).toEqual({ kind: 'bool', clauses: [must(term('ana')), must(term('lima'))] });
    // Lucene's classic quirk: "a OR b AND c" = a optional, b and c required.
    expect(parseSearchQuery('a OR b AND c')).toEqual({ kind: 'bool', clauses: [should(term('a')), must(term('b')), must(term('c'))] });
  });

  it('supports + (required), - / NOT / ! (prohibited)', () => {
    expect(parseSearchQuery('recent +fires')).toEqual({ kind: 'bool', clauses: [should(term('recent')), must(term('fires'))] });
    expect(parseSearchQuery('California NOT Imagery')).toEqual({ kind: 'bool', clauses: [should(term('California')), mustNot(term('Imagery'))] });
    expect(parseSearchQuery('a -b')).toEqual({ kind: 'bool', clauses: [should(term('a')), mustNot(term('b'))] });
    expect(parseSearchQuery('a AND NOT b')).toEqual({ kind: 'bool', clauses: [must(term('a')), mustNot(term('b'))] });
    expect(parseSearchQuery('!b')).toEqual({ kind: 'bool', clauses: [mustNot(term('b'))] });
    expect(parseSearchQuery('-role:org_admin')).toEqual({ kind: 'bool', clauses: [mustNot(term('org_admin', 'role'))] });
  });

  it('treats lower-case and/or/not as ordinary words', () => {
    expect(parseSearchQuery('rock and roll')).toEqual({ kind: 'bool', clauses: [should(term('rock')), should(term('and')), should(term('roll'))] });
  });

  it('groups with parentheses and nests', () => {
    expect(parseSearchQuery('(role:org_user OR role:org_publisher) AND disabled:false')).toEqual({
      kind: 'bool',
      clauses: [must({ kind: 'bool', clauses: [should(term('org_user', 'role')), should(term('org_publisher', 'role'))] }), must(term('false', 'disabled'))],
    });
    expect(parseSearchQuery('((ana))')).toEqual(term('ana'));
  });

  it('applies a field to a parenthesised group: field:(a OR b)', () => {
    expect(parseSearchQuery('fullname:(ana OR "ben okafor")')).toEqual({
      kind: 'bool',
      clauses: [should(term('ana', 'fullname')), should({ kind: 'phrase', field: 'fullname', value: 'ben okafor' })],
    });
  });

  it('parses inclusive, exclusive, mixed and open ranges', () => {
    expect(parseSearchQuery('created:[1 TO 2]')).toMatchObject({ lower: '1', upper: '2', includeLower: true, includeUpper: true });
    expect(parseSearchQuery('owner:{arcgis_explorer TO esri}')).toMatchObject({
      field: 'owner',
      lower: 'arcgis_explorer',
      upper: 'esri',
      includeLower: false,
      includeUpper: false,
    });
    expect(parseSearchQuery('modified:[1 TO 2}')).toMatchObject({ includeLower: true, includeUpper: false });
    expect(parseSearchQuery('lastlogin:[* TO 1600000000000]')).toMatchObject({ lower: null, upper: '1600000000000' });
    expect(parseSearchQuery('lastlogin:[-1 TO -1]')).toMatchObject({ lower: '-1', upper: '-1' });
  });

  it('ignores boosts and fuzziness', () => {
    expect(parseSearchQuery('recent fires^5')).toEqual({ kind: 'bool', clauses: [should(term('recent')), should(term('fires'))] });
    expect(parseSearchQuery('smith~')).toEqual(term('smith'));
    expect(parseSearchQuery('"ana lima"~2')).toEqual({ kind: 'phrase', field: null, value: 'ana lima' });
    expect(parseSearchQuery('(a b)^2')).toEqual({ kind: 'bool', clauses: [should(term('a')), should(term('b'))] });
  });

  it.each([
    ['(ana', /missing/],
    ['ana)', /unexpected "\)"/i],
    ['()', /empty group/i],
    ['"ana', /unterminated/i],
    ['fullname:', /no value/],
    ['AND ana', /cannot start/],
    ['ana AND', /ends with an operator/],
    ['created:[1 TO', /range/],
    ['created:[1 2]', /range/],
    ['[1 TO 2]', /needs a field/],
    ['ana^', /boost/],
    [':ana', /unexpected ":"/i],
    ['ana ]', /unexpected "\]"/i],
  ])('rejects malformed query %j', (input, message) => {
    expect(() => parseSearchQuery(input)).toThrow(SearchSyntaxError);
    expect(() => parseSearchQuery(input)).toThrow(message);
  });

  it('rejects queries longer than 10 KB', () => {
    expect(() => parseSearchQuery('a '.repeat(MAX_QUERY_LENGTH))).toThrow(/10 KB/);
  });

  it('lists the fields a query uses', () => {
    expect(queryFields(parseSearchQuery('smith OR (email:x AND -Role:org_admin) created:[1 TO 2]'))).toEqual(['email', 'role', 'created']);
  });
});
