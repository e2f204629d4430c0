import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from './app';
import { DEMO, FIXED_SEED_NOW, FORM, json, REST, restGet, restPost, tokenFor } from './testing/inject';

let app: FastifyInstance;
let adminToken: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 300, testMode: true, seedNow: FIXED_SEED_NOW, redirectUris: ['https://roster.example.org/app'] });
  adminToken = await tokenFor(app, ...DEMO.admin);
});
afterAll(() => app.close());

describe('wire format', () => {
  it('answers GET with query parameters and POST with a form body alike', async () => {
    const get = await restGet(app, 'community/self', { token: adminToken });
    const post = await restPost(app, 'community/self', { token: adminToken });
    expect(get.statusCode).toBe(200);
    expect(get.headers['content-type']).toMatch(/^application\/json/);
    expect(json(get).username).toBe('portaladmin');
    expect(json(post)).toEqual(json(get));
  });

  it('lets body parameters win over query parameters', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `${REST}/portals/self/users/search?num=1&token=${adminToken}`,
      headers: FORM,
      payload: 'num=2&f=json',
    });
    expect(json(response).num).toBe(2);
  });

  it('accepts JSON bodies too', async () => {
    const response = await app.inject({ method: 'POST', url: `${REST}/community/self`, payload: { token: adminToken, f: 'json' } });
    expect(json(response).username).toBe('portaladmin');
  });

  it('pretty-prints with f=pjson and is compact with f=json', async () => {
    const pretty = await restGet(app, 'community/self', { token: adminToken, f: 'pjson' });
    const compact = await restGet(app, 'community/self', { token: adminToken, f: 'json' });
    expect(pretty.body).toContain('\n  "username": "portaladmin"');
    expect(compact.body).not.toContain('\n');
    expect(JSON.parse(pretty.body)).toEqual(JSON.parse(compact.body));
  });

  it('takes the token from the query, the body, X-Esri-Authorization or Authorization', async () => {
    expect(json(await restGet(app, 'community/self', { token: adminToken })).username).toBe('portaladmin');
    expect(json(await restPost(app, 'community/self', { token: adminToken })).username).toBe('portaladmin');
    expect(json(await restGet(app, 'community/self', {}, { 'X-Esri-Authorization': `Bearer ${adminToken}` })).username).toBe('portaladmin');
    expect(json(await restGet(app, 'community/self', {}, { Authorization: `Bearer ${adminToken}` })).username).toBe('portaladmin');
  });

  it('matches paths case-insensitively, with or without a trailing slash, under both roots', async () => {
    for (const url of [`${REST}/community/self`, `${REST}/COMMUNITY/Self/`, `/sharing/rest/community/self`, `/portal/sharing/rest//community/self`]) {
      const response = await app.inject({ url: `${url}?f=json&token=${adminToken}` });
      expect(json(response).username, url).toBe('portaladmin');
    }
  });

  it('treats portals/<orgId> as portals/self, and refuses other ids', async () => {
    const self = json(await restGet(app, 'portals/self', { token: adminToken }));
    const byId = json(await restGet(app, `portals/${String(self.id)}`, { token: adminToken }));
    expect(byId.id).toBe(self.id);
    const users = json(await restGet(app, `portals/${String(self.id)}/users/search`, { token: adminToken, q: 'ana.lima' }));
    expect(users.total).toBeGreaterThan(0);
    const other = json(await restGet(app, 'portals/notTheOrgId00000/users/search', { token: adminToken }));
    expect(other.error).toMatchObject({ code: 400 });
  });
});

describe('errors in a 200 body', () => {
  it('499 Token Required without a token', async () => {
    const response = await restGet(app, 'community/self');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ error: { code: 499, message: 'Token Required', messageCode: 'GWM_0003', details: ['Token Required'] } });
  });

  it('498 Invalid token for an unknown token', async () => {
    const response = await restGet(app, 'portals/self/users/search', { token: 'not-a-token' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ error: { code: 498, message: 'Invalid token.', details: [] } });
  });

  it('498 for an unknown token in the header too', async () => {
    expect(json(await restGet(app, 'community/self', {}, { 'X-Esri-Authorization': 'Bearer nope' })).error).toMatchObject({ code: 498 });
  });

  it('403 GWM_0003 without the privilege', async () => {
    const viewer = await tokenFor(app, ...DEMO.viewer);
    const response = await restGet(app, 'portals/self/roles', { token: viewer });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      error: { code: 403, messageCode: 'GWM_0003', message: 'You do not have permissions to access this resource or perform this operation.', details: [] },
    });
  });

  it('400 "User does not exist or is inaccessible." for an unknown member', async () => {
    expect(json(await restGet(app, 'community/users/nobody_here', { token: adminToken }))).toEqual({
      error: { code: 400, message: 'User does not exist or is inaccessible.', details: [] },
    });
  });

  it('an ArcGIS error body (HTTP 200) for an unknown REST path, and 404 elsewhere', async () => {
    const rest = await restGet(app, 'community/nothing/here', { token: adminToken });
    expect(rest.statusCode).toBe(200);
    expect(rest.json()).toEqual({ error: { code: 400, message: 'Invalid URL', details: [] } });
    expect((await app.inject({ url: '/nowhere' })).statusCode).toBe(404);
  });

  it('400 for a malformed search query, never a crash', async () => {
    for (const q of ['(', 'role:', '"open', 'created:[1 TO', 'AND']) {
      const response = await restGet(app, 'portals/self/users/search', { token: adminToken, q });
      expect(response.statusCode, q).toBe(200);
      expect(json(response).error, q).toMatchObject({ code: 400 });
    }
  });

  it('400 body for an unparsable request body', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `${REST}/community/self`,
      headers: { 'content-type': 'application/json' },
      payload: '{not json',
    });
    expect(response.statusCode).toBe(200);
    expect(json(response).error).toMatchObject({ code: 400 });
  });
});

describe('CORS', () => {
  it('answers the preflight for a registered origin, allowing X-Esri-Authorization', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: `${REST}/portals/self/users/search`,
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-esri-authorization' },
    });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(String(response.headers['access-control-allow-headers'])).toMatch(/X-Esri-Authorization/i);
    expect(String(response.headers['access-control-allow-methods'])).toMatch(/POST/);
  });

  it('allows the origins of the default and extra redirect URIs only', async () => {
    for (const origin of ['http://127.0.0.1:4173', 'https://roster.example.org']) {
      const response = await app.inject({ url: `${REST}/portals/self?f=json`, headers: { origin } });
      expect(response.headers['access-control-allow-origin']).toBe(origin);
    }
    const foreign = await app.inject({ url: `${REST}/portals/self?f=json`, headers: { origin: 'http://evil.example' } });
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('test control surface', () => {
  it('reports health', async () => {
    expect(json(await app.inject({ url: '/__emulator/health' }))).toEqual({ ok: true });
  });

  it('resets to the seeded state quickly, keeping tokens valid', async () => {
    await restPost(app, 'generateToken', { username: 'ana.lima', password: 'Roster.Member1' });
    const before = json(await restGet(app, 'community/users/ana.lima', { token: adminToken }));
    app.emulator.store.db.prepare(`UPDATE users SET fullname = 'Someone Else' WHERE username = 'ana.lima'`).run();
    const reset = await app.inject({ method: 'POST', url: '/__emulator/reset' });
    expect(json(reset).ok).toBe(true);
    expect(Number(json(reset).ms)).toBeLessThan(1000);
    const after = json(await restGet(app, 'community/users/ana.lima', { token: adminToken }));
    expect(after.fullName).toBe('Ana Lima');
    expect(after.lastLogin).not.toBe(before.lastLogin);
  });

  it('switches the profile for one test and seeds the same organization at another size; a reset restores both', async () => {
    const profile = (body: unknown) => app.inject({ method: 'POST', url: '/__emulator/profile', payload: body as Record<string, unknown> });
    const total = async () => Number(json(await restGet(app, 'portals/self/users', { token: adminToken, num: '1' })).total);
    const orgId = json(await restGet(app, 'portals/self', { token: adminToken })).id;
    expect(await total()).toBe(300);

    const grown = json(await profile({ members: 450, requireReceiveItems: true }));
    expect(grown).toMatchObject({ ok: true, members: 450, requireReceiveItems: true, extensions: false, hideSeats: false });
    expect(await total()).toBe(450);
    expect(json(await restGet(app, 'portals/self', { token: adminToken })).id).toBe(orgId);
    expect(json(await restGet(app, 'community/users/ana.lima', { token: adminToken })).fullName).toBe('Ana Lima');
    expect(app.emulator.config.requireReceiveItems).toBe(true);

    for (const bad of [{ members: 5 }, { members: '450' }, { hideSeats: 'yes' }, { sizes: 3 }]) {
      expect((await profile(bad)).statusCode).toBe(400);
    }
    await app.inject({ method: 'POST', url: '/__emulator/reset' });
    expect(await total()).toBe(300);
    expect(app.emulator.config.requireReceiveItems).toBe(false);
  });

  it('switches the flavor for one test: Enterprise answers portals/self as a portal and has the administrator API', async () => {
    const profile = (body: unknown) => app.inject({ method: 'POST', url: '/__emulator/profile', payload: body as Record<string, unknown> });
    const self = async () => json(await restGet(app, 'portals/self', { token: adminToken }));
    const orgId = (await self()).id;
    expect(json(await profile({ flavor: 'enterprise' }))).toMatchObject({ ok: true, flavor: 'enterprise' });
    expect(await self()).toMatchObject({ id: orgId, isPortal: true, portalMode: 'singletenant' });
    const license = await app.inject({ method: 'GET', url: `/portal/portaladmin/license?f=json&token=${adminToken}` });
    expect(json(license).userTypes).toEqual(expect.any(Array));
    expect((await profile({ flavor: 'cloud' })).statusCode).toBe(400);
    await app.inject({ method: 'POST', url: '/__emulator/reset' });
    expect(await self()).toMatchObject({ isPortal: false });
    expect((await app.inject({ method: 'GET', url: `/portal/portaladmin/license?f=json&token=${adminToken}` })).statusCode).toBe(404);
  });

  it('expires access tokens on request', async () => {
    const token = await tokenFor(app, ...DEMO.viewer);
    expect(json(await restGet(app, 'community/self', { token })).username).toBe('viewer_demo');
    expect(json(await app.inject({ method: 'POST', url: '/__emulator/expire-tokens' })).ok).toBe(true);
    expect(json(await restGet(app, 'community/self', { token })).error).toMatchObject({ code: 498 });
    adminToken = await tokenFor(app, ...DEMO.admin);
  });

  it('expires refresh tokens too with refresh=true', async () => {
    const refresh = app.emulator.store.db.prepare(`SELECT COUNT(*) AS n FROM tokens WHERE kind = 'refresh' AND expires > ?`);
    app.emulator.store.db
      .prepare(`INSERT INTO tokens (token, kind, username, client_id, expires, created) VALUES ('r-test', 'refresh', 'portaladmin', 'roster', ?, 0)`)
      .run(Date.now() + 3_600_000);
    expect(refresh.get(Date.now())).toEqual({ n: 1 });
    await app.inject({ method: 'POST', url: '/__emulator/expire-tokens' });
    expect(refresh.get(Date.now())).toEqual({ n: 1 });
    await app.inject({ method: 'POST', url: '/__emulator/expire-tokens?refresh=true' });
    expect(refresh.get(Date.now())).toEqual({ n: 0 });
    adminToken = await tokenFor(app, ...DEMO.admin);
  });

  it('hides reset and expire-tokens outside test mode', async () => {
    const plain = await buildEmulator({ members: 50, seedNow: FIXED_SEED_NOW });
    expect((await plain.inject({ method: 'POST', url: '/__emulator/reset' })).statusCode).toBe(404);
    expect((await plain.inject({ method: 'POST', url: '/__emulator/expire-tokens' })).statusCode).toBe(404);
    expect(json(await plain.inject({ url: '/__emulator/health' }))).toEqual({ ok: true });
    await plain.close();
  });
});

describe('latency', () => {
  it('delays REST responses by latencyMs', async () => {
    const slow = await buildEmulator({ members: 50, latencyMs: 120, seedNow: FIXED_SEED_NOW });
    const started = performance.now();
    await slow.inject({ url: `${REST}/portals/self?f=json` });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    const health = performance.now();
    await slow.inject({ url: '/__emulator/health' });
    expect(performance.now() - health).toBeLessThan(100);
    await slow.close();
  });
});

describe('logging', () => {
  it('masks credentials in logged URLs', async () => {
    const { redactUrl } = await import('./app');
    expect(redactUrl('/portal/sharing/rest/generateToken?username=a&password=Secret1&f=json')).toBe(
      '/portal/sharing/rest/generateToken?username=a&password=***&f=json',
    );
    expect(redactUrl('/x?token=abc&code=def&f=json')).toBe('/x?token=***&code=***&f=json');
    expect(redactUrl('/portal/sharing/rest/portals/self/invite?invitationList=%7B%22password%22%3A%22x%22%7D&f=json')).toBe(
      '/portal/sharing/rest/portals/self/invite?invitationList=***&f=json',
    );
  });
});
