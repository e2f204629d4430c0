import { describe, expect, it } from 'vitest';

import { membersHref } from './members-href';

describe('membersHref', () => {
  it('writes only the filters that are set', () => {
    expect(membersHref({ role: 'org_admin' })).toBe('/members?role=org_admin');
    expect(membersHref({ login: 'range', from: undefined, to: '2025-11-23' })).toBe('/members?login=range&to=2025-11-23');
    expect(membersHref({})).toBe('/members');
  });
});
