import { describe, expect, it } from 'vitest';

import { addonLeft, parseLicensedAddons } from './enterprise-license';

describe('parseLicensedAddons', () => {
  it('reads apps, app bundles and user type extensions with their counts', () => {
    const addons = parseLicensedAddons({
      userTypes: [{ id: 'creatorUT', maximumRegisteredMembers: 10, currentRegisteredMembers: 3 }],
      apps: [{ id: 'app1', maximumRegisteredMembers: 10, currentRegisteredMembers: 4, expiration: 1_900_000_000_000 }],
      appBundles: [{ id: 'bundle1', maximumRegisteredMembers: 5, currentRegisteredMembers: 2 }],
      extensions: [{ id: 'ext1', maximumRegisteredMembers: 2 }],
    });
    expect(addons).toEqual([
      { kind: 'app', id: 'app1', licensed: 10, assigned: 4, expiration: 1_900_000_000_000 },
      { kind: 'appBundle', id: 'bundle1', licensed: 5, assigned: 2, expiration: null },
      { kind: 'extension', id: 'ext1', licensed: 2, assigned: null, expiration: null },
    ]);
  });

  it('says nothing was reported when the licence lists no add-on key, and skips entries without an id', () => {
    expect(parseLicensedAddons({ userTypes: [] })).toBeNull();
    expect(parseLicensedAddons('nope')).toBeNull();
    expect(parseLicensedAddons({ apps: [{ maximumRegisteredMembers: 3 }, null], appBundles: [] })).toEqual([]);
  });

  it('never reads a count that is not a number', () => {
    expect(parseLicensedAddons({ apps: [{ id: 'a', maximumRegisteredMembers: '10', currentRegisteredMembers: -1 }] })).toEqual([
      { kind: 'app', id: 'a', licensed: null, assigned: null, expiration: null },
    ]);
  });
});

describe('addonLeft', () => {
  it('is licensed minus assigned, not below 0, and unknown when either is', () => {
    expect(addonLeft({ licensed: 5, assigned: 2 })).toBe(3);
    expect(addonLeft({ licensed: 1, assigned: 2 })).toBe(0);
    expect(addonLeft({ licensed: null, assigned: 2 })).toBeNull();
    expect(addonLeft({ licensed: 5, assigned: null })).toBeNull();
  });
});
