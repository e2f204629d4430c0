import { describe, expect, it } from 'vitest';

import { groupMemberQueries, keepGroupMembers, sortMembers } from './group-filter';
import { testMember } from '../testing-members';

describe('groupMemberQueries', () => {
  it('chunks usernames into quoted OR lists combined with the other filters', () => {
    expect(groupMemberQueries('*', ['a.b', 'c'], 50)).toEqual(['username:("a.b" OR "c")']);
    expect(groupMemberQueries('disabled:true', ['a', 'b', 'c'], 2)).toEqual([
      '(disabled:true) AND username:("a" OR "b")',
      '(disabled:true) AND username:("c")',
    ]);
    expect(groupMemberQueries('*', ['we"ird\\'])).toEqual(['username:("we\\"ird\\\\")']);
    expect(groupMemberQueries('*', ['CONTOSO\\jsmith'])).toEqual(['username:("CONTOSO\\\\jsmith")']);
  });
});

describe('keepGroupMembers', () => {
  it('drops word matches that are not in the group and duplicates', () => {
    const found = [testMember('ana.lima'), testMember('ana'), testMember('ana.lima'), testMember('Ben')];
    expect(keepGroupMembers(found, ['ANA.LIMA', 'ben']).map((m) => m.username)).toEqual(['ana.lima', 'Ben']);
  });
});

describe('sortMembers', () => {
  it('sorts like the portal, never-signed-in first when ascending', () => {
    const members = [testMember('b', { lastLogin: 5 }), testMember('a', { lastLogin: null }), testMember('c', { lastLogin: 9 })];
    expect(sortMembers(members, 'lastlogin', 'asc').map((m) => m.username)).toEqual(['a', 'b', 'c']);
    expect(sortMembers(members, 'lastlogin', 'desc').map((m) => m.username)).toEqual(['c', 'b', 'a']);
    expect(sortMembers(members, 'username', 'desc').map((m) => m.username)).toEqual(['c', 'b', 'a']);
  });
});
