import { ArcGISIdentityManager } from '@esri/arcgis-rest-request';

import type { PortalConfig } from '@/config/runtime-config';
import { clearMemberStores } from '@/lib/idb/key-value-store';
import { clearSessionDrafts } from '@/lib/session-drafts';

export type PortalSession = ArcGISIdentityManager;

const STORAGE_KEY = 'roster.session';
const CALLBACK_PATH = '/auth/callback';

/** `renew`: a sign-in in a popup window that gives a running page fresh credentials (see renewSignIn). */
type SignInState = { id: string; returnTo: string; portalUrl: string; renew?: boolean };

function redirectUri(): string {
  return `${window.location.origin}${CALLBACK_PATH}`;
}

function randomStateId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** Sends the browser to the portal's own sign-in page (OAuth 2.0 authorization code + PKCE). */
export async function beginSignIn(portal: PortalConfig, returnTo: string): Promise<void> {
  const state: SignInState = { id: randomStateId(), returnTo, portalUrl: portal.portalUrl };
  await ArcGISIdentityManager.beginOAuth2({
    clientId: portal.clientId,
    portal: portal.portalUrl,
    redirectUri: redirectUri(),
    popup: false,
    pkce: true,
    state,
  });
}

/**
 * Signs the same member in again in a popup window, without leaving the page, and gives the running session the
 * new credentials in place: a bulk run that lost its sign-in carries on with the very session object it holds.
 */
export async function renewSignIn(session: PortalSession, portal: PortalConfig): Promise<void> {
  const state: SignInState = { id: randomStateId(), returnTo: '/', portalUrl: portal.portalUrl, renew: true };
  const fresh = await ArcGISIdentityManager.beginOAuth2({
    clientId: portal.clientId,
    portal: portal.portalUrl,
    redirectUri: redirectUri(),
    popup: true,
    pkce: true,
    state,
  });
  if (!fresh) throw new Error('The sign-in window did not answer.');
  if (fresh.username.toLowerCase() !== session.username.toLowerCase()) {
    throw new Error(`That was ${fresh.username}. Sign in as ${session.username} to carry on with this run.`);
  }
  session.updateToken(fresh.token, fresh.tokenExpires);
  // rest-js keeps the refresh token in fields it offers no setter for.
  Object.assign(session, { _refreshToken: fresh.refreshToken, _refreshTokenExpires: fresh.refreshTokenExpires });
  persistSession(session);
}

/**
 * The sign-in's `state` as the callback's address carries it: only the fields of the expected type, none when it is
 * missing or not JSON (the address can be typed by anyone).
 */
export function callbackState(search: string): Partial<SignInState> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new URLSearchParams(search).get('state') ?? 'null');
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null) return {};
  const fields = parsed as Record<string, unknown>;
  const state: Partial<SignInState> = {};
  if (typeof fields.id === 'string') state.id = fields.id;
  if (typeof fields.returnTo === 'string') state.returnTo = fields.returnTo;
  if (typeof fields.portalUrl === 'string') state.portalUrl = fields.portalUrl;
  if (fields.renew === true) state.renew = true;
  return state;
}

/** True when this callback is the popup of `renewSignIn`: it hands its credentials to the page that opened it. */
export function isRenewalCallback(search: string): boolean {
  return callbackState(search).renew === true && window.opener !== null;
}

/** In the renewal popup: passes the new credentials to the opener (rest-js closes the window). */
export async function completeRenewal(portal: PortalConfig): Promise<void> {
  await ArcGISIdentityManager.completeOAuth2({
    clientId: portal.clientId,
    portal: portal.portalUrl,
    redirectUri: redirectUri(),
    popup: true,
    pkce: true,
  });
}

/** Reads which configured portal the callback belongs to; the portal is trusted only if it is configured. */
export function portalForCallback(search: string, portals: PortalConfig[]): PortalConfig | undefined {
  const { portalUrl } = callbackState(search);
  return portalUrl === undefined ? undefined : portals.find((portal) => portal.portalUrl === portalUrl);
}

/** The path a sign-in callback returns to, read from its state before the code is exchanged (unchecked: pass it through safeReturnPath). */
export function callbackReturnPath(search: string): string | null {
  return callbackState(search).returnTo ?? null;
}

/** Exchanges the authorization code (with the PKCE verifier rest-js kept) for tokens. */
export async function completeSignIn(portal: PortalConfig): Promise<{ session: PortalSession; returnTo: string }> {
  const session = await ArcGISIdentityManager.completeOAuth2({
    clientId: portal.clientId,
    portal: portal.portalUrl,
    redirectUri: redirectUri(),
    popup: false,
    pkce: true,
  });
  const state = session.state as Partial<SignInState> | undefined;
  return { session, returnTo: typeof state?.returnTo === 'string' ? state.returnTo : '/' };
}

/**
 * Keeps the session for this tab only (sessionStorage): it survives a reload but not closing the tab.
 * Tokens are refreshed inside rest-js, so the refreshed credentials are saved after each refresh.
 */
export function persistSession(session: PortalSession): void {
  sessionStorage.setItem(STORAGE_KEY, session.serialize());
  if (!Object.prototype.hasOwnProperty.call(session, 'refreshCredentials')) {
    const refresh = session.refreshCredentials.bind(session);
    session.refreshCredentials = async (options) => {
      try {
        const refreshed = await refresh(options);
        sessionStorage.setItem(STORAGE_KEY, session.serialize());
        return refreshed;
      } catch (error) {
        // rest-js keeps a failed refresh's promise and hands it to every later request (getFreshToken): forget it,
        // so a refresh that failed because the portal was busy is simply tried again by the next request.
        const pending = (session as unknown as { _pendingTokenRequests?: Record<string, unknown> })._pendingTokenRequests;
        if (pending) pending[session.portal] = null;
        throw error;
      }
    };
  }
}

export function restoreSession(portals: PortalConfig[]): PortalSession | null {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  if (!stored) return null;
  try {
    const session = ArcGISIdentityManager.deserialize(stored);
    if (!portals.some((portal) => portal.portalUrl === session.portal)) return forget();
    const refreshExpires = session.refreshTokenExpires as Date | undefined;
    if (refreshExpires && refreshExpires.getTime() < Date.now()) return forget();
    persistSession(session);
    return session;
  } catch {
    return forget();
  }
}

function forget(): null {
  sessionStorage.removeItem(STORAGE_KEY);
  return null;
}

/**
 * Everything Roster keeps in this browser for the signed-in member: the session, drafts and journals. Another member
 * signing in on the same browser finds none of it. (The caller clears the query cache.)
 */
async function forgetEverything(): Promise<void> {
  forget();
  await Promise.all([clearSessionDrafts(), clearMemberStores()]);
}

/** Revokes the refresh token at the portal (best effort) and forgets everything this tab held. */
export async function endSession(session: PortalSession | null): Promise<void> {
  await forgetEverything();
  if (!session) return;
  try {
    await session.signOut();
  } catch {
    // The token may already be invalid; local sign-out must still complete.
  }
}

/** The session ended for good (the token is refused and cannot be renewed): forgets everything, calls nobody. */
export async function forgetSession(): Promise<void> {
  await forgetEverything();
}
