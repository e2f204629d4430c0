import { describe, expect, it } from 'vitest';

import { parseAppBundles } from './app-bundles';

describe('parseAppBundles', () => {
  it('reads the bundle id, name and the apps it includes', () => {
    const page = parseAppBundles({
      appBundles: [{ appBundleItemId: 'b1', name: 'Field Apps', apps: [{ id: 'a', title: 'ArcGIS Survey123' }, { id: 'b' }] }],
      nextStart: 101,
    });
    expect(page).toEqual({ bundles: [{ id: 'b1', name: 'Field Apps', apps: ['ArcGIS Survey123'] }], nextStart: 101 });
  });

  it('says apps are not reported when missing, and skips entries without an id', () => {
    expect(parseAppBundles({ appBundles: [{ id: 'b2' }, { name: 'no id' }] })).toEqual({ bundles: [{ id: 'b2', name: 'b2', apps: null }], nextStart: -1 });
    expect(parseAppBundles(null)).toEqual({ bundles: [], nextStart: -1 });
  });
});
