import { describe, expect, it } from 'vitest';

import {
  defaultGroupListParams,
  defaultGroupMemberListParams,
  readGroupListParams,
  readGroupMemberListParams,
  writeGroupListParams,
  writeGroupMemberListParams,
} from './group-list-params';

describe('groups table state in the URL', () => {
  it('round-trips search, filters, page (1-based in the URL), size and sort', () => {
    const params = { search: 'harbor', page: 1, pageSize: 50, sortField: 'created', sortOrder: 'desc', access: 'org', owner: 'ana.lima' } as const;
    const query = writeGroupListParams(params);
    expect(query.toString()).toBe('q=harbor&access=org&owner=ana.lima&page=2&pageSize=50&sort=created&order=desc');
    expect(readGroupListParams(query)).toEqual(params);
  });

  it('ignores values the table cannot show and writes nothing for the defaults', () => {
    expect(readGroupListParams(new URLSearchParams('page=0&pageSize=7&sort=numviews&order=up&access=shared'))).toEqual(defaultGroupListParams);
    expect(writeGroupListParams(defaultGroupListParams).toString()).toBe('');
  });
});

describe('group member table state in the URL', () => {
  it('round-trips under m-prefixed keys', () => {
    const params = { name: 'lima', memberType: 'admin', page: 2, pageSize: 100, sortField: 'joined', sortOrder: 'desc' } as const;
    const query = writeGroupMemberListParams(params);
    expect(query.toString()).toBe('mq=lima&mtype=admin&mpage=3&mpageSize=100&msort=joined&morder=desc');
    expect(readGroupMemberListParams(query)).toEqual(params);
    expect(readGroupMemberListParams(new URLSearchParams('mtype=owner&msort=email'))).toEqual(defaultGroupMemberListParams);
  });
});
