import { describe, expect, it } from 'vitest';

import { paths, safeReturnPath } from './paths';

describe('safeReturnPath', () => {
  it('keeps same-origin paths with their query', () => {
    expect(safeReturnPath('/members?page=3&q=smith')).toBe('/members?page=3&q=smith');
  });
  it('refuses other origins, protocol-relative URLs and the callback itself', () => {
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/auth/callback?code=x')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});

describe('paths.signIn.href', () => {
  it('carries where to return and why', () => {
    expect(paths.signIn.href('/members?page=2', 'expired')).toBe('/signin?returnTo=%2Fmembers%3Fpage%3D2&reason=expired');
    expect(paths.signIn.href('/')).toBe('/signin');
  });
});
