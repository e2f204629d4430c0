import { ArcGISIdentityManager } from '@esri/arcgis-rest-request';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { isTransientError } from './arcgis-error';
import { callbackReturnPath, callbackState, isRenewalCallback, persistSession, portalForCallback } from './portal-session';

const portal = 'https://portal.example/sharing/rest';

function storage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => values.delete(key),
    setItem: (key, value) => values.set(key, value),
  };
}

const answer = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, statusText: status === 503 ? 'Service Unavailable' : 'OK', headers: { 'Content-Type': 'application/json' } });

beforeEach(() => {
  vi.stubGlobal('sessionStorage', storage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('persistSession', () => {
  it('renews the sign-in again after a refresh that failed because the portal was busy', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(answer(503, { error: { code: 503, message: 'The portal is temporarily unavailable.' } }))
      .mockResolvedValueOnce(answer(200, { access_token: 'fresh', expires_in: 1800, username: 'portaladmin' }));
    vi.stubGlobal('fetch', fetchMock);
    const session = new ArcGISIdentityManager({
      clientId: 'roster',
      portal,
      username: 'portaladmin',
      token: 'old',
      tokenExpires: new Date(Date.now() - 60_000),
      refreshToken: 'refresh',
      refreshTokenExpires: new Date(Date.now() + 7 * 86_400_000),
    });
    persistSession(session);

    const first = await session.getToken(`${portal}/community/self`).catch((error: unknown) => error);
    expect(isTransientError(first)).toBe(true);
    // rest-js alone would hand the same failed refresh to this request too.
    await expect(session.getToken(`${portal}/community/self`)).resolves.toBe('fresh');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(JSON.parse(sessionStorage.getItem('roster.session') ?? '{}')).toMatchObject({ token: 'fresh' });
  });
});

const callback = (state: unknown) => `?code=abc&state=${encodeURIComponent(typeof state === 'string' ? state : JSON.stringify(state))}`;

describe('callbackState', () => {
  it('reads the fields of the state', () => {
    expect(callbackState(callback({ id: 'x', returnTo: '/members', portalUrl: 'https://p', renew: true }))).toEqual({
      id: 'x',
      returnTo: '/members',
      portalUrl: 'https://p',
      renew: true,
    });
  });

  it('is empty without a state, with a state that is not JSON or not an object', () => {
    expect(callbackState('?code=abc')).toEqual({});
    expect(callbackState(callback('{not json'))).toEqual({});
    expect(callbackState(callback(null))).toEqual({});
    expect(callbackState(callback('"a string"'))).toEqual({});
  });

  it('leaves out fields of another type', () => {
    expect(callbackState(callback({ id: 7, returnTo: 42, portalUrl: ['https://p'], renew: 'yes' }))).toEqual({});
  });
});

describe('portalForCallback', () => {
  const portals = [{ label: 'P', portalUrl: 'https://p', clientId: 'roster' }];

  it('is the configured portal the state names, and none other', () => {
    expect(portalForCallback(callback({ id: 'x', returnTo: '/', portalUrl: 'https://p' }), portals)).toBe(portals[0]);
    expect(portalForCallback(callback({ id: 'x', returnTo: '/', portalUrl: 'https://elsewhere' }), portals)).toBeUndefined();
    expect(portalForCallback(callback({ id: 'x', returnTo: '/' }), portals)).toBeUndefined();
    expect(portalForCallback(callback('{not json'), portals)).toBeUndefined();
  });
});

describe('isRenewalCallback', () => {
  it('is true for the renewal popup only', () => {
    vi.stubGlobal('window', { opener: {} });
    expect(isRenewalCallback(callback({ id: 'x', returnTo: '/', portalUrl: 'https://p', renew: true }))).toBe(true);
    expect(isRenewalCallback(callback({ id: 'x', returnTo: '/', portalUrl: 'https://p' }))).toBe(false);
    expect(isRenewalCallback(callback('{not json'))).toBe(false);
    vi.stubGlobal('window', { opener: null });
    expect(isRenewalCallback(callback({ id: 'x', returnTo: '/', portalUrl: 'https://p', renew: true }))).toBe(false);
  });
});

describe('callbackReturnPath', () => {
  it('reads the path the sign-in returns to from the state', () => {
    expect(callbackReturnPath(callback({ id: 'x', returnTo: '/members?role=org_user', portalUrl: 'https://p' }))).toBe('/members?role=org_user');
  });

  it('is null without a state, with a state that is not JSON, or without a string returnTo', () => {
    expect(callbackReturnPath('?code=abc')).toBeNull();
    expect(callbackReturnPath(callback('{not json'))).toBeNull();
    expect(callbackReturnPath(callback({ id: 'x', returnTo: 42 }))).toBeNull();
    expect(callbackReturnPath(callback(null))).toBeNull();
  });
});
