import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, FORM, json, REST, restGet, restPost } from '../testing/inject';

// What the ArcGIS API for Python 2.0.1 sends (arcgis/auth/_auth/_token.py, EsriBuiltInAuth).
const OOB = 'urn:ietf:wg:oauth:2.0:oob';
const SIGNIN = '/portal/sharing/oauth2/signin';
const PY_EXTRAS = { allow_verification: 'false', style: 'dark', locale: 'en-US' };
// Its regular expressions: the page's `var oAuthInfo = {…};`, and the code in the title.
const OAUTH_INFO = /var oAuthInfo = ({.*?});/s;
const SUCCESS = /<title>SUCCESS code=(.*?)<\/title>/s;

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildEmulator({ members: 200, seedNow: FIXED_SEED_NOW });
});
afterAll(() => app.close());

type OAuthInfo = { oauth_state: string; messages?: string[] };

function oauthInfoOf(html: string): OAuthInfo {
  const match = OAUTH_INFO.exec(html);
  if (!match?.[1]) throw new Error('no oAuthInfo in the page');
  return JSON.parse(match[1]) as OAuthInfo;
}

async function authorize(params: Record<string, string>) {
  const query = new URLSearchParams({
    client_id: 'arcgisonline',
    response_type: 'code',
    redirect_uri: OOB,
    state: 'py-state-1',
    expiration: '20160',
    ...PY_EXTRAS,
    ...params,
  });
  return app.inject({ url: `${REST}/oauth2/authorize?${query.toString()}` });
}

async function oauthState(params: Record<string, string> = {}): Promise<string> {
  const page = await authorize(params);
  expect(page.statusCode).toBe(200);
  return oauthInfoOf(page.body).oauth_state;
}

async function signIn(state: string, username: string, password: string, extra: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: SIGNIN,
    headers: FORM,
    payload: new URLSearchParams({ oauth_state: state, authorize: 'True', username, password, ...extra }).toString(),
  });
}

async function exchange(code: string, overrides: Record<string, string> = {}) {
  // requests-oauthlib fetch_token(include_client_id=True, expiration=20160): a form POST without f=json.
  const response = await app.inject({
    method: 'POST',
    url: `${REST}/oauth2/token`,
    headers: { ...FORM, accept: 'application/json' },
    payload: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: OOB,
      client_id: 'arcgisonline',
      expiration: '20160',
      ...overrides,
    }).toString(),
  });
  return json(response);
}

describe('oauth2/authorize for the portal client arcgisonline', () => {
  it('answers a sign-in page whose oAuthInfo carries oauth_state, readable both ways the Python API reads it', async () => {
    const page = await authorize({});
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const info = oauthInfoOf(page.body);
    expect(info.oauth_state).toMatch(/^[\w-]{40,}$/);
    // The response_type=token path splits the text instead of parsing it.
    expect(page.body.split('"oauth_state":"')[1]?.split('"')[0]).toBe(info.oauth_state);
    expect(page.body).toMatch(/<form method="post" action="\/portal\/sharing\/oauth2\/signin"/);
    expect(page.body).toMatch(/<label for="password">Password<\/label>/);
    expect(new Set([info.oauth_state, await oauthState()]).size).toBe(2);
  });

  it("accepts only the out-of-band URI and the portal's own origin as redirect_uri", async () => {
    for (const uri of ['http://localhost:5173', 'https://evil.example', 'https://localhost:80.evil.example', '']) {
      const response = await authorize({ redirect_uri: uri });
      expect(response.statusCode, uri).toBe(400);
      expect(response.body).toContain('Invalid redirect_uri');
      expect(response.body).not.toContain('oAuthInfo');
    }
    expect((await authorize({ redirect_uri: 'https://localhost:80', response_type: 'token' })).statusCode).toBe(200);
    expect((await authorize({ response_type: 'token' })).statusCode).toBe(400);
  });

  it('leaves the roster client as it was: no out-of-band redirect for it', async () => {
    const response = await app.inject({
      url: `${REST}/oauth2/authorize?${new URLSearchParams({ client_id: 'roster', response_type: 'code', redirect_uri: OOB }).toString()}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('Invalid redirect_uri');
  });
});

describe('sharing/oauth2/signin and the code exchange', () => {
  it('shows the code in the page title (out-of-band), and oauth2/token exchanges it for client arcgisonline', async () => {
    const response = await signIn(await oauthState(), ...DEMO.admin);
    expect(response.statusCode).toBe(200);
    const code = SUCCESS.exec(response.body)?.[1];
    expect(code).toMatch(/^[\w-]{40,}$/);
    const token = await exchange(code ?? '');
    expect(token).toMatchObject({ expires_in: 1800, username: 'portaladmin', ssl: false, refresh_token_expires_in: 20_160 * 60 });
    expect(json(await restGet(app, 'community/self', { token: String(token.access_token) })).username).toBe('portaladmin');
    // Single use.
    expect((await exchange(code ?? '')).error).toMatchObject({ code: 400, message: 'Invalid authorization code' });
    // The Python API refreshes with the same client.
    const refreshed = json(
      await restPost(app, 'oauth2/token', {
        client_id: 'arcgisonline',
        grant_type: 'refresh_token',
        refresh_token: String(token.refresh_token),
        expiration: '20160',
      }),
    );
    expect(refreshed).toMatchObject({ username: 'portaladmin', expires_in: 1800 });
  });

  it('refuses a wrong password the way the form does, with messages in oAuthInfo, and lets the person try again', async () => {
    const state = await oauthState();
    const refused = await signIn(state, 'ana.lima', 'wrong-password');
    expect(refused.statusCode).toBe(200);
    expect(SUCCESS.test(refused.body)).toBe(false);
    const info = oauthInfoOf(refused.body);
    expect(info).toEqual({ oauth_state: state, messages: ['Invalid username or password.'] });
    expect(refused.body).toMatch(/role="alert">Invalid username or password.<\/p>/);
    expect(refused.body).toContain('value="ana.lima"');
    expect(refused.body).not.toContain('wrong-password');
    expect(oauthInfoOf((await signIn(state, 'PortalAdmin', 'Portal.Admin1')).body).messages).toEqual(['Invalid username or password.']);
    expect(oauthInfoOf((await signIn(state, 'dan.ng', 'Roster.Member1')).body).messages?.[0]).toMatch(/^This account has been disabled/);
    expect(SUCCESS.exec((await signIn(state, 'ana.lima', 'Roster.Member1')).body)?.[1]).toBeTruthy();
  });

  it('refuses an unknown or used oauth_state', async () => {
    const state = await oauthState();
    expect((await signIn(state, ...DEMO.viewer)).statusCode).toBe(200);
    for (const used of [state, 'not-a-state', '']) {
      const response = await signIn(used, ...DEMO.viewer);
      expect(response.statusCode).toBe(400);
      expect(SUCCESS.test(response.body)).toBe(false);
    }
  });

  it('binds the code to client arcgisonline and the out-of-band redirect', async () => {
    const codeOf = async () => SUCCESS.exec((await signIn(await oauthState(), ...DEMO.viewer)).body)?.[1] ?? '';
    expect((await exchange(await codeOf(), { redirect_uri: 'https://localhost:80' })).error).toMatchObject({ message: 'Invalid redirect_uri' });
    expect((await exchange(await codeOf(), { client_id: 'roster' })).error).toMatchObject({ message: 'Invalid authorization code' });
    expect((await exchange(await codeOf(), { client_id: 'other' })).error).toMatchObject({ error: 'invalid_client_id' });
    // Only the code and refresh grants are open to arcgisonline; revoking stays with roster.
    expect(json(await restPost(app, 'oauth2/revokeToken', { client_id: 'arcgisonline', auth_token: 'x' })).error).toMatchObject({ error: 'invalid_client_id' });
  });

  it('redirects with the token in the fragment for response_type=token (the Python API default), state echoed', async () => {
    const state = await oauthState({ response_type: 'token', redirect_uri: 'https://localhost:80', expiration: '600' });
    const response = await signIn(state, ...DEMO.helpdesk, { expiration: '600' });
    expect(response.statusCode).toBe(302);
    const location = String(response.headers.location);
    expect(location.startsWith('https://localhost:80#access_token=')).toBe(true);
    const hash = new URLSearchParams(location.slice(location.indexOf('#') + 1));
    expect(Object.fromEntries([...hash].filter(([key]) => key !== 'access_token'))).toEqual({
      expires_in: '36000',
      username: 'helpdesk_demo',
      ssl: 'false',
      state: 'py-state-1',
    });
    expect(json(await restGet(app, 'community/self', { token: hash.get('access_token') ?? '' })).username).toBe('helpdesk_demo');
  });
});
