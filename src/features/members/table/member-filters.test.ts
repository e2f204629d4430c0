import { describe, expect, it } from 'vitest';

import { matchesMemberFilters } from './group-filter';
import { memberFilterClauses, noMemberFilters } from './member-filters';
import { testMember } from '../testing-members';

const now = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

describe('memberFilterClauses', () => {
  it('keeps custom-role members out of built-in role filters', () => {
    expect(memberFilterClauses({ ...noMemberFilters, role: 'org_admin' }, now)).toEqual(['(role:org_admin AND NOT roleid:*)']);
    expect(memberFilterClauses({ ...noMemberFilters, role: 'iAAAAAAAAAAAAAAA' }, now)).toEqual(['roleid:iAAAAAAAAAAAAAAA']);
  });

  it('translates last login into lastlogin ranges (never = -1)', () => {
    expect(memberFilterClauses({ ...noMemberFilters, lastLogin: 'never' }, now)).toEqual(['lastlogin:-1']);
    expect(memberFilterClauses({ ...noMemberFilters, lastLogin: '90' }, now)).toEqual([`lastlogin:[0 TO ${String(now - 90 * DAY)}]`]);
    expect(memberFilterClauses({ ...noMemberFilters, lastLogin: 'range', lastLoginFrom: '2026-01-01', lastLoginTo: '2026-01-31' }, now)).toEqual([
      `lastlogin:[${String(Date.UTC(2026, 0, 1))} TO ${String(Date.UTC(2026, 1, 1) - 1)}]`,
    ]);
    expect(memberFilterClauses({ ...noMemberFilters, lastLogin: 'range' }, now)).toEqual([]);
  });

  it('combines every filter and ignores values that are not ids', () => {
    expect(memberFilterClauses({ ...noMemberFilters, userType: 'creatorUT', status: 'disabled', provider: 'enterprise', role: 'x) OR (*' }, now)).toEqual([
      'userlicensetype:creatorUT',
      'disabled:true',
      'provider:enterprise',
    ]);
  });
});

describe('group filter', () => {
  it('is a filter but never a q clause', () => {
    expect(memberFilterClauses({ ...noMemberFilters, group: 'abc' }, now)).toEqual([]);
  });
});

describe('created-date filter', () => {
  it('is a created range from the first day start to the last day end (UTC), open ends as 0 and now', () => {
    expect(memberFilterClauses({ ...noMemberFilters, createdFrom: '2024-03-01', createdTo: '2024-03-31' }, now)).toEqual([
      `created:[${String(Date.UTC(2024, 2, 1))} TO ${String(Date.UTC(2024, 3, 1) - 1)}]`,
    ]);
    expect(memberFilterClauses({ ...noMemberFilters, createdFrom: '2024-03-01' }, now)).toEqual([
      `created:[${String(Date.UTC(2024, 2, 1))} TO ${String(now)}]`,
    ]);
    expect(memberFilterClauses({ ...noMemberFilters, createdTo: '2024-03-01' }, now)).toEqual([`created:[0 TO ${String(Date.UTC(2024, 2, 2) - 1)}]`]);
  });

  it('keeps the group filter to members created in the range', () => {
    const filters = { ...noMemberFilters, createdFrom: '2024-03-01', createdTo: '2024-03-31' };
    const member = { ...testMember('ana'), created: Date.UTC(2024, 2, 31, 23) };
    expect(matchesMemberFilters(member, filters, now)).toBe(true);
    expect(matchesMemberFilters({ ...member, created: Date.UTC(2024, 3, 1) }, filters, now)).toBe(false);
  });
});
