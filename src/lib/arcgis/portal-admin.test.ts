import { afterEach, describe, expect, it, vi } from 'vitest';

import { AppError } from './arcgis-error';
import { portalAdminRequest, portalAdminRoot } from './portal-admin';
import type { PortalSession } from './portal-session';

const session = { portal: 'https://gis.harbor.example/portal/sharing/rest', getToken: () => Promise.resolve('t0ken') } as unknown as PortalSession;

function answer(body: unknown) {
  const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function failure(body: unknown): Promise<AppError> {
  answer(body);
  const error: unknown = await portalAdminRequest(session, 'security/users/createUser', { f: 'json', username: 'HARBOR\\ada' }).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('portalAdminRequest', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('posts to the Portal Administrator API beside the Sharing API, with the token in the body', async () => {
    const fetch = answer({ status: 'success' });
    expect(portalAdminRoot(session.portal)).toBe('https://gis.harbor.example/portal/portaladmin');
    await expect(portalAdminRequest(session, 'security/users/createUser', { f: 'json' })).resolves.toEqual({ status: 'success' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('https://gis.harbor.example/portal/portaladmin/security/users/createUser');
    expect(typeof init.body === 'string' ? init.body : '').toContain('token=t0ken');
  });

  it("keeps the portal's own message of a refusal with a code (not rest-js's UNKNOWN_ERROR), and its kind", async () => {
    const taken = await failure({ status: 'error', messages: ["User 'HARBOR\\ada' already exists."], code: 400 });
    expect([taken.kind, taken.message]).toEqual(['validation', "User 'HARBOR\\ada' already exists."]);
    expect((await failure({ status: 'error', messages: ['Token Expired.'], code: 498 })).kind).toBe('auth');
    expect((await failure({ status: 'error', messages: ['Not allowed.'], code: 403 })).kind).toBe('permission');
    expect((await failure({ status: 'error', messages: ['Busy.'], code: 503 })).kind).toBe('unavailable');
    expect((await failure({ status: 'error', messages: ['No code.'] })).message).toBe('No code.');
  });

  it('renews a refused token once with the refresh token (one renewal for requests refused together) and sends again', async () => {
    let token = 'old';
    let renewals = 0;
    const renewing = {
      portal: session.portal,
      canRefresh: true,
      getToken: () => Promise.resolve(token),
      refreshCredentials: async () => {
        renewals += 1;
        await Promise.resolve();
        token = 'new';
      },
    } as unknown as PortalSession;
    const fetch = vi.fn((_url: string, init: RequestInit) => {
      const body = typeof init.body === 'string' ? init.body : '';
      const answer = body.includes('token=new') ? { status: 'success' } : { status: 'error', messages: ['Invalid token.'], code: 498 };
      return Promise.resolve(new Response(JSON.stringify(answer), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    });
    vi.stubGlobal('fetch', fetch);
    const answers = await Promise.all([1, 2, 3].map(() => portalAdminRequest(renewing, 'security/users/createUser', { f: 'json' })));
    expect(answers).toEqual([{ status: 'success' }, { status: 'success' }, { status: 'success' }]);
    expect(renewals).toBe(1);
    expect(fetch).toHaveBeenCalledTimes(6);
  });

  it('a token still refused after the renewal, or a session that cannot renew, is a sign-in to renew by the person', async () => {
    answer({ status: 'error', messages: ['Invalid token.'], code: 498 });
    const refreshCredentials = vi.fn(() => Promise.resolve());
    const renewing = { portal: session.portal, canRefresh: true, getToken: () => Promise.resolve('t'), refreshCredentials } as unknown as PortalSession;
    await expect(portalAdminRequest(renewing, 'license', { f: 'json' })).rejects.toMatchObject({ kind: 'auth' });
    expect(refreshCredentials).toHaveBeenCalledTimes(1);
    const fixed = { portal: session.portal, canRefresh: false, getToken: () => Promise.resolve('t'), refreshCredentials: vi.fn() } as unknown as PortalSession;
    await expect(portalAdminRequest(fixed, 'license', { f: 'json' })).rejects.toMatchObject({ kind: 'auth' });
  });
});
