import { randomBytes } from 'node:crypto';

import type { Store } from './store';

export type TokenKind = 'access' | 'refresh' | 'generated';
export type TokenRow = {
  token: string;
  kind: TokenKind;
  username: string;
  client_id: string | null;
  expires: number;
  refresh_token: string | null;
  expiration_minutes: number | null;
  redirect_uri: string | null;
  created: number;
};
export type AuthCodeRow = {
  code: string;
  client_id: string;
  redirect_uri: string;
  code_challenge: string | null;
  code_challenge_method: string | null;
  username: string;
  expiration_minutes: number;
  expires: number;
};

export function randomToken(bytes = 48): string {
  return randomBytes(bytes).toString('base64url');
}

export function issueToken(
  store: Store,
  fields: {
    kind: TokenKind;
    username: string;
    clientId: string | null;
    ttlMs: number;
    refreshToken?: string;
    expirationMinutes?: number;
    redirectUri?: string;
  },
): TokenRow {
  const now = Date.now();
  const row: TokenRow = {
    token: randomToken(),
    kind: fields.kind,
    username: fields.username,
    client_id: fields.clientId,
    expires: now + fields.ttlMs,
    refresh_token: fields.refreshToken ?? null,
    expiration_minutes: fields.expirationMinutes ?? null,
    redirect_uri: fields.redirectUri ?? null,
    created: now,
  };
  store
    .prepare(
      `INSERT INTO tokens (token, kind, username, client_id, expires, refresh_token, expiration_minutes, redirect_uri, created)
      VALUES (@token, @kind, @username, @client_id, @expires, @refresh_token, @expiration_minutes, @redirect_uri, @created)`,
    )
    .run(row);
  // Housekeeping: forget tokens that expired more than a day ago.
  store.prepare('DELETE FROM tokens WHERE expires < ?').run(now - 86_400_000);
  return row;
}

export function findToken(store: Store, token: string): TokenRow | undefined {
  return store.prepare('SELECT * FROM tokens WHERE token = ?').get(token) as TokenRow | undefined;
}

/** Revokes a token; revoking a refresh token also revokes the access tokens issued from it. */
export function revokeToken(store: Store, token: string): void {
  store.transaction(() => {
    store.prepare('DELETE FROM tokens WHERE refresh_token = ?').run(token);
    store.prepare('DELETE FROM tokens WHERE token = ?').run(token);
  });
}

/** Test control: every access (and generated) token expires now; refresh tokens too when asked. */
export function expireTokens(store: Store, includeRefreshTokens: boolean): number {
  const kinds = includeRefreshTokens ? `('access', 'generated', 'refresh')` : `('access', 'generated')`;
  return store.prepare(`UPDATE tokens SET expires = ? WHERE kind IN ${kinds}`).run(Date.now() - 1).changes;
}

export function saveAuthCode(store: Store, row: AuthCodeRow): void {
  store.prepare('DELETE FROM auth_codes WHERE expires < ?').run(Date.now());
  store
    .prepare(
      `INSERT INTO auth_codes (code, client_id, redirect_uri, code_challenge, code_challenge_method, username, expiration_minutes, expires)
      VALUES (@code, @client_id, @redirect_uri, @code_challenge, @code_challenge_method, @username, @expiration_minutes, @expires)`,
    )
    .run(row);
}

/** Removes and returns a code: codes are single-use even when the exchange then fails. */
export function takeAuthCode(store: Store, code: string): AuthCodeRow | undefined {
  const row = store.prepare('SELECT * FROM auth_codes WHERE code = ?').get(code) as AuthCodeRow | undefined;
  if (row) store.prepare('DELETE FROM auth_codes WHERE code = ?').run(code);
  return row;
}
