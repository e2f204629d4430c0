import { describe, expect, it } from 'vitest';

import { licenceLine, purchaseTitles } from './licence-lines';

describe('purchaseTitles', () => {
  it('maps listing ids to titles and skips what is not reported', () => {
    const titles = purchaseTitles({ purchases: [{ listing: { itemId: 'a', title: 'ArcGIS Pro' } }, { listing: { itemId: 'b' } }, {}] });
    expect([...titles]).toEqual([['a', 'ArcGIS Pro']]);
    expect(purchaseTitles(null).size).toBe(0);
  });
});

describe('licenceLine', () => {
  it('names the licence by its title, else by its listing id', () => {
    expect(licenceLine({ itemId: 'a', title: 'ArcGIS Pro', entitlements: ['desktopAdvN'] })).toBe('ArcGIS Pro: desktopAdvN');
    expect(licenceLine({ itemId: 'b', entitlements: [] })).toBe('the licence listed as b: no entitlements listed');
  });
});
