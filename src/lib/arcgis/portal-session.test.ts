import { ArcGISIdentityManager } from '@esri/arcgis-rest-request';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { isTransientError } from './arcgis-error';
import { callbackReturnPath, persistSession } from './portal-session';

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

describe('callbackReturnPath', () => {
  const callback = (state: unknown) => `?code=abc&state=${encodeURIComponent(typeof state === 'string' ? state : JSON.stringify(state))}`;

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
