import { describe, expect, it } from 'vitest';

import { clauseProbes } from './user-search-clauses';

describe('clauseProbes', () => {
  const now = 1_800_000_000_000;

  it('probes last sign-in with a range that holds the member’s own sign-in, even when the portal’s clock is ahead', () => {
    const signedInByPortalClock = now + 4_000; // the browser's clock is 4 s behind the portal's
    const probes = clauseProbes({ username: 'portaladmin', lastLogin: signedInByPortalClock }, now, null);
    expect(probes.lastLogin).toEqual({
      mustFind: `username:"portaladmin" AND lastlogin:[1 TO ${String(signedInByPortalClock)}]`,
      mustNotFind: 'username:"portaladmin" AND lastlogin:-1',
    });
  });

  it('uses now as the upper bound when the sign-in is older, and -1 for a member who never signed in', () => {
    expect(clauseProbes({ username: 'a', lastLogin: now - 1_000 }, now, null).lastLogin?.mustFind).toBe(`username:"a" AND lastlogin:[1 TO ${String(now)}]`);
    expect(clauseProbes({ username: 'a', lastLogin: -1 }, now, null).lastLogin).toEqual({
      mustFind: 'username:"a" AND lastlogin:-1',
      mustNotFind: `username:"a" AND lastlogin:[1 TO ${String(now)}]`,
    });
  });

  it('probes roleid: only through a member who holds a listed role', () => {
    expect(clauseProbes({ username: 'a' }, now, null).roleId).toBeNull();
    expect(clauseProbes({ username: 'a' }, now, { username: 'h', roleId: 'r1' }).roleId).toEqual({
      mustFind: 'username:"h" AND roleid:r1',
      mustNotFind: 'username:"h" AND NOT roleid:*',
    });
  });
});
