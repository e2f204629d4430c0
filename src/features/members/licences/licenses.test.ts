import { describe, expect, it } from 'vitest';

import { entitlementUsage, leftText, parsePurchases, parseUserEntitlements } from './licenses';

const purchase = (itemId: string, title: string, entitlements: Record<string, number>, maxUsers?: number) => ({
  provision: {
    itemId,
    orgEntitlements: {
      ...(maxUsers === undefined ? {} : { maxUsers }),
      entitlements: Object.fromEntries(Object.entries(entitlements).map(([k, num]) => [k, { num }])),
    },
  },
  listing: { itemId, title },
});

describe('parsePurchases', () => {
  it('reads purchases and trials with their entitlements and counts', () => {
    const licenses = parsePurchases({
      purchases: [purchase('a', 'ArcGIS Pro', { desktopAdvN: 3 }, 10)],
      trials: [purchase('b', 'Drone2Map', { drone2map: 1 })],
      interests: [purchase('c', 'X', {})],
    });
    expect(licenses).toEqual([
      { itemId: 'a', title: 'ArcGIS Pro', maxUsers: 10, entitlements: [{ name: 'desktopAdvN', purchased: 3 }], trial: false },
      { itemId: 'b', title: 'Drone2Map', maxUsers: null, entitlements: [{ name: 'drone2map', purchased: 1 }], trial: true },
    ]);
  });

  it('tolerates what a portal may leave out, and never invents a count', () => {
    expect(parsePurchases({})).toEqual([]);
    expect(parsePurchases({ purchases: [{ listing: { itemId: 'a' } }, { nothing: true }] })).toEqual([
      { itemId: 'a', title: 'a', maxUsers: null, entitlements: [], trial: false },
    ]);
    expect(parsePurchases({ purchases: [{ listing: { itemId: 'a' }, provision: { orgEntitlements: { entitlements: { x: {} } } } }] })[0]?.entitlements).toEqual(
      [{ name: 'x', purchased: null }],
    );
  });
});

describe('parseUserEntitlements', () => {
  it('keeps members who hold something, and treats a missing nextStart as the last page', () => {
    expect(
      parseUserEntitlements({
        userEntitlements: [
          { username: 'a', entitlements: ['x'] },
          { username: 'b', entitlements: [''] },
        ],
      }),
    ).toEqual({ holders: [{ username: 'a', entitlements: ['x'] }], nextStart: -1 });
    expect(parseUserEntitlements({ userEntitlements: [], nextStart: 101 }).nextStart).toBe(101);
  });
});

describe('entitlementUsage', () => {
  it('counts holders per entitlement against what was bought', () => {
    const [license] = parsePurchases({ purchases: [purchase('a', 'Pro Extensions', { spatialAnalystN: 2, '3DAnalystN': 1 })] });
    if (!license) throw new Error('no licence');
    const usage = entitlementUsage(license, [{ username: 'dan.ng', entitlements: ['spatialAnalystN', 'unlisted'] }]);
    expect(usage).toEqual([
      { name: 'spatialAnalystN', purchased: 2, assigned: 1, left: 1, holders: ['dan.ng'] },
      { name: '3DAnalystN', purchased: 1, assigned: 0, left: 1, holders: [] },
      { name: 'unlisted', purchased: null, assigned: 1, left: null, holders: ['dan.ng'] },
    ]);
    expect(leftText(usage[0] ?? { purchased: null, left: null })).toBe('1 of 2 left');
    expect(leftText({ purchased: null, left: null })).toMatch(/not reported/);
  });
});
