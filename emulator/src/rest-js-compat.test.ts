import { getGroup, getGroupUsers, getSelf, getUser, getUserContent, searchGroups, searchGroupUsers, searchUsers } from '@esri/arcgis-rest-portal';
import { ArcGISAuthError, ArcGISIdentityManager, ArcGISRequestError, request } from '@esri/arcgis-rest-request';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from './app';
import { DEMO, FIXED_SEED_NOW } from './testing/inject';

/** The real client library against a listening emulator: the contract, end to end. */
const REDIRECT = 'http://localhost:5173';
let app: FastifyInstance;
let root: string;
let portal: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, testMode: true, seedNow: FIXED_SEED_NOW });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('not listening');
  root = `http://127.0.0.1:${String(address.port)}`;
  portal = `${root}/portal/sharing/rest`;
});
afterAll(() => app.close());

/** The rejection of a request that is expected to fail. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

async function oauthSession(username: string, password: string): Promise<ArcGISIdentityManager> {
  const query = new URLSearchParams({ client_id: 'roster', response_type: 'code', redirect_uri: REDIRECT, state: 'xyz', expiration: '20160' });
  const page = await fetch(`${portal}/oauth2/authorize?${query.toString()}`);
  expect(page.status).toBe(200);
  const signIn = await fetch(`${portal}/oauth2/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...Object.fromEntries(query), username, password }).toString(),
  });
  expect(signIn.status).toBe(302);
  const code = new URL(signIn.headers.get('location') ?? '').searchParams.get('code') ?? '';
  return ArcGISIdentityManager.exchangeAuthorizationCode({ clientId: 'roster', redirectUri: REDIRECT, portal }, code);
}

describe('@esri/arcgis-rest-* against the emulator', () => {
  it('signs in with OAuth and reads the member, the portal and users', async () => {
    const session = await oauthSession(...DEMO.admin);
    expect(session.username).toBe('portaladmin');
    expect((await session.getUser()).role).toBe('org_admin');
    expect((await getSelf({ authentication: session })).name).toBe('Harbor City GIS');

    const page = await searchUsers({ q: 'role:org_admin', num: 5, authentication: session });
    expect(page.results).toHaveLength(5);
    expect(page.nextStart).toBe(6);
    const next = await page.nextPage?.();
    expect(next?.start).toBe(6);

    expect((await getUser({ username: 'ana.lima', authentication: session })).email).toBe('ana.lima@harborcity.example');
    expect((await getUserContent({ owner: 'ana.lima', authentication: session })).username).toBe('ana.lima');
  });

  it('reads groups, their members and the userlist', async () => {
    const session = await ArcGISIdentityManager.signIn({ username: DEMO.admin[0], password: DEMO.admin[1], portal });
    const groups = await searchGroups({ q: 'title:"All Staff"', authentication: session });
    const id = groups.results[0]?.id ?? '';
    expect((await getGroup(id, { authentication: session })).title).toBe('All Staff');
    expect((await getGroupUsers(id, { authentication: session })).owner).toBe('portaladmin');
    const list = await searchGroupUsers(id, { num: 5, authentication: session });
    expect(list.users).toHaveLength(5);
  });

  it('surfaces errors as ArcGISRequestError (403) and ArcGISAuthError (499)', async () => {
    const viewer = await ArcGISIdentityManager.signIn({ username: DEMO.viewer[0], password: DEMO.viewer[1], portal });
    const denied = await failure(request(`${portal}/portals/self/roles`, { authentication: viewer, httpMethod: 'GET' }));
    expect(denied).toBeInstanceOf(ArcGISRequestError);
    expect((denied as ArcGISRequestError).code).toBe('GWM_0003');
    const anonymous = await failure(request(`${portal}/community/self`, { httpMethod: 'GET' }));
    expect(anonymous).toBeInstanceOf(ArcGISAuthError);
  });

  it('refreshes transparently after a 498 and revokes on sign-out', async () => {
    const session = await oauthSession(...DEMO.helpdesk);
    const original = session.token;
    await fetch(`${root}/__emulator/expire-tokens`, { method: 'POST' });
    const page = await searchUsers({ q: 'ana.lima', authentication: session });
    expect(page.total).toBeGreaterThan(0);
    const refreshed = session.token;
    expect(refreshed).not.toBe(original);
    await session.signOut();
    const after = await failure(request(`${portal}/community/self`, { params: { token: refreshed }, httpMethod: 'GET' }));
    expect(after).toBeInstanceOf(ArcGISAuthError);
  });
});
