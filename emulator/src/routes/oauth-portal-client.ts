import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { randomBytes } from 'node:crypto';

import { renderErrorPage, renderOutOfBandCodePage, renderPortalSignInPage } from './oauth-page';
import { OOB_REDIRECT_URI, PORTAL_CLIENT_ID, type EmulatorContext } from '../plugins/context';
import { readParams } from '../plugins/params';
import { REST_PREFIXES } from '../plugins/rest-route';
import { verifyPassword } from '../store/passwords';
import { orgInfo } from '../store/portal-repo';
import { issueToken, saveAuthCode } from '../store/tokens-repo';
import { findUserForSignIn, recordLogin } from '../store/users-repo';

/**
 * The portal's own OAuth client `arcgisonline`: username/password sign-in the way the ArcGIS API for Python
 * (`arcgis.auth._auth._token.EsriBuiltInAuth`) does it. `oauth2/authorize` answers a page carrying
 * `var oAuthInfo = {"oauth_state":…}`; `POST sharing/oauth2/signin` (`oauth_state`, `username`, `password`) then
 * either shows the code (`<title>SUCCESS code=…</title>`, out-of-band redirect) or redirects with it (`?code=`) or
 * with the token (`#access_token=`, `response_type=token`). The code goes to `oauth2/token` as for `roster`.
 */

const STATE_TTL_MS = 30 * 60_000;
const CODE_TTL_MS = 5 * 60_000;
const INVALID_CREDENTIALS = 'Invalid username or password.';
const DISABLED = 'This account has been disabled. Contact your organization administrator.';

type PendingSignIn = {
  redirectUri: string;
  responseType: 'code' | 'token';
  state: string | undefined;
  expirationMinutes: number;
  expires: number;
};

type Authorize = (request: FastifyRequest, reply: FastifyReply, expirationMinutes: number) => FastifyReply;

function sendHtml(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}

/**
 * Where `arcgisonline` may send a person back: the out-of-band URI, or this portal's own origin (the Python API's
 * `response_type=token` sign-in uses `https://<portal host>`).
 */
export function isPortalClientRedirectUri(request: FastifyRequest, uri: string): boolean {
  if (uri === OOB_REDIRECT_URI) return true;
  const host = request.headers.host;
  if (!host) return false;
  const trimmed = uri.replace(/\/$/, '');
  return trimmed === `https://${host}` || trimmed === `${request.protocol}://${host}`;
}

/** `…/sharing/rest/oauth2/authorize` → `…/sharing/oauth2/signin` (the Python API posts there). */
function signInAction(request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? '';
  return path.replace(/\/rest\/oauth2\/authorize\/?$/i, '/oauth2/signin');
}

const encode = (params: Record<string, string | undefined>): string =>
  Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&');

/**
 * Registers `sharing/oauth2/signin` and returns the `oauth2/authorize` handler for `client_id=arcgisonline`.
 * Pending sign-ins (`oauth_state`) live in memory for 30 minutes and are single use once signed in.
 */
export function registerPortalClientRoutes(app: FastifyInstance, context: EmulatorContext): Authorize {
  const pending = new Map<string, PendingSignIn>();
  const orgName = () => orgInfo(context.store).name;

  const authorize: Authorize = (request, reply, expirationMinutes) => {
    const params = readParams(request);
    const redirectUri = params.text('redirect_uri');
    if (!redirectUri || !isPortalClientRedirectUri(request, redirectUri)) {
      return sendHtml(
        reply,
        400,
        renderErrorPage(orgName(), 'Invalid redirect_uri', 'The redirect_uri is not registered for this application, so you cannot be signed in.'),
      );
    }
    const responseType = params.text('response_type') ?? 'code';
    if ((responseType !== 'code' && responseType !== 'token') || (responseType === 'token' && redirectUri === OOB_REDIRECT_URI)) {
      return sendHtml(reply, 400, renderErrorPage(orgName(), 'Invalid response_type', 'This application asked for a response_type the portal cannot give it.'));
    }
    const now = Date.now();
    for (const [key, value] of pending) if (value.expires <= now) pending.delete(key);
    const oauthState = randomBytes(32).toString('base64url');
    pending.set(oauthState, { redirectUri, responseType, state: params.get('state'), expirationMinutes, expires: now + STATE_TTL_MS });
    return sendHtml(reply, 200, renderPortalSignInPage({ orgName: orgName(), action: signInAction(request), oauthInfo: { oauth_state: oauthState } }));
  };

  const signIn = (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const params = readParams(request);
    const oauthState = params.text('oauth_state') ?? '';
    const sign = pending.get(oauthState);
    if (!sign || sign.expires <= Date.now()) {
      pending.delete(oauthState);
      return sendHtml(
        reply,
        400,
        renderErrorPage(orgName(), 'Sign-in expired', 'This sign-in has expired or was already used. Start signing in again from your application.'),
      );
    }
    const username = params.get('username') ?? '';
    const password = params.get('password') ?? '';
    const user = username ? findUserForSignIn(context.store, username) : undefined;
    const refuse = (message: string) =>
      sendHtml(
        reply,
        200,
        renderPortalSignInPage({
          orgName: orgName(),
          action: request.url.split('?')[0] ?? '',
          oauthInfo: { oauth_state: oauthState, messages: [message] },
          username,
        }),
      );
    if (!user || !verifyPassword(password, user.password_hash)) return refuse(INVALID_CREDENTIALS);
    if (user.disabled) return refuse(DISABLED);

    pending.delete(oauthState);
    const now = Date.now();
    recordLogin(context.store, user.username, now);
    if (sign.responseType === 'token') {
      const token = issueToken(context.store, { kind: 'access', username: user.username, clientId: PORTAL_CLIENT_ID, ttlMs: sign.expirationMinutes * 60_000 });
      const fragment = encode({
        access_token: token.token,
        expires_in: String(sign.expirationMinutes * 60),
        username: user.username,
        ssl: String(context.config.https),
        state: sign.state,
      });
      return reply.header('cache-control', 'no-store').redirect(`${sign.redirectUri}#${fragment}`, 302);
    }
    const code = randomBytes(32).toString('base64url');
    saveAuthCode(context.store, {
      code,
      client_id: PORTAL_CLIENT_ID,
      redirect_uri: sign.redirectUri,
      code_challenge: null,
      code_challenge_method: null,
      username: user.username,
      expiration_minutes: sign.expirationMinutes,
      expires: now + CODE_TTL_MS,
    });
    if (sign.redirectUri === OOB_REDIRECT_URI) return sendHtml(reply, 200, renderOutOfBandCodePage(orgName(), code));
    return reply.header('cache-control', 'no-store').redirect(`${sign.redirectUri}?${encode({ code, state: sign.state })}`, 302);
  };

  for (const prefix of REST_PREFIXES) {
    app.post(`${prefix.replace(/\/rest$/, '')}/oauth2/signin`, (request, reply) => signIn(request, reply));
  }
  return authorize;
}
