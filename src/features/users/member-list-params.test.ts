import { describe, expect, it } from 'vitest';

import { defaultMemberListParams, readMemberListParams, writeMemberListParams } from './member-list-params';

describe('member list params in the URL', () => {
  it('round-trips page (1-based in the URL), size, sort and search', () => {
    const params = { search: 'lima', page: 2, pageSize: 50, sortField: 'created', sortOrder: 'desc' } as const;
    const query = writeMemberListParams(params);
    expect(query.toString()).toBe('q=lima&page=3&pageSize=50&sort=created&order=desc');
    expect(readMemberListParams(query)).toEqual(params);
  });

  it('ignores values the table cannot show', () => {
    const query = new URLSearchParams('page=-4&pageSize=7&sort=password&order=sideways');
    expect(readMemberListParams(query)).toEqual(defaultMemberListParams);
  });

  it('writes nothing for the defaults', () => {
    expect(writeMemberListParams(defaultMemberListParams).toString()).toBe('');
  });
});
