import { describe, expect, it } from 'vitest';

import { ownerRefusal } from './group-owner-check';

describe('ownerRefusal', () => {
  it('accepts an active member whose role may create groups, and one whose privileges the portal did not report', () => {
    expect(ownerRefusal({ username: 'ana.lima', privileges: ['portal:user:createGroup'], disabled: false })).toBeNull();
    expect(ownerRefusal({ username: 'ana.lima', privileges: null, disabled: false })).toBeNull();
  });

  it('refuses a role without createGroup and a disabled account, naming the member and the reason', () => {
    expect(ownerRefusal({ username: 'viewer_demo', privileges: ['portal:user:joinGroup'], disabled: false })).toMatch(
      /^viewer_demo cannot own the group: their role does not allow creating groups/,
    );
    expect(ownerRefusal({ username: 'dan.ng', privileges: ['portal:user:createGroup'], disabled: true })).toMatch(
      /^dan\.ng cannot own the group: the account is disabled\./,
    );
  });
});
