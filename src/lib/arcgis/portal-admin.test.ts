import { afterEach, describe, expect, it, vi } from 'vitest';

import { portalAdminRequest, portalAdminRoot } from './portal-admin';
import type { PortalSession } from './portal-session';

const root = 'https://gis.example.org/portal/sharing/rest';

/** The portal's answers in order, as JSON bodies with HTTP 200 (how the admin API sends its errors too). */
function answers(...bodies: unknown[]) {
  const sent: URLSearchParams[] = [];
  const fetchMock = vi.fn((_url: string, init: RequestInit) => {
    sent.push(new URLSearchParams(init.body as string));
    const body = bodies.shift();
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return { sent, fetchMock };
}

function sessionWith(tokens: string[], canRefresh = true) {
  let current = tokens.shift() ?? '';
  const refreshCredentials = vi.fn(() => {
    current = tokens.shift() ?? current;
    return Promise.resolve();
  });
  const session = { portal: root, canRefresh, getToken: () => Promise.resolve(current), refreshCredentials } as unknown as PortalSession;
  return { session, refreshCredentials };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('portalAdminRoot', () => {
  it('sits beside the Sharing API under the web adaptor', () => {
    expect(portalAdminRoot(root)).toBe('https://gis.example.org/portal/portaladmin');
  });
});

describe('portalAdminRequest', () => {
  it("turns the admin API's error answer into the portal's own message, whatever rest-js made of it", async () => {
    answers({ status: 'error', messages: ["User 'ana_lima' already exists."], code: 400 });
    await expect(portalAdminRequest(sessionWith(['t1']).session, 'security/users/createUser', { username: 'ana_lima' })).rejects.toMatchObject({
      kind: 'validation',
      message: "User 'ana_lima' already exists.",
    });
  });

  it('sends the token in the body and, when the portal no longer accepts it, renews it once and sends again', async () => {
    const { sent } = answers({ status: 'error', messages: ['Invalid token.'], code: 498 }, { status: 'success' });
    const { session, refreshCredentials } = sessionWith(['old', 'new']);
    await expect(portalAdminRequest(session, 'security/users/createUser')).resolves.toEqual({ status: 'success' });
    expect(refreshCredentials).toHaveBeenCalledTimes(1);
    expect(sent.map((body) => body.get('token'))).toEqual(['old', 'new']);
  });

  it('says the sign-in expired when it cannot be renewed, and a busy portal stays transient', async () => {
    answers({ status: 'error', messages: ['Invalid token.'], code: 498 });
    await expect(portalAdminRequest(sessionWith(['old'], false).session, 'license')).rejects.toMatchObject({ kind: 'auth' });
    answers({ status: 'error', messages: ['The server is busy.'], code: 503 });
    await expect(portalAdminRequest(sessionWith(['t1']).session, 'license')).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('renews the token once for requests refused together, and sends each again with the new one', async () => {
    let token = 'old';
    const refreshCredentials = vi.fn(async () => {
      await Promise.resolve();
      token = 'new';
    });
    const session = { portal: root, canRefresh: true, getToken: () => Promise.resolve(token), refreshCredentials } as unknown as PortalSession;
    const fetchMock = vi.fn((_url: string, init: RequestInit) => {
      const sentToken = new URLSearchParams(init.body as string).get('token');
      const body = sentToken === 'new' ? { status: 'success' } : { status: 'error', messages: ['Invalid token.'], code: 498 };
      return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
    });
    vi.stubGlobal('fetch', fetchMock);
    const results = await Promise.all([1, 2, 3].map(() => portalAdminRequest(session, 'security/users/createUser')));
    expect(results).toEqual([{ status: 'success' }, { status: 'success' }, { status: 'success' }]);
    expect(refreshCredentials).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(6);
  });
});
