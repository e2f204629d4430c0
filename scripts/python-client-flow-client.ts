/**
 * The HTTP side of `python-client-flow`: plain `fetch` over TLS that trusts one certificate explicitly (or, with
 * `--insecure`, skips the check for these requests only), and the ArcGIS API for Python's ways of talking to a
 * portal — form posts with `f=json`, the token in `X-Esri-Authorization`, error bodies raised — and of signing in
 * with username and password through the portal's own OAuth client `arcgisonline` (`EsriBuiltInAuth`).
 */
import { randomBytes } from 'node:crypto';

export type Trust = { ca?: string; insecure?: boolean };

type Dispatcher = object;
type FetchInit = RequestInit & { dispatcher?: Dispatcher };
type AgentConstructor = new (options: { connect: { ca?: string; rejectUnauthorized?: boolean } }) => Dispatcher;

/**
 * An undici Agent for these requests only. Node ships undici without exporting `Agent`; its global dispatcher
 * (registered under the symbol undici itself uses to share it) is one, so its constructor makes another.
 * Nothing process-wide changes.
 */
async function tlsDispatcher(trust: Trust): Promise<Dispatcher> {
  await fetch('data:,');
  const global = (globalThis as Record<symbol, unknown>)[Symbol.for('undici.globalDispatcher.1')];
  if (!global || typeof global !== 'object') throw new Error('This Node.js has no undici dispatcher to configure; use Node 20.19 or later.');
  const Agent = global.constructor as AgentConstructor;
  return new Agent({ connect: trust.insecure ? { rejectUnauthorized: false } : { ca: trust.ca } });
}

export class PortalRequestError extends Error {
  constructor(
    message: string,
    readonly body?: unknown,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;
type Params = Record<string, string | number | boolean | undefined>;

const form = (params: Params) =>
  new URLSearchParams(Object.entries(params).flatMap(([key, value]) => (value === undefined ? [] : [[key, String(value)]]))).toString();

export class PythonStyleClient {
  /** The portal's `…/sharing/rest/` root, as the Python API's `Connection._validate_url` makes it. */
  readonly restUrl: string;
  token: string | undefined;

  private constructor(
    readonly portalUrl: string,
    private readonly dispatcher: Dispatcher,
  ) {
    this.restUrl = `${portalUrl}/sharing/rest/`;
  }

  static async create(url: string, trust: Trust): Promise<PythonStyleClient> {
    const portalUrl = url.replace(/\/+$/, '').replace(/\/sharing(\/rest)?$/i, '');
    if (!portalUrl.startsWith('https://')) throw new Error(`The Python API forces https (all_ssl): give an https:// URL, not ${url}.`);
    if (!trust.ca && !trust.insecure) throw new Error('Trust the emulator certificate with --ca PATH, or pass --insecure.');
    return new PythonStyleClient(portalUrl, await tlsDispatcher(trust));
  }

  /** Raw fetch through the trusting dispatcher. */
  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const full: FetchInit = { ...init, dispatcher: this.dispatcher };
    try {
      return await fetch(url, full);
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
      throw new Error(`${init.method ?? 'GET'} ${url} failed${cause}`, { cause: error });
    }
  }

  private headers(): Record<string, string> {
    const headers: Record<string, string> = { Referer: 'http' };
    if (this.token) headers['X-Esri-Authorization'] = `Bearer ${this.token}`;
    return headers;
  }

  private async json(response: Response, what: string): Promise<Json> {
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new PortalRequestError(`${what}: HTTP ${String(response.status)}, not JSON`, text.slice(0, 200));
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) return { value: body };
    const error = (body as Json).error as Json | undefined;
    if (error) {
      const message = [error.message, error.error_description].find((value): value is string => typeof value === 'string') ?? 'error';
      throw new PortalRequestError(`${what}: ${message} (code ${String(error.code)})`, body);
    }
    return body as Json;
  }

  /** `Connection.get`: query string with `f=json`. Arrays come back as `{ value }`. */
  async get(path: string, params: Params = {}): Promise<Json> {
    const url = `${this.restUrl}${path}?${form({ ...params, f: 'json' })}`;
    return this.json(await this.fetch(url, { headers: this.headers() }), `GET ${path}`);
  }

  /** `Connection.post`: a form body with `f=json`. */
  async post(path: string, params: Params = {}): Promise<Json> {
    const response = await this.fetch(`${this.restUrl}${path}`, {
      method: 'POST',
      headers: { ...this.headers(), 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form({ ...params, f: 'json' }),
    });
    return this.json(response, `POST ${path}`);
  }

  // ----- Sign-in through the portal's own client (arcgis/auth/_auth/_token.py, EsriBuiltInAuth) -----

  private authorizeUrl(params: Params): string {
    const state = randomBytes(15).toString('base64url');
    return `${this.portalUrl}/sharing/rest/oauth2/authorize?${form({ ...params, client_id: 'arcgisonline', state, allow_verification: 'false', style: 'dark', locale: 'en-US' })}`;
  }

  private async postSignIn(params: Params): Promise<Response> {
    return this.fetch(`${this.portalUrl}/sharing/oauth2/signin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: form(params),
      redirect: 'manual',
    });
  }

  /**
   * The default (`response_type="token"`, `_init_response_type_token`): authorize with the portal's own origin as
   * redirect URI, take `"oauth_state":"…"` from the page, post the credentials without following the redirect and
   * read the token from the `Location` fragment (which must echo `state`).
   */
  async signInImplicit(username: string, password: string, expiration = 600): Promise<{ token: string; expiresIn: number; ssl: string | null }> {
    const redirectUri = `https://${new URL(this.portalUrl).host}`;
    const url = this.authorizeUrl({ response_type: 'token', redirect_uri: redirectUri, expiration });
    const state = new URL(url).searchParams.get('state');
    const page = await (await this.fetch(url)).text();
    if (!page.includes('oauth_state')) throw new Error('Unable to generate oauth token (no oauth_state in the authorize page)');
    const oauthState = page.split('"oauth_state":"')[1]?.split('"')[0] ?? '';
    const response = await this.postSignIn({ expiration, oauth_state: oauthState, username, password });
    const text = await response.text();
    if (text.includes('OAUTH_0015')) throw new Error('ArcGISLoginError (OAUTH_0015)');
    const location = response.headers.get('location');
    if (!location) throw new Error(`sign-in answered HTTP ${String(response.status)} without a Location`);
    if (!location.startsWith('https://')) throw new Error(`insecure callback ${location}`);
    const fragment = new URLSearchParams(location.slice(location.indexOf('#') + 1));
    if (fragment.get('state') !== state) throw new Error('Mismatching or missing state in params.');
    const token = fragment.get('access_token');
    if (!token) throw new Error('Missing access token parameter.');
    return { token, expiresIn: Number(fragment.get('expires_in')), ssl: fragment.get('ssl') };
  }

  /**
   * The handshake (`_init_token_auth_handshake`): out-of-band redirect, `var oAuthInfo = {…}` parsed from a script,
   * credentials posted with `authorize=True` (redirects followed), `<title>SUCCESS code=…</title>` read, and the code
   * exchanged at `oauth2/token` (requests-oauthlib `fetch_token(include_client_id=True, expiration=20160)`).
   */
  async signInOutOfBand(username: string, password: string): Promise<Json> {
    const redirectUri = 'urn:ietf:wg:oauth:2.0:oob';
    const page = await (await this.fetch(this.authorizeUrl({ response_type: 'code', redirect_uri: redirectUri, expiration: 20160 }))).text();
    const oauthInfo = oAuthInfoOf(page);
    if (!oauthInfo?.oauth_state) throw new Error('Could not login. Please ensure you have valid credentials and set your security login question.');
    const signIn = await this.postSignIn({ oauth_state: oauthInfo.oauth_state, authorize: 'True', username, password });
    const signInPage = await signIn.text();
    const messages = oAuthInfoOf(signInPage)?.messages ?? [];
    if (messages.some((message) => /invalid username or password|too many invalid attempts/i.test(message))) throw new Error(messages.join(','));
    const code = /<title>SUCCESS code=(.*?)<\/title>/s.exec(signInPage)?.[1];
    if (!code) throw new Error(`no code in the sign-in answer (HTTP ${String(signIn.status)})`);
    const response = await this.fetch(`${this.restUrl}oauth2/token`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: form({ grant_type: 'authorization_code', code, redirect_uri: redirectUri, client_id: 'arcgisonline', expiration: 20160 }),
    });
    const token = await this.json(response, 'POST oauth2/token');
    if (typeof token.access_token !== 'string') throw new Error('Missing access token parameter.');
    return token;
  }
}

/** The Python API's `var oAuthInfo = ({.*?});` (or without the `;`), parsed as JSON. */
export function oAuthInfoOf(html: string): { oauth_state?: string; messages?: string[] } | undefined {
  const match = /var oAuthInfo = ({.*?});/s.exec(html) ?? /var oAuthInfo = ({.*?})/s.exec(html);
  if (!match?.[1]) return undefined;
  try {
    return JSON.parse(match[1]) as { oauth_state?: string; messages?: string[] };
  } catch {
    return undefined;
  }
}
