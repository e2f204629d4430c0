import type { FastifyInstance, InjectOptions } from 'fastify';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, FORM, restGet } from '../testing/inject';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildEmulator({ members: 200, seedNow: FIXED_SEED_NOW });
});
afterAll(() => app.close());

const OOB = 'urn:ietf:wg:oauth:2.0:oob';
const roster = (params: Record<string, string>) =>
  new URLSearchParams({ client_id: 'roster', response_type: 'code', redirect_uri: 'http://localhost:5173', state: 's', ...params }).toString();
const portalClient = (params: Record<string, string>) =>
  new URLSearchParams({ client_id: 'arcgisonline', response_type: 'code', redirect_uri: OOB, state: 's', ...params }).toString();
const form = (url: string, body: Record<string, string>): InjectOptions => ({
  method: 'POST',
  url,
  headers: FORM,
  payload: new URLSearchParams(body).toString(),
});

async function oauthState(prefix: string): Promise<string> {
  const page = await app.inject({ url: `${prefix}/oauth2/authorize?${portalClient({})}` });
  const state = /"oauth_state":"([^"]+)"/.exec(page.body)?.[1];
  if (!state) throw new Error('no oauth_state');
  return state;
}

/** Every HTML page the emulator serves, under both REST roots. */
function htmlPages(prefix: string): [string, () => InjectOptions | Promise<InjectOptions>, number][] {
  const signin = `${prefix.replace(/\/rest$/, '')}/oauth2/signin`;
  return [
    ['roster sign-in page', () => ({ url: `${prefix}/oauth2/authorize?${roster({})}` }), 200],
    [
      'roster sign-in page after a wrong password',
      () => form(`${prefix}/oauth2/authorize`, { ...Object.fromEntries(new URLSearchParams(roster({}))), username: 'portaladmin', password: 'wrong' }),
      200,
    ],
    [
      'roster sign-in page for a disabled account',
      () => form(`${prefix}/oauth2/authorize`, { ...Object.fromEntries(new URLSearchParams(roster({}))), username: 'dan.ng', password: 'Roster.Member1' }),
      200,
    ],
    ['error page: invalid client_id', () => ({ url: `${prefix}/oauth2/authorize?${roster({ client_id: 'other' })}` }), 400],
    ['error page: invalid redirect_uri', () => ({ url: `${prefix}/oauth2/authorize?${roster({ redirect_uri: 'https://evil.example' })}` }), 400],
    ['arcgisonline sign-in page', () => ({ url: `${prefix}/oauth2/authorize?${portalClient({})}` }), 200],
    [
      'arcgisonline error page: invalid redirect_uri',
      () => ({ url: `${prefix}/oauth2/authorize?${portalClient({ redirect_uri: 'https://evil.example' })}` }),
      400,
    ],
    ['arcgisonline error page: invalid response_type', () => ({ url: `${prefix}/oauth2/authorize?${portalClient({ response_type: 'token' })}` }), 400],
    [
      'arcgisonline sign-in page after a wrong password',
      async () => form(signin, { oauth_state: await oauthState(prefix), username: 'portaladmin', password: 'wrong' }),
      200,
    ],
    [
      'arcgisonline error page: expired or unknown oauth_state',
      () => form(signin, { oauth_state: 'unknown', username: DEMO.admin[0], password: DEMO.admin[1] }),
      400,
    ],
    [
      'arcgisonline out-of-band code page',
      async () => form(signin, { oauth_state: await oauthState(prefix), username: DEMO.admin[0], password: DEMO.admin[1] }),
      200,
    ],
  ];
}

describe('framing headers', () => {
  for (const prefix of ['/portal/sharing/rest', '/sharing/rest']) {
    for (const [name, request, status] of htmlPages(prefix)) {
      it(`${prefix}: ${name} refuses to be framed`, async () => {
        const response = await app.inject(await request());
        expect(response.statusCode).toBe(status);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.headers['x-frame-options']).toBe('DENY');
        expect(response.headers['content-security-policy']).toBe("frame-ancestors 'none'");
      });
    }
  }

  it('leaves JSON answers alone', async () => {
    const response = await restGet(app, 'portals/self');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.headers['content-security-policy']).toBeUndefined();
  });

  it('covers every file that answers HTML (a new page must be added to the list above)', () => {
    const routes = join(import.meta.dirname, '../routes');
    const answeringHtml = readdirSync(routes)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .filter((file) => readFileSync(join(routes, file), 'utf8').includes('text/html'));
    expect(answeringHtml.sort()).toEqual(['oauth-portal-client.ts', 'oauth.ts']);
  });
});
