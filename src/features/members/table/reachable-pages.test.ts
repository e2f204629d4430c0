import { describe, expect, it } from 'vitest';

import { reachablePages } from './reachable-pages';

describe('reachablePages', () => {
  it('stops a search at the ceiling and pages the listing to its end', () => {
    expect(reachablePages(10_000, 25, true)).toEqual({ rows: 10_000, pages: 400 });
    expect(reachablePages(10_000, 100, true)).toEqual({ rows: 10_000, pages: 100 });
    expect(reachablePages(23_456, 100, false)).toEqual({ rows: 23_456, pages: 235 });
    expect(reachablePages(51, 25, true)).toEqual({ rows: 51, pages: 3 });
    expect(reachablePages(0, 25, false)).toEqual({ rows: 0, pages: 0 });
  });
});
