import { describe, expect, it } from 'vitest';

import { invitationListParams } from './invitation-list-params';

describe('invitations page in the URL', () => {
  it('keeps the page (1-based) and the size under `size`, and nothing for the defaults', () => {
    const query = invitationListParams.serialize({ ...invitationListParams.defaults, page: 1, pageSize: 50 });
    expect(query.toString()).toBe('page=2&size=50');
    expect(invitationListParams.parse(query)).toMatchObject({ page: 1, pageSize: 50 });
    expect(invitationListParams.serialize(invitationListParams.defaults).toString()).toBe('');
    expect(invitationListParams.parse(new URLSearchParams('page=0&size=7'))).toMatchObject({ page: 0, pageSize: 25 });
  });
});
