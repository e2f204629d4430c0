import { describe, expect, it } from 'vitest';

import { paths } from './paths';

describe('paths.signIn.href', () => {
  it('carries where to return and why', () => {
    expect(paths.signIn.href('/members?page=2', 'expired')).toBe('/signin?returnTo=%2Fmembers%3Fpage%3D2&reason=expired');
    expect(paths.signIn.href('/')).toBe('/signin');
  });
});
