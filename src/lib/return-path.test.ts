import { describe, expect, it } from 'vitest';

import { parseReturnPath, safeReturnPath } from './return-path';

/** The usual open-redirect list, and the ones React Router or the browser would turn into another origin. */
const CRAFTED_RETURN_PATHS = [
  '//evil.example',
  '/\\evil.example',
  '/%09/evil.example',
  '/%0A/evil.example',
  '/%0D/evil.example',
  '/%00/evil.example',
  '/%2F%2Fevil.example',
  '/%2f/evil.example',
  '/%252F%252Fevil.example',
  'https://evil.example',
  'javascript:alert(1)',
  '/%5Cevil.example',
  '/%5cevil.example',
  '\\\\evil.example',
  ' /members',
  '/\t/evil.example',
  '/\n/evil.example',
  '/members\u2028/x',
  '/%E2%80%A8/evil.example',
  '/%E2%80%8B/evil.example',
  '/members\u200e',
  '/%C2%A0/evil.example',
  '/%20/evil.example',
  '///evil.example',
  '/members//evil.example',
  '/%',
  '/%E0%A4%A',
  '/members?q=100%',
  '/members?q=a%5Cb',
  '/%25252525252F',
  '',
];

describe('parseReturnPath', () => {
  it.each(CRAFTED_RETURN_PATHS)('refuses %j', (value) => {
    expect(parseReturnPath(value)).toBeUndefined();
    expect(safeReturnPath(value)).toBe('/');
  });

  it.each([
    '/members?x=1#y',
    '/members/ana.lima',
    '/',
    '/members?page=3&q=smith',
    '/members?q=ana+lima',
    '/members?q=a%2Fb',
    '/content/ana%40example',
    '/members?q=100%25',
  ])('accepts the app path %j as it is', (value) => {
    expect(parseReturnPath(value)).toBe(value);
    expect(safeReturnPath(value)).toBe(value);
  });

  it('refuses the sign-in page and the OAuth callback, which would start the sign-in again', () => {
    for (const value of ['/auth/callback?code=x&state=y', '/Auth/Callback', '/auth/callback/', '/signin?returnTo=%2Fmembers', '/signin']) {
      expect(safeReturnPath(value), value).toBe('/');
    }
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 42, { path: '/members' }]) expect(safeReturnPath(value)).toBe('/');
  });
});
