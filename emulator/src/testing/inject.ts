import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export const REST = '/portal/sharing/rest';
export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

export type Json = Record<string, unknown> & { error?: Record<string, unknown> };

/** GET `path` (relative to the REST root) with query parameters. */
export async function restGet(
  app: FastifyInstance,
  path: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const query = new URLSearchParams({ f: 'json', ...params }).toString();
  return app.inject({ method: 'GET', url: `${REST}/${path}?${query}`, headers });
}

/** POST `path` with a form-urlencoded body, the way @esri/arcgis-rest-request sends it. */
export async function restPost(
  app: FastifyInstance,
  path: string,
  params: Record<string, string> = {},
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `${REST}/${path}`,
    headers: { ...FORM, ...headers },
    payload: new URLSearchParams({ f: 'json', ...params }).toString(),
  });
}

export function json(response: LightMyRequestResponse): Json {
  return response.json<Json>();
}

/** A token from `generateToken` (username/password). */
export async function tokenFor(app: FastifyInstance, username: string, password: string): Promise<string> {
  const body = json(await restPost(app, 'generateToken', { username, password, client: 'referer', referer: 'http://localhost' }));
  if (typeof body.token !== 'string') throw new Error(`no token for ${username}: ${JSON.stringify(body)}`);
  return body.token;
}

export const DEMO = {
  admin: ['portaladmin', 'Portal.Admin1'],
  helpdesk: ['helpdesk_demo', 'Helpdesk.Demo1'],
  viewer: ['viewer_demo', 'Viewer.Demo1'],
} as const;

export const FIXED_SEED_NOW = Date.UTC(2026, 0, 15);
