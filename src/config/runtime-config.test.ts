import { describe, expect, it } from 'vitest';

import { parseRuntimeConfig } from './runtime-config';

const portal = { label: 'Org', portalUrl: 'https://host/portal/sharing/rest/', clientId: 'abc' };

describe('parseRuntimeConfig', () => {
  it('accepts portals and strips the trailing slash rest-js would trip on', () => {
    expect(parseRuntimeConfig({ portals: [portal] })).toEqual({
      portals: [{ label: 'Org', portalUrl: 'https://host/portal/sharing/rest', clientId: 'abc' }],
    });
  });

  it('names the field that is wrong', () => {
    expect(() => parseRuntimeConfig({ portals: [{ ...portal, clientId: '' }] })).toThrow('portals[0].clientId');
    expect(() => parseRuntimeConfig({ portals: [{ ...portal, portalUrl: 'https://host/portal' }] })).toThrow('portals[0].portalUrl');
    expect(() => parseRuntimeConfig({ portals: [] })).toThrow('non-empty');
    expect(() => parseRuntimeConfig(null)).toThrow('"portals"');
  });
});
