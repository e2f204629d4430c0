import { describe, expect, it } from 'vitest';

import { noMemberFilters } from './member-filters';
import { defaultMemberListParams, readMemberListParams, writeMemberListParams } from './member-list-params';

describe('member list params in the URL', () => {
  it('round-trips page (1-based in the URL), size, sort and search', () => {
    const filters = { ...noMemberFilters, role: 'org_publisher', lastLogin: 'never', provider: 'enterprise' } as const;
    const params = { search: 'lima', page: 2, pageSize: 50, sortField: 'created', sortOrder: 'desc', filters } as const;
    const query = writeMemberListParams(params);
    expect(query.toString()).toBe('q=lima&role=org_publisher&login=never&idp=enterprise&page=3&pageSize=50&sort=created&order=desc');
    expect(readMemberListParams(query)).toEqual(params);
  });

  it('ignores values the table cannot show', () => {
    const query = new URLSearchParams('page=-4&pageSize=7&sort=password&order=sideways&login=yesterday&from=soon&idp=x');
    expect(readMemberListParams(query)).toEqual(defaultMemberListParams);
  });

  it('writes nothing for the defaults', () => {
    expect(writeMemberListParams(defaultMemberListParams).toString()).toBe('');
  });
});

describe('created-date filter in the URL', () => {
  it('keeps yyyy-mm-dd dates and drops anything else', () => {
    const params = { ...defaultMemberListParams, filters: { ...noMemberFilters, createdFrom: '2024-01-01', createdTo: '2024-06-30' } };
    const query = writeMemberListParams(params);
    expect(query.toString()).toBe('createdFrom=2024-01-01&createdTo=2024-06-30');
    expect(readMemberListParams(query)).toEqual(params);
    expect(readMemberListParams(new URLSearchParams('createdFrom=0%20TO%20*')).filters.createdFrom).toBe('');
  });
});

describe('group filter in the URL', () => {
  it('keeps a group id and drops anything else', () => {
    const params = { ...defaultMemberListParams, filters: { ...noMemberFilters, group: 'abc123', status: 'active' } } as const;
    const query = writeMemberListParams(params);
    expect(query.toString()).toBe('status=active&group=abc123');
    expect(readMemberListParams(query)).toEqual(params);
    expect(readMemberListParams(new URLSearchParams('group=a%20OR%20b')).filters.group).toBe('');
  });
});
