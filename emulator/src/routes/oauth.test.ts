import type { FastifyInstance } from 'fastify';
import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, FORM, json, REST, restGet, restPost } from '../testing/inject';

const REDIRECT = 'http://localhost:5173';
let app: FastifyInstance;

beforeAll(async () => {
  app = await buildEmulator({ members: 200, testMode: true, seedNow: FIXED_SEED_NOW, redirectUris: ['http://localhost:9999/callback'] });
});
afterAll(() => app.close());

type Authorize = Record<string, string>;
const pkce = (method: 'S256' | 'plain' = 'S256') => {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  return { verifier, challenge, method };
};
const stateValue = JSON.stringify({ id: 'AbC123', originalUrl: 'http://localhost:5173/users?page=2' });

function authorizeParams(overrides: Authorize = {}): Authorize {
  const { challenge, method } = pkce();
  return {
    client_id: 'roster',
    response_type: 'code',
    expiration: '20160',
    redirect_uri: REDIRECT,
    state: stateValue,
    locale: '',
    style: '',
    code_challenge_method: method,
    code_challenge: challenge,
    ...overrides,
  };
}

async function signIn(params: Authorize, username: string, password: string) {
  return app.inject({
    method: 'POST',
    url: `${REST}/oauth2/authorize`,
    headers: FORM,
    payload: new URLSearchParams({ ...params, username, password }).toString(),
  });
}

async function codeFor(params: Authorize, [username, password]: readonly [string, string] = DEMO.admin): Promise<string> {
  const response = await signIn(params, username, password);
  expect(response.statusCode).toBe(302);
  const code = new URL(String(response.headers.location)).searchParams.get('code');
  if (!code) throw new Error('no code');
  return code;
}

async function exchange(params: Record<string, string>) {
  return json(await restPost(app, 'oauth2/token', { client_id: 'roster', grant_type: 'authorization_code', redirect_uri: REDIRECT, ...params }));
}

describe('GET oauth2/authorize', () => {
  it('shows an accessible sign-in page that carries the OAuth parameters', async () => {
    const params = authorizeParams();
    const response = await app.inject({ url: `${REST}/oauth2/authorize?${new URLSearchParams(params).toString()}` });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const html = response.body;
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Sign in to Harbor City GIS</title>');
    expect(html).toMatch(/<h1>Sign in to Harbor City GIS<\/h1>/);
    expect(html).toMatch(/<label for="username">Username<\/label>\s*<input type="text" id="username" name="username"/);
    expect(html).toMatch(/<label for="password">Password<\/label>\s*<input type="password" id="password" name="password"/);
    expect(html).toMatch(/<button type="submit" class="primary">Sign In<\/button>/);
    expect(html).not.toContain('role="alert"');
    for (const [name, value] of Object.entries(params)) {
      const escaped = value.replace(/&/g, '&#38;').replace(/"/g, '&#34;').replace(/</g, '&#60;').replace(/>/g, '&#62;').replace(/'/g, '&#39;');
      expect(html, name).toContain(`<input type="hidden" name="${name}" value="${escaped}">`);
    }
  });

  it('shows an error page, not a redirect, for an unknown client or redirect URI', async () => {
    const badClient = await app.inject({ url: `${REST}/oauth2/authorize?${new URLSearchParams(authorizeParams({ client_id: 'other' })).toString()}` });
    expect(badClient.statusCode).toBe(400);
    expect(badClient.headers.location).toBeUndefined();
    expect(badClient.body).toContain('Invalid client_id');
    for (const uri of ['http://evil.example', 'http://localhost:51730', 'http://localhost:5173.evil.example/']) {
      const response = await app.inject({ url: `${REST}/oauth2/authorize?${new URLSearchParams(authorizeParams({ redirect_uri: uri })).toString()}` });
      expect(response.statusCode, uri).toBe(400);
      expect(response.body).toContain('Invalid redirect_uri');
    }
  });

  it('accepts a registered URI followed by a path, and extra registered URIs', async () => {
    for (const uri of ['http://localhost:5173/', 'http://127.0.0.1:4173/auth/callback', 'http://localhost:9999/callback']) {
      const response = await app.inject({ url: `${REST}/oauth2/authorize?${new URLSearchParams(authorizeParams({ redirect_uri: uri })).toString()}` });
      expect(response.statusCode, uri).toBe(200);
    }
  });

  it('redirects with an error for an unsupported response_type', async () => {
    const response = await app.inject({ url: `${REST}/oauth2/authorize?${new URLSearchParams(authorizeParams({ response_type: 'id_token' })).toString()}` });
    expect(response.statusCode).toBe(302);
    const location = new URL(String(response.headers.location));
    expect(location.searchParams.get('error')).toBe('unsupported_response_type');
    expect(location.searchParams.get('state')).toBe(stateValue);
  });
});

describe('POST oauth2/authorize', () => {
  it('re-shows the form with an alert and the username kept after a wrong password', async () => {
    const response = await signIn(authorizeParams(), 'ana.lima', 'wrong-password');
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/<p class="alert" id="signin-error" role="alert">Invalid username or password.<\/p>/);
    expect(response.body).toContain('value="ana.lima"');
    expect(response.body).not.toContain('wrong-password');
  });

  it('refuses an unknown user, a wrong-case username and a disabled account', async () => {
    expect((await signIn(authorizeParams(), 'nobody', 'x')).body).toContain('Invalid username or password.');
    expect((await signIn(authorizeParams(), 'PortalAdmin', 'Portal.Admin1')).body).toContain('Invalid username or password.');
    const disabled = await signIn(authorizeParams(), 'dan.ng', 'Roster.Member1');
    expect(disabled.statusCode).toBe(200);
    expect(disabled.body).toMatch(/role="alert">This account has been disabled/);
  });

  it('redirects with code and the state verbatim, and records the sign-in', async () => {
    const before = json(await restGet(app, 'community/users/carla.rossi', { token: await adminToken() }));
    expect(before.lastLogin).toBe(-1);
    const response = await signIn(authorizeParams(), 'carla.rossi', 'Roster.Member1');
    expect(response.statusCode).toBe(302);
    const location = String(response.headers.location);
    expect(location.startsWith(`${REDIRECT}?code=`)).toBe(true);
    expect(new URL(location).searchParams.get('state')).toBe(stateValue);
    const after = json(await restGet(app, 'community/users/carla.rossi', { token: await adminToken() }));
    expect(after.lastLogin).toBeGreaterThan(Date.now() - 60_000);
  });

  it('redirects with access_denied when the user cancels', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `${REST}/oauth2/authorize`,
      headers: FORM,
      payload: new URLSearchParams({ ...authorizeParams(), cancel: 'true' }).toString(),
    });
    const location = new URL(String(response.headers.location));
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe(stateValue);
  });

  it('uses the implicit hash form for response_type=token', async () => {
    const response = await signIn(authorizeParams({ response_type: 'token', expiration: '120' }), ...DEMO.viewer);
    const location = String(response.headers.location);
    expect(location.startsWith(`${REDIRECT}#access_token=`)).toBe(true);
    const hash = new URLSearchParams(location.slice(location.indexOf('#') + 1));
    expect(hash.get('expires_in')).toBe('7200');
    expect(hash.get('username')).toBe('viewer_demo');
    expect(hash.get('ssl')).toBe('false');
    expect(hash.get('state')).toBe(stateValue);
    expect(json(await restGet(app, 'community/self', { token: hash.get('access_token') ?? '' })).username).toBe('viewer_demo');
  });
});

async function adminToken(): Promise<string> {
  return String(json(await restPost(app, 'generateToken', { username: DEMO.admin[0], password: DEMO.admin[1] })).token);
}

describe('oauth2/token', () => {
  it('exchanges a PKCE S256 code for the contract token shape', async () => {
    const { verifier, challenge } = pkce('S256');
    const code = await codeFor(authorizeParams({ code_challenge: challenge, code_challenge_method: 'S256', expiration: '600' }));
    const body = await exchange({ code, code_verifier: verifier });
    expect(Object.keys(body)).toEqual(['access_token', 'expires_in', 'username', 'ssl', 'refresh_token', 'refresh_token_expires_in']);
    expect(body).toMatchObject({ expires_in: 1800, username: 'portaladmin', ssl: false, refresh_token_expires_in: 36_000 });
    expect(json(await restGet(app, 'community/self', { token: String(body.access_token) })).username).toBe('portaladmin');
    expect(json(await restGet(app, 'community/self', { token: String(body.refresh_token) })).error).toMatchObject({ code: 498 });
  });

  it('supports the plain method and the default two-week refresh token', async () => {
    const { verifier, challenge } = pkce('plain');
    const code = await codeFor(authorizeParams({ code_challenge: challenge, code_challenge_method: 'plain', expiration: '' }));
    const body = await exchange({ code, code_verifier: verifier });
    expect(body).toMatchObject({ username: 'portaladmin', refresh_token_expires_in: 20_160 * 60 });
    const again = await codeFor(authorizeParams({ code_challenge: challenge, code_challenge_method: 'plain' }));
    expect((await exchange({ code: again, code_verifier: `${verifier}x` })).error).toMatchObject({ code: 400, message: 'Invalid code_verifier' });
    // Without code_challenge_method, a challenge is plain (RFC 7636).
    const implicitPlain = await codeFor(authorizeParams({ code_challenge: challenge, code_challenge_method: '' }));
    expect((await exchange({ code: implicitPlain, code_verifier: verifier })).username).toBe('portaladmin');
  });

  it('rejects a wrong or missing code_verifier, and burns the code', async () => {
    const { challenge } = pkce('S256');
    const params = authorizeParams({ code_challenge: challenge, code_challenge_method: 'S256' });
    const code = await codeFor(params);
    expect((await exchange({ code, code_verifier: 'x'.repeat(43) })).error).toMatchObject({
      code: 400,
      error: 'invalid_grant',
      message: 'Invalid code_verifier',
    });
    expect((await exchange({ code, code_verifier: 'x'.repeat(43) })).error).toMatchObject({ code: 400, message: 'Invalid authorization code' });
    const other = await codeFor(params);
    expect((await exchange({ code: other })).error).toMatchObject({ code: 400, error: 'invalid_request' });
  });

  describe('PKCE downgrade (RFC 9700 §2.1.1)', () => {
    const withoutPkce = (): Authorize => {
      const { code_challenge: _challenge, code_challenge_method: _method, ...rest } = authorizeParams();
      return rest;
    };

    it('refuses a code_verifier for a code issued without code_challenge, and burns the code', async () => {
      const { verifier } = pkce();
      const code = await codeFor(withoutPkce());
      expect((await exchange({ code, code_verifier: verifier })).error).toEqual({
        code: 400,
        error: 'invalid_grant',
        error_description: 'Invalid code_verifier',
        message: 'Invalid code_verifier',
        details: [],
      });
      expect((await exchange({ code })).error).toMatchObject({ code: 400, message: 'Invalid authorization code' });
    });

    it('still redeems a code issued without code_challenge when no verifier comes (Esri: PKCE is optional)', async () => {
      const body = await exchange({ code: await codeFor(withoutPkce()) });
      expect(body).toMatchObject({ username: 'portaladmin', expires_in: 1800 });
      expect(body.access_token).toBeTypeOf('string');
    });

    it('refuses a code issued with code_challenge without the right verifier: none, another, or the challenge itself', async () => {
      const { verifier, challenge } = pkce('S256');
      const params = authorizeParams({ code_challenge: challenge, code_challenge_method: 'S256' });
      expect((await exchange({ code: await codeFor(params) })).error).toMatchObject({ code: 400, error: 'invalid_request' });
      expect((await exchange({ code: await codeFor(params), code_verifier: pkce().verifier })).error).toMatchObject({ code: 400, error: 'invalid_grant' });
      expect((await exchange({ code: await codeFor(params), code_verifier: challenge })).error).toMatchObject({ code: 400, error: 'invalid_grant' });
      expect((await exchange({ code: await codeFor(params), code_verifier: verifier })).access_token).toBeTypeOf('string');
    });
  });

  it('makes codes single-use and bound to the redirect URI and client', async () => {
    const { verifier, challenge } = pkce();
    const code = await codeFor(authorizeParams({ code_challenge: challenge }));
    expect((await exchange({ code, code_verifier: verifier, redirect_uri: 'http://localhost:4173' })).error).toMatchObject({ message: 'Invalid redirect_uri' });
    const second = await codeFor(authorizeParams({ code_challenge: challenge }));
    expect((await exchange({ code: second, code_verifier: verifier })).access_token).toBeTypeOf('string');
    expect((await exchange({ code: second, code_verifier: verifier })).error).toMatchObject({ message: 'Invalid authorization code' });
    const third = await codeFor(authorizeParams({ code_challenge: challenge }));
    expect(
      json(
        await restPost(app, 'oauth2/token', {
          client_id: 'other',
          grant_type: 'authorization_code',
          code: third,
          code_verifier: verifier,
          redirect_uri: REDIRECT,
        }),
      ),
    ).toEqual({
      error: { code: 400, error: 'invalid_client_id', error_description: 'Invalid client_id', message: 'Invalid client_id', details: [] },
    });
  });

  it('refreshes with refresh_token (access token only) and exchanges with exchange_refresh_token', async () => {
    const { verifier, challenge } = pkce();
    const tokens = await exchange({ code: await codeFor(authorizeParams({ code_challenge: challenge }), DEMO.helpdesk), code_verifier: verifier });
    const refreshed = json(
      await restPost(app, 'oauth2/token', { client_id: 'roster', grant_type: 'refresh_token', refresh_token: String(tokens.refresh_token) }),
    );
    expect(Object.keys(refreshed)).toEqual(['access_token', 'expires_in', 'username']);
    expect(refreshed).toMatchObject({ expires_in: 1800, username: 'helpdesk_demo' });
    expect(json(await restGet(app, 'community/self', { token: String(refreshed.access_token) })).username).toBe('helpdesk_demo');

    const exchanged = json(
      await restPost(app, 'oauth2/token', {
        client_id: 'roster',
        grant_type: 'exchange_refresh_token',
        redirect_uri: REDIRECT,
        refresh_token: String(tokens.refresh_token),
      }),
    );
    expect(Object.keys(exchanged)).toEqual(['access_token', 'expires_in', 'username', 'ssl', 'refresh_token', 'refresh_token_expires_in']);
    expect(exchanged.refresh_token).not.toBe(tokens.refresh_token);
    expect(json(await restGet(app, 'community/self', { token: String(exchanged.access_token) })).username).toBe('helpdesk_demo');
  });

  it('answers the contract body for an expired refresh token, and 498 for an unknown one', async () => {
    const { verifier, challenge } = pkce();
    const tokens = await exchange({ code: await codeFor(authorizeParams({ code_challenge: challenge })), code_verifier: verifier });
    app.emulator.store.db.prepare('UPDATE tokens SET expires = 1 WHERE token = ?').run(tokens.refresh_token);
    expect(
      json(await restPost(app, 'oauth2/token', { client_id: 'roster', grant_type: 'refresh_token', refresh_token: String(tokens.refresh_token) })),
    ).toEqual({
      error: { code: 498, error: 'invalid_request', error_description: 'refresh_token expired', message: 'refresh_token expired', details: [] },
    });
    expect(json(await restPost(app, 'oauth2/token', { client_id: 'roster', grant_type: 'refresh_token', refresh_token: 'nope' })).error).toMatchObject({
      code: 498,
    });
    expect(json(await restPost(app, 'oauth2/token', { client_id: 'roster', grant_type: 'password' })).error).toMatchObject({
      code: 400,
      error: 'unsupported_grant_type',
    });
  });

  it('keeps refresh tokens valid when access tokens are expired by the test surface', async () => {
    const { verifier, challenge } = pkce();
    const tokens = await exchange({ code: await codeFor(authorizeParams({ code_challenge: challenge })), code_verifier: verifier });
    await app.inject({ method: 'POST', url: '/__emulator/expire-tokens' });
    expect(json(await restGet(app, 'community/self', { token: String(tokens.access_token) })).error).toMatchObject({ code: 498 });
    const refreshed = json(
      await restPost(app, 'oauth2/token', { client_id: 'roster', grant_type: 'refresh_token', refresh_token: String(tokens.refresh_token) }),
    );
    expect(json(await restGet(app, 'community/self', { token: String(refreshed.access_token) })).username).toBe('portaladmin');
  });
});

describe('oauth2/revokeToken', () => {
  it('revokes a refresh token and the access tokens issued from it (trailing slash tolerated)', async () => {
    const { verifier, challenge } = pkce();
    const tokens = await exchange({ code: await codeFor(authorizeParams({ code_challenge: challenge })), code_verifier: verifier });
    const response = await app.inject({
      method: 'POST',
      url: `${REST}/oauth2/revokeToken/`,
      headers: FORM,
      payload: new URLSearchParams({ f: 'json', client_id: 'roster', auth_token: String(tokens.refresh_token) }).toString(),
    });
    expect(response.json()).toEqual({ success: true });
    expect(json(await restGet(app, 'community/self', { token: String(tokens.access_token) })).error).toMatchObject({ code: 498 });
    expect(
      json(await restPost(app, 'oauth2/token', { client_id: 'roster', grant_type: 'refresh_token', refresh_token: String(tokens.refresh_token) })).error,
    ).toMatchObject({ code: 498 });
  });

  it('revokes an access token on its own', async () => {
    const token = await adminToken();
    expect(json(await restPost(app, 'oauth2/revokeToken', { client_id: 'roster', auth_token: token }))).toEqual({ success: true });
    expect(json(await restGet(app, 'community/self', { token })).error).toMatchObject({ code: 498 });
    expect(json(await restPost(app, 'oauth2/revokeToken', { client_id: 'nope', auth_token: token })).error).toMatchObject({ error: 'invalid_client_id' });
  });
});

describe('generateToken', () => {
  it('returns {token, expires, ssl} honouring expiration minutes', async () => {
    const before = Date.now();
    const body = json(await restPost(app, 'generateToken', { username: 'ana.lima', password: 'Roster.Member1', expiration: '5', client: 'requestip' }));
    expect(Object.keys(body)).toEqual(['token', 'expires', 'ssl']);
    expect(body.ssl).toBe(false);
    expect(Number(body.expires)).toBeGreaterThanOrEqual(before + 5 * 60_000);
    expect(Number(body.expires)).toBeLessThan(before + 6 * 60_000);
  });

  it('answers the contract body for bad credentials', async () => {
    expect(json(await restPost(app, 'generateToken', { username: 'ana.lima', password: 'nope' }))).toEqual({
      error: { code: 400, message: 'Unable to generate token.', details: ['Invalid username or password.'] },
    });
    expect(json(await restPost(app, 'generateToken', { username: 'eva.schmidt', password: '' })).error).toMatchObject({ message: 'Unable to generate token.' });
    expect(json(await restPost(app, 'generateToken', { username: 'dan.ng', password: 'Roster.Member1' })).error).toMatchObject({
      message: 'Unable to generate token.',
    });
  });
});
