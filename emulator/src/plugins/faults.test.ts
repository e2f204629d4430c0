import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { FaultInjector, type FaultSettings, FaultSettingsError, parseFaultSettings } from './faults';
import { DEMO, FIXED_SEED_NOW, FORM, json, REST, restGet, restPost, tokenFor } from '../testing/inject';

const NO_FAULTS: FaultSettings = {
  latencyMs: 0,
  failEvery: 0,
  failureKind: 'http-503',
  expireTokensAfter: null,
  match: null,
  failTokenRefreshes: 0,
  outageAfter: null,
  outageMs: null,
};
const ZERO = { seen: 0, failures: 0, tokenExpiries: 0, refreshFailures: 0, outageFailures: 0 };

describe('parseFaultSettings', () => {
  it('reads JSON or form values with defaults, and treats {} as no faults', () => {
    expect(parseFaultSettings({ failEvery: 10 })).toEqual({ ...NO_FAULTS, failEvery: 10 });
    expect(parseFaultSettings({ latencyMs: '50', failureKind: 'throttle', failEvery: '4', expireTokensAfter: '0', match: ' Portals/Self/Invite ' })).toEqual({
      latencyMs: 50,
      failEvery: 4,
      failureKind: 'throttle',
      expireTokensAfter: 0,
      match: 'portals/self/invite',
      failTokenRefreshes: 0,
      outageAfter: null,
      outageMs: null,
    });
    expect(parseFaultSettings({})).toBeNull();
    expect(parseFaultSettings(undefined)).toBeNull();
    expect(parseFaultSettings({ match: 'invite' })).toBeNull();
  });

  it('refuses unknown keys and invalid values', () => {
    expect(() => parseFaultSettings({ failevry: 3 })).toThrow(FaultSettingsError);
    expect(() => parseFaultSettings({ failEvery: -1 })).toThrow('failevery must be an integer');
    expect(() => parseFaultSettings({ failEvery: 1.5 })).toThrow(FaultSettingsError);
    expect(() => parseFaultSettings({ failureKind: 'http-500' })).toThrow('failureKind must be one of http-503, network, throttle, mixed.');
    expect(() => parseFaultSettings({ latencyMs: 'slow' })).toThrow(FaultSettingsError);
    expect(() => parseFaultSettings([1])).toThrow(FaultSettingsError);
  });

  it('reads failTokenRefreshes, mixed and an outage window', () => {
    expect(parseFaultSettings({ failTokenRefreshes: 1 })).toEqual({ ...NO_FAULTS, failTokenRefreshes: 1 });
    expect(parseFaultSettings({ FAILTOKENREFRESHES: '1000', failureKind: 'mixed' })).toEqual({ ...NO_FAULTS, failTokenRefreshes: 1000, failureKind: 'mixed' });
    expect(parseFaultSettings({ outageAfter: 0, outageMs: 300 })).toEqual({ ...NO_FAULTS, outageAfter: 0, outageMs: 300 });
    expect(parseFaultSettings({ outageAfter: '5', outageMs: '600000', match: 'users' })).toEqual({
      ...NO_FAULTS,
      outageAfter: 5,
      outageMs: 600_000,
      match: 'users',
    });
    expect(parseFaultSettings({ failTokenRefreshes: 0, outageAfter: '', outageMs: '' })).toBeNull();
    expect(parseFaultSettings({ failureKind: 'mixed' })).toBeNull();
  });

  it('refuses invalid refresh and outage settings', () => {
    expect(() => parseFaultSettings({ failTokenRefreshes: 1001 })).toThrow('failtokenrefreshes must be an integer from 0 to 1000.');
    expect(() => parseFaultSettings({ failTokenRefreshes: -1 })).toThrow(FaultSettingsError);
    expect(() => parseFaultSettings({ failTokenRefreshes: 'once' })).toThrow(FaultSettingsError);
    expect(() => parseFaultSettings({ outageAfter: 0, outageMs: 0 })).toThrow('outagems must be an integer from 1 to 600000.');
    expect(() => parseFaultSettings({ outageAfter: 0, outageMs: 600_001 })).toThrow(FaultSettingsError);
    expect(() => parseFaultSettings({ outageAfter: -1, outageMs: 10 })).toThrow('outageafter must be an integer');
    expect(() => parseFaultSettings({ outageAfter: 0 })).toThrow('outageAfter and outageMs must be set together.');
    expect(() => parseFaultSettings({ outageMs: 300 })).toThrow('outageAfter and outageMs must be set together.');
    expect(() => parseFaultSettings({ outageDuration: 300 })).toThrow('Unknown setting "outageDuration".');
  });
});

describe('FaultInjector', () => {
  it('fails every Nth matching request and expires tokens once, deterministically', () => {
    const faults = new FaultInjector();
    expect(faults.decide('/portal/sharing/rest/portals/self/invite')).toBeNull();
    faults.set({ ...NO_FAULTS, failEvery: 3, failureKind: 'network', expireTokensAfter: 4, match: 'invite' });
    const fates = Array.from({ length: 8 }, () => faults.decide('/portal/sharing/rest/portals/self/invite'));
    expect(fates.map((f) => f?.fail ?? null)).toEqual([null, null, 'network', null, null, 'network', null, null]);
    expect(fates.map((f) => f?.expireTokens)).toEqual([false, false, false, false, true, false, false, false]);
    expect(faults.decide('/portal/sharing/rest/community/self')).toBeNull();
    expect(faults.status()).toEqual({
      active: true,
      settings: { ...NO_FAULTS, failEvery: 3, failureKind: 'network', expireTokensAfter: 4, match: 'invite' },
      counters: { ...ZERO, seen: 8, failures: 2, tokenExpiries: 1 },
      outage: null,
    });
    expect(faults.clear()).toEqual({ active: false, settings: null, counters: ZERO, outage: null });
  });

  it('cycles http-503 → throttle → network for mixed failures', () => {
    const faults = new FaultInjector();
    faults.set({ ...NO_FAULTS, failEvery: 2, failureKind: 'mixed' });
    const fates = Array.from({ length: 10 }, () => faults.decide('/sharing/rest/portals/self')?.fail ?? null);
    expect(fates).toEqual([null, 'http-503', null, 'throttle', null, 'network', null, 'http-503', null, 'throttle']);
    expect(faults.status().counters).toEqual({ ...ZERO, seen: 10, failures: 5 });
  });

  it('fails only the next N token refreshes', () => {
    const faults = new FaultInjector();
    expect(faults.failTokenRefresh()).toBe(false);
    faults.set({ ...NO_FAULTS, failTokenRefreshes: 2 });
    expect([faults.failTokenRefresh(), faults.failTokenRefresh(), faults.failTokenRefresh()]).toEqual([true, true, false]);
    expect(faults.status().counters).toEqual({ ...ZERO, refreshFailures: 2 });
  });

  it('runs the outage after N matching requests for outageMs of (injected) time, failing every path', () => {
    let now = 1_000;
    const faults = new FaultInjector(() => now);
    faults.set({ ...NO_FAULTS, match: 'invite', outageAfter: 2, outageMs: 500, failureKind: 'mixed' });
    const invite = '/portal/sharing/rest/portals/self/invite';
    expect(faults.decide('/portal/sharing/rest/community/self')).toBeNull(); // not matching, not counted
    expect(faults.decide(invite)?.fail).toBeNull();
    expect(faults.status().outage).toBeNull();
    now = 1_100;
    expect(faults.decide(invite)?.fail).toBeNull(); // the 2nd matching request is the last before the outage
    expect(faults.status().outage).toEqual({ startedAt: 1_100, endsAt: 1_600 });
    const during = ['/portal/sharing/rest/community/self', invite, '/sharing/rest/oauth2/token', invite].map((path) => faults.decide(path)?.fail);
    expect(during).toEqual(['http-503', 'throttle', 'network', 'http-503']);
    now = 1_599;
    expect(faults.decide('/sharing/rest/portals/self')?.fail).toBe('throttle');
    now = 1_600;
    expect(faults.decide('/sharing/rest/portals/self')).toBeNull(); // over; not matching again
    expect(faults.decide(invite)?.fail).toBeNull(); // and it happens once
    expect(faults.status()).toMatchObject({ counters: { ...ZERO, seen: 3, outageFailures: 5 }, outage: { startedAt: 1_100, endsAt: 1_600 } });
  });

  it('starts an outageAfter: 0 outage when the faults are set', () => {
    const faults = new FaultInjector(() => 5_000);
    expect(faults.set({ ...NO_FAULTS, outageAfter: 0, outageMs: 300 }).outage).toEqual({ startedAt: 5_000, endsAt: 5_300 });
    expect(faults.decide('/sharing/rest/portals/self')?.fail).toBe('http-503');
    expect(faults.clear().outage).toBeNull();
  });
});

describe('/__emulator/faults (test mode)', () => {
  let app: FastifyInstance;
  let admin: string;

  beforeAll(async () => {
    app = await buildEmulator({ members: 100, seedNow: FIXED_SEED_NOW, testMode: true });
    admin = await tokenFor(app, ...DEMO.admin);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.inject({ method: 'DELETE', url: '/__emulator/faults' });
  });

  const setFaults = async (settings: Record<string, unknown>) => app.inject({ method: 'POST', url: '/__emulator/faults', payload: settings });
  const faultStatus = async () => json(await app.inject({ url: '/__emulator/faults' }));
  const inviteOne = async (username: string) =>
    restPost(app, 'portals/self/invite', {
      token: admin,
      invitationList: JSON.stringify({
        invitations: [
          {
            username,
            firstname: 'F',
            lastname: 'L',
            email: `${username}@example.org`,
            password: 'Fault.Pass1',
            role: 'iAAAAAAAAAAAAAAA',
            userLicenseType: 'viewerUT',
          },
        ],
      }),
    });
  const exists = async (username: string) => !json(await restGet(app, `community/users/${username}`, { token: admin })).error;

  it('is off by default and reports settings and counters', async () => {
    expect(await faultStatus()).toEqual({ ok: true, active: false, settings: null, counters: ZERO, outage: null });
    const set = json(await setFaults({ failEvery: 2, match: 'portals/self/invite' }));
    expect(set).toMatchObject({ ok: true, active: true, settings: { failEvery: 2, failureKind: 'http-503', match: 'portals/self/invite' } });
    const bad = await setFaults({ failEvery: 'often' });
    expect(bad.statusCode).toBe(400);
    expect(json(bad)).toEqual({ ok: false, error: 'failevery must be an integer from 0 to 1000000.' });
    expect((await faultStatus()).active).toBe(true);
  });

  it('fails every Nth matching request with a 503 before handling it, leaving other paths alone', async () => {
    await setFaults({ failEvery: 2, failureKind: 'http-503', match: 'PORTALS/SELF/INVITE' });
    expect(json(await inviteOne('fault.one'))).toEqual({ success: true, notInvited: [] });
    const failed = await inviteOne('fault.two');
    expect(failed.statusCode).toBe(503);
    expect(json(failed).error).toMatchObject({ code: 503 });
    expect((await restGet(app, 'community/self', { token: admin })).statusCode).toBe(200);
    expect(await exists('fault.one')).toBe(true);
    expect(await exists('fault.two')).toBe(false); // the failed request was never applied
    expect(json(await inviteOne('fault.two'))).toEqual({ success: true, notInvited: [] });
    expect((await faultStatus()).counters).toEqual({ ...ZERO, seen: 3, failures: 1 });
  });

  it('throttles with HTTP 429, Retry-After: 1, an ArcGIS error body and CORS headers', async () => {
    await setFaults({ failEvery: 1, failureKind: 'throttle' });
    const response = await app.inject({ url: `${REST}/portals/self?f=json`, headers: { origin: 'http://localhost:5173' } });
    expect(response.statusCode).toBe(429);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    expect(response.headers['access-control-expose-headers']).toContain('Retry-After');
    expect(json(response)).toEqual({ error: { code: 429, message: 'Too many requests. Try again later.', details: ['Request rate limit exceeded.'] } });
    // Preflights and the control surface are never faulted.
    expect(
      (
        await app.inject({
          method: 'OPTIONS',
          url: `${REST}/portals/self`,
          headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await app.inject({ url: '/__emulator/health' })).statusCode).toBe(200);
  });

  it('drops the connection for network failures', async () => {
    await setFaults({ failEvery: 1, failureKind: 'network', match: 'invite' });
    await expect(inviteOne('fault.network')).rejects.toThrow('response destroyed before completion');
    await app.inject({ method: 'DELETE', url: '/__emulator/faults' });
    expect(await exists('fault.network')).toBe(false);
  });

  it('drops the connection on a real socket too', async () => {
    await setFaults({ failEvery: 1, failureKind: 'network', match: 'community/self' });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      await expect(fetch(`${address}${REST}/community/self?f=json&token=${admin}`)).rejects.toThrow('fetch failed');
      expect((await fetch(`${address}${REST}/portals/self?f=json`)).status).toBe(200);
    } finally {
      await new Promise((resolve) => app.server.close(resolve));
    }
  });

  it('expires access tokens once after N matching requests; refresh tokens stay valid', async () => {
    const store = app.emulator.store;
    store.db
      .prepare(
        `INSERT OR REPLACE INTO tokens (token, kind, username, client_id, expires, created) VALUES ('r-fault', 'refresh', 'portaladmin', 'roster', ?, 0)`,
      )
      .run(Date.now() + 3_600_000);
    await setFaults({ expireTokensAfter: 2 });
    expect((await restGet(app, 'community/self', { token: admin })).statusCode).toBe(200);
    expect(json(await restGet(app, 'community/self', { token: admin })).username).toBe('portaladmin');
    expect(json(await restGet(app, 'community/self', { token: admin })).error).toMatchObject({ code: 498 });
    expect(store.db.prepare(`SELECT expires > ? AS valid FROM tokens WHERE token = 'r-fault'`).get(Date.now())).toEqual({ valid: 1 });
    admin = await tokenFor(app, ...DEMO.admin);
    expect(json(await restGet(app, 'community/self', { token: admin })).username).toBe('portaladmin'); // only once
    expect((await faultStatus()).counters).toMatchObject({ tokenExpiries: 1 });
  });

  it('adds latency to matching requests only', async () => {
    await setFaults({ latencyMs: 120, match: 'community/self' });
    let started = performance.now();
    await restGet(app, 'community/self', { token: admin });
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    started = performance.now();
    await restGet(app, 'portals/self');
    expect(performance.now() - started).toBeLessThan(100);
  });

  const refreshToken = (token: string) => {
    app.emulator.store.db
      .prepare(`INSERT OR REPLACE INTO tokens (token, kind, username, client_id, expires, created) VALUES (?, 'refresh', 'portaladmin', 'roster', ?, 0)`)
      .run(token, Date.now() + 3_600_000);
    return token;
  };
  const refresh = async (token: string) => restPost(app, 'oauth2/token', { client_id: 'roster', grant_type: 'refresh_token', refresh_token: token });

  it('fails the next N token refreshes with a 503, whatever match says, then refreshes again', async () => {
    const token = refreshToken('r-refresh-fault');
    const set = json(await setFaults({ failTokenRefreshes: 1, match: 'no-such-path' }));
    expect(set).toMatchObject({ active: true, settings: { failTokenRefreshes: 1 }, counters: { refreshFailures: 0 } });
    // Other token requests and other paths are not refreshes.
    expect((await restPost(app, 'oauth2/token', { client_id: 'roster', grant_type: 'authorization_code', code: 'nope' })).statusCode).toBe(200);
    expect((await restGet(app, 'community/self', { token: admin })).statusCode).toBe(200);
    const failed = await refresh(token);
    expect(failed.statusCode).toBe(503);
    expect(json(failed)).toEqual({ error: { code: 503, message: 'Service temporarily unavailable. Try again later.', details: [] } });
    const refreshed = await refresh(token);
    expect(refreshed.statusCode).toBe(200);
    expect(json(await restGet(app, 'community/self', { token: String(json(refreshed).access_token) })).username).toBe('portaladmin');
    expect((await faultStatus()).counters).toEqual({ ...ZERO, refreshFailures: 1 });
  });

  it('counts exchange_refresh_token and query-string grants as refreshes too', async () => {
    const token = refreshToken('r-exchange-fault');
    await setFaults({ failTokenRefreshes: 2 });
    const exchange = { client_id: 'roster', grant_type: 'exchange_refresh_token', redirect_uri: 'http://localhost:5173', refresh_token: token };
    expect((await restPost(app, 'oauth2/token', exchange)).statusCode).toBe(503);
    expect(
      (await app.inject({ method: 'POST', url: `${REST}/oauth2/token/?f=json&grant_type=refresh_token&client_id=roster&refresh_token=${token}` })).statusCode,
    ).toBe(503);
    const exchanged = json(await restPost(app, 'oauth2/token', exchange));
    expect(exchanged).toMatchObject({ username: 'portaladmin' });
    expect(typeof exchanged.refresh_token).toBe('string');
    expect((await faultStatus()).counters).toMatchObject({ refreshFailures: 2, seen: 3 });
  });

  it('cycles http-503, throttle and network failures with failureKind mixed', async () => {
    await setFaults({ failEvery: 1, failureKind: 'mixed', match: 'portals/self' });
    expect((await restGet(app, 'portals/self')).statusCode).toBe(503);
    const throttled = await restGet(app, 'portals/self');
    expect([throttled.statusCode, throttled.headers['retry-after']]).toEqual([429, '1']);
    await expect(restGet(app, 'portals/self')).rejects.toThrow('response destroyed before completion');
    expect((await restGet(app, 'portals/self')).statusCode).toBe(503);
    expect((await faultStatus()).counters).toEqual({ ...ZERO, seen: 4, failures: 4 });
  });

  it('runs an outage after N matching requests: every REST path fails for outageMs, /__emulator/* still answers', async () => {
    const token = refreshToken('r-outage-fault');
    const set = json(await setFaults({ outageAfter: 1, outageMs: 400, match: 'community/self' }));
    expect(set).toMatchObject({ settings: { outageAfter: 1, outageMs: 400 }, outage: null });
    expect((await restGet(app, 'portals/self')).statusCode).toBe(200); // not matching: does not count
    expect((await faultStatus()).outage).toBeNull();
    expect((await restGet(app, 'community/self', { token: admin })).statusCode).toBe(200); // the 1st matching request
    const { outage } = await faultStatus();
    const { startedAt, endsAt } = outage as { startedAt: number; endsAt: number };
    expect(endsAt - startedAt).toBe(400);
    expect((await restGet(app, 'community/self', { token: admin })).statusCode).toBe(503);
    expect((await restGet(app, 'portals/self')).statusCode).toBe(503);
    expect((await app.inject({ url: '/sharing/rest/info?f=json' })).statusCode).toBe(503);
    expect((await refresh(token)).statusCode).toBe(503);
    expect((await app.inject({ url: '/__emulator/health' })).statusCode).toBe(200);
    expect(
      (
        await app.inject({
          method: 'OPTIONS',
          url: `${REST}/portals/self`,
          headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' },
        })
      ).statusCode,
    ).toBe(204);
    expect((await faultStatus()).counters).toEqual({ ...ZERO, seen: 1, outageFailures: 4 });
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, endsAt - Date.now()) + 20));
    expect((await restGet(app, 'portals/self')).statusCode).toBe(200);
    expect((await refresh(token)).statusCode).toBe(200);
    expect(json(await restGet(app, 'community/self', { token: admin })).username).toBe('portaladmin');
    expect(await faultStatus()).toMatchObject({ active: true, counters: { seen: 2, outageFailures: 4 }, outage: { startedAt, endsAt } });
  });

  it('starts an outageAfter=0 outage at once, with the failureKind (mixed cycles)', async () => {
    const form = await app.inject({ method: 'POST', url: '/__emulator/faults', headers: FORM, payload: 'outageAfter=0&outageMs=600000&failureKind=mixed' });
    expect(json(form).outage).toMatchObject({ startedAt: expect.any(Number) as number, endsAt: expect.any(Number) as number });
    expect((await restGet(app, 'portals/self')).statusCode).toBe(503);
    expect((await restGet(app, 'community/users/portaladmin', { token: admin })).statusCode).toBe(429);
    await expect(restGet(app, 'portals/self')).rejects.toThrow('response destroyed before completion');
    expect((await app.inject({ url: '/__emulator/health' })).statusCode).toBe(200);
    const half = await app.inject({ method: 'POST', url: '/__emulator/faults', payload: { outageMs: 300 } });
    expect([half.statusCode, json(half).error]).toEqual([400, 'outageAfter and outageMs must be set together.']);
    expect((await faultStatus()).counters).toMatchObject({ outageFailures: 3 }); // the previous settings stay
    await app.inject({ method: 'POST', url: '/__emulator/reset' });
    expect((await restGet(app, 'portals/self')).statusCode).toBe(200); // a reset ends the outage
    expect((await faultStatus()).outage).toBeNull();
    admin = await tokenFor(app, ...DEMO.admin);
  });

  it('accepts a form body; {} , DELETE and reset clear', async () => {
    const form = await app.inject({ method: 'POST', url: '/__emulator/faults', headers: FORM, payload: 'failEvery=5&failureKind=throttle' });
    expect(json(form).settings).toMatchObject({ failEvery: 5, failureKind: 'throttle' });
    expect(json(await setFaults({})).active).toBe(false);
    await setFaults({ failEvery: 5 });
    expect(json(await app.inject({ method: 'DELETE', url: '/__emulator/faults' })).active).toBe(false);
    await setFaults({ failEvery: 5 });
    await app.inject({ method: 'POST', url: '/__emulator/reset' });
    expect(await faultStatus()).toMatchObject({ active: false, counters: { seen: 0 } });
  });

  it('does not exist outside test mode', async () => {
    const plain = await buildEmulator({ members: 50, seedNow: FIXED_SEED_NOW });
    expect((await plain.inject({ method: 'POST', url: '/__emulator/faults', payload: { failEvery: 1 } })).statusCode).toBe(404);
    expect((await plain.inject({ url: '/__emulator/faults' })).statusCode).toBe(404);
    expect((await plain.inject({ url: `${REST}/portals/self?f=json` })).statusCode).toBe(200);
    await plain.close();
  });
});
