import { describe, expect, it } from 'vitest';

import { buildContentSearchQuery } from './content-search-query';

describe('buildContentSearchQuery', () => {
  it('always limits to the owner', () => {
    expect(buildContentSearchQuery('frank.departing', '', '')).toBe('owner:"frank.departing"');
  });

  it('adds one title clause per word and the type as a phrase', () => {
    expect(buildContentSearchQuery('ana', ' parcel  map ', 'Feature Service')).toBe(
      'owner:"ana" AND title:"parcel" AND title:"map" AND type:"Feature Service"',
    );
  });

  it('escapes quotes so a title cannot break out of its clause', () => {
    expect(buildContentSearchQuery('ana', 'a"b', '')).toBe('owner:"ana" AND title:"a\\"b"');
  });
});
