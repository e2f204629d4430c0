import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash, randomBytes } from 'node:crypto';

import { renderErrorPage, renderSignInPage } from './oauth-page';
import { registerPortalClientRoutes } from './oauth-portal-client';
import { arcgisErrors } from '../plugins/arcgis-error';
import { CLIENT_ID, isRegisteredRedirectUri, PORTAL_CLIENT_ID, type EmulatorContext } from '../plugins/context';
import { readParams, type Params } from '../plugins/params';
import { REST_PREFIXES, restRoute } from '../plugins/rest-route';
import { verifyPassword } from '../store/passwords';
import { orgInfo } from '../store/portal-repo';
import { findToken, issueToken, revokeToken, saveAuthCode, takeAuthCode } from '../store/tokens-repo';
import { findUser, findUserForSignIn, recordLogin } from '../store/users-repo';

export const ACCESS_TOKEN_SECONDS = 1800;
export const DEFAULT_EXPIRATION_MINUTES = 20_160;
const CODE_TTL_MS = 5 * 60_000;
const APP_NAME = 'Roster';

/** `expiration` in minutes: default two weeks, at most two weeks. */
export function expirationMinutes(value: string | undefined): number {
  const minutes = Number(value);
  if (!value || !Number.isFinite(minutes) || minutes <= 0) return DEFAULT_EXPIRATION_MINUTES;
  return Math.min(Math.trunc(minutes) || 1, DEFAULT_EXPIRATION_MINUTES);
}

const encode = (params: Record<string, string | undefined>): string =>
  Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');

function withQuery(uri: string, params: Record<string, string | undefined>): string {
  const hashIndex = uri.indexOf('#');
  const base = hashIndex >= 0 ? uri.slice(0, hashIndex) : uri;
  return `${base}${base.includes('?') ? '&' : '?'}${encode(params)}`;
}

function withHash(uri: string, params: Record<string, string | undefined>): string {
  const hashIndex = uri.indexOf('#');
  return `${hashIndex >= 0 ? uri.slice(0, hashIndex) : uri}#${encode(params)}`;
}

const NOT_CARRIED = new Set(['username', 'password', 'cancel']);

/** The form posts back to the path it was served from (either REST root). */
function authorizeAction(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '';
}

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

type PortalAuthorize = ReturnType<typeof registerPortalClientRoutes>;

async function handleAuthorize(
  context: EmulatorContext,
  portalAuthorize: PortalAuthorize,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const params = readParams(request);
  const orgName = orgInfo(context.store).name;
  const clientId = params.text('client_id');
  if (clientId === PORTAL_CLIENT_ID) return portalAuthorize(request, reply, expirationMinutes(params.get('expiration')));
  const redirectUri = params.text('redirect_uri');
  if (clientId !== CLIENT_ID)
    return sendHtml(
      reply,
      400,
      renderErrorPage(orgName, 'Invalid client_id', 'The application that sent you here is not registered with this organization (invalid client_id).'),
    );
  if (!redirectUri || !isRegisteredRedirectUri(context.config, redirectUri)) {
    return sendHtml(
      reply,
      400,
      renderErrorPage(orgName, 'Invalid redirect_uri', 'The redirect_uri is not registered for this application, so you cannot be signed in.'),
    );
  }
  const state = params.get('state');
  const responseType = params.text('response_type') ?? 'code';
  const fail = (error: string, description: string) => reply.redirect(withQuery(redirectUri, { error, error_description: description, state }), 302);
  if (responseType !== 'code' && responseType !== 'token') return fail('unsupported_response_type', 'Invalid response_type');
  const challenge = params.text('code_challenge');
  const method = params.text('code_challenge_method') ?? (challenge ? 'plain' : undefined);
  if (method !== undefined && method !== 'S256' && method !== 'plain') return fail('invalid_request', 'Invalid code_challenge_method');

  const hidden: Record<string, string> = {};
  for (const source of [request.query, request.body]) {
    if (!source || typeof source !== 'object') continue;
    for (const [key, value] of Object.entries(source as Record<string, unknown>)) {
      if (!NOT_CARRIED.has(key.toLowerCase()) && typeof value === 'string') hidden[key] = value;
    }
  }
  const showForm = (status: number, username?: string, error?: string) =>
    sendHtml(reply, status, renderSignInPage({ orgName, appName: APP_NAME, action: authorizeAction(request), hidden, username, error }));

  if (request.method === 'GET') return showForm(200);
  if (params.bool('cancel')) return fail('access_denied', 'The user denied your request.');

  const username = params.get('username') ?? '';
  const password = params.get('password') ?? '';
  const user = username ? findUserForSignIn(context.store, username) : undefined;
  if (!user || !verifyPassword(password, user.password_hash)) return showForm(200, username, 'Invalid username or password.');
  if (user.disabled) return showForm(200, username, 'This account has been disabled. Contact your organization administrator.');

  const now = Date.now();
  recordLogin(context.store, user.username, now);
  const expiration = expirationMinutes(params.get('expiration'));
  if (responseType === 'token') {
    const token = issueToken(context.store, { kind: 'access', username: user.username, clientId, ttlMs: expiration * 60_000 });
    return reply.redirect(
      withHash(redirectUri, {
        access_token: token.token,
        expires_in: String(expiration * 60),
        username: user.username,
        ssl: String(context.config.https),
        state,
      }),
      302,
    );
  }
  const code = randomBytes(32).toString('base64url');
  saveAuthCode(context.store, {
    code,
    client_id: clientId,
    redirect_uri: redirectUri,
    code_challenge: challenge ?? null,
    code_challenge_method: challenge ? (method ?? 'plain') : null,
    username: user.username,
    expiration_minutes: expiration,
    expires: now + CODE_TTL_MS,
  });
  return reply.redirect(withQuery(redirectUri, { code, state }), 302);
}

function tokenResponse(
  context: EmulatorContext,
  username: string,
  clientId: string,
  expiration: number,
  redirectUri: string | undefined,
): Record<string, unknown> {
  const refresh = issueToken(context.store, { kind: 'refresh', username, clientId, ttlMs: expiration * 60_000, expirationMinutes: expiration, redirectUri });
  const access = issueToken(context.store, { kind: 'access', username, clientId, ttlMs: ACCESS_TOKEN_SECONDS * 1000, refreshToken: refresh.token });
  return {
    access_token: access.token,
    expires_in: ACCESS_TOKEN_SECONDS,
    username,
    ssl: context.config.https,
    refresh_token: refresh.token,
    refresh_token_expires_in: expiration * 60,
  };
}

const invalidClient = () => arcgisErrors.oauth(400, 'invalid_client_id', 'Invalid client_id');

function verifierMatches(verifier: string, challenge: string, method: string | null): boolean {
  if (method === 'S256') return createHash('sha256').update(verifier).digest('base64url') === challenge;
  return verifier === challenge;
}

function exchangeCode(context: EmulatorContext, params: Params, clientId: string): Record<string, unknown> {
  const code = takeAuthCode(context.store, params.text('code') ?? '');
  if (!code || code.expires <= Date.now() || code.client_id !== clientId) {
    throw arcgisErrors.oauth(400, 'invalid_request', 'Invalid authorization code');
  }
  if (params.text('redirect_uri') !== code.redirect_uri) throw arcgisErrors.oauth(400, 'invalid_request', 'Invalid redirect_uri');
  const verifier = params.text('code_verifier');
  if (code.code_challenge) {
    if (!verifier) throw arcgisErrors.oauth(400, 'invalid_request', 'code_verifier is required');
    if (!verifierMatches(verifier, code.code_challenge, code.code_challenge_method)) {
      throw arcgisErrors.oauth(400, 'invalid_grant', 'Invalid code_verifier');
    }
  } else if (verifier) {
    // PKCE downgrade (RFC 9700 §2.1.1): a verifier for a code issued without a challenge proves nothing.
    throw arcgisErrors.oauth(400, 'invalid_grant', 'Invalid code_verifier');
  }
  const user = findUser(context.store, code.username);
  if (!user || user.disabled) throw arcgisErrors.oauth(400, 'invalid_request', 'Invalid authorization code');
  return tokenResponse(context, user.username, clientId, code.expiration_minutes, code.redirect_uri);
}

function validRefreshToken(context: EmulatorContext, params: Params, clientId: string) {
  const row = findToken(context.store, params.text('refresh_token') ?? '');
  if (!row || row.kind !== 'refresh' || row.client_id !== clientId) {
    throw arcgisErrors.oauth(498, 'invalid_request', 'Invalid refresh_token');
  }
  if (row.expires <= Date.now()) throw arcgisErrors.oauth(498, 'invalid_request', 'refresh_token expired');
  const user = findUser(context.store, row.username);
  if (!user || user.disabled) throw arcgisErrors.oauth(498, 'invalid_request', 'Invalid refresh_token');
  return { row, user };
}

export function registerOAuthRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const portalAuthorize = registerPortalClientRoutes(app, context);
  for (const prefix of REST_PREFIXES) {
    app.route({
      method: ['GET', 'POST'],
      url: `${prefix}/oauth2/authorize`,
      handler: (request, reply) => handleAuthorize(context, portalAuthorize, request, reply),
    });
  }

  restRoute(
    app,
    context,
    'oauth2/token',
    ({ params }) => {
      const clientId = params.text('client_id');
      const grantType = params.text('grant_type');
      // The portal's own client (ArcGIS API for Python) exchanges codes and refreshes; everything else is `roster`'s.
      const portalClient = clientId === PORTAL_CLIENT_ID && (grantType === 'authorization_code' || grantType === 'refresh_token');
      if (!clientId || (clientId !== CLIENT_ID && !portalClient)) throw invalidClient();
      if (grantType === 'authorization_code') return exchangeCode(context, params, clientId);
      if (grantType === 'refresh_token') {
        const { user } = validRefreshToken(context, params, clientId);
        const refreshToken = params.text('refresh_token');
        const access = issueToken(context.store, { kind: 'access', username: user.username, clientId, ttlMs: ACCESS_TOKEN_SECONDS * 1000, refreshToken });
        return { access_token: access.token, expires_in: ACCESS_TOKEN_SECONDS, username: user.username };
      }
      if (grantType === 'exchange_refresh_token') {
        const redirectUri = params.text('redirect_uri');
        if (!redirectUri || !isRegisteredRedirectUri(context.config, redirectUri)) {
          throw arcgisErrors.oauth(400, 'invalid_request', 'Invalid redirect_uri');
        }
        const { row, user } = validRefreshToken(context, params, clientId);
        return tokenResponse(context, user.username, clientId, row.expiration_minutes ?? DEFAULT_EXPIRATION_MINUTES, redirectUri);
      }
      throw arcgisErrors.oauth(400, 'unsupported_grant_type', 'Invalid grant_type');
    },
    'none',
  );

  restRoute(
    app,
    context,
    'oauth2/revokeToken',
    ({ params }) => {
      if (params.text('client_id') !== CLIENT_ID) throw invalidClient();
      const token = params.text('auth_token');
      if (!token) throw arcgisErrors.oauth(400, 'invalid_request', 'auth_token is required');
      const row = findToken(context.store, token);
      if (row && (row.client_id === null || row.client_id === CLIENT_ID)) revokeToken(context.store, token);
      return { success: true };
    },
    'none',
  );
}
