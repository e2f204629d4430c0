import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { buildEmulator } from '../app';
import { DEMO, FIXED_SEED_NOW, FORM, json, REST, restGet, restPost, tokenFor } from '../testing/inject';
import { FaultInjector, FaultSettingsError, parseFaultSettings } from './faults';

describe('parseFaultSettings', () => {
  it('reads JSON or form values with defaults, and treats {} as no faults', () => {
    expect(parseFaultSettings({ failEvery: 10 })).toEqual({ latencyMs: 0, failEvery: 10, failureKind: 'http-503', expireTokensAfter: null, match: null });
    expect(parseFaultSettings({ latencyMs: '50', failureKind: 'throttle', failEvery: '4', expireTokensAfter: '0', match: ' Portals/Self/Invite ' })).toEqual({
      latencyMs: 50,
      failEvery: 4,
      failureKind: 'throttle',
      expireTokensAfter: 0,
      match: 'portals/self/invite',
    });
    expect(parseFaultSettings({})).toBeNull();
    expect(parseFaultSettings(undefined)).toBeNull();
    expect(parseFaultSettings({ match: 'invite' })).toBeNull();
  });

  it('refuses unknown keys and invalid values', () => {
    expect(() => parseFaultSettings({ failevry: 3 })).toThrow(FaultSettingsError);
    expect(() => parseFaultSettings({ failEvery: -1 })).toThrow('failevery must be an integer');
    expect(() => parseFaultSettings({ failEvery: 1.5 })).toThrow(FaultSettingsError);
    expect(() => parseFaultSettings({ failureKind: 'http-500' })).toThrow('failureKind must be one of http-503, network, throttle.');
    expect(() => parseFaultSettings({ latencyMs: 'slow' })).toThrow(FaultSettingsError);
    expect(() => parseFaultSettings([1])).toThrow(FaultSettingsError);
  });
});

describe('FaultInjector', () => {
  it('fails every Nth matching request and expires tokens once, deterministically', () => {
    const faults = new FaultInjector();
    expect(faults.decide('/portal/sharing/rest/portals/self/invite')).toBeNull();
    faults.set({ latencyMs: 0, failEvery: 3, failureKind: 'network', expireTokensAfter: 4, match: 'invite' });
    const fates = Array.from({ length: 8 }, () => faults.decide('/portal/sharing/rest/portals/self/invite'));
    expect(fates.map((f) => f?.fail ?? null)).toEqual([null, null, 'network', null, null, 'network', null, null]);
    expect(fates.map((f) => f?.expireTokens)).toEqual([false, false, false, false, true, false, false, false]);
    expect(faults.decide('/portal/sharing/rest/community/self')).toBeNull();
    expect(faults.status()).toEqual({
      active: true,
      settings: { latencyMs: 0, failEvery: 3, failureKind: 'network', expireTokensAfter: 4, match: 'invite' },
      counters: { seen: 8, failures: 2, tokenExpiries: 1 },
    });
    expect(faults.clear()).toEqual({ active: false, settings: null, counters: { seen: 0, failures: 0, tokenExpiries: 0 } });
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
        invitations: [{ username, firstname: 'F', lastname: 'L', email: `${username}@example.org`, password: 'Fault.Pass1', role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'viewerUT' }],
      }),
    });
  const exists = async (username: string) => !json(await restGet(app, `community/users/${username}`, { token: admin })).error;

  it('is off by default and reports settings and counters', async () => {
    expect(await faultStatus()).toEqual({ ok: true, active: false, settings: null, counters: { seen: 0, failures: 0, tokenExpiries: 0 } });
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
    expect((await faultStatus()).counters).toEqual({ seen: 3, failures: 1, tokenExpiries: 0 });
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
    expect((await app.inject({ method: 'OPTIONS', url: `${REST}/portals/self`, headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'POST' } })).statusCode).toBe(204);
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
    store.db.prepare(`INSERT OR REPLACE INTO tokens (token, kind, username, client_id, expires, created) VALUES ('r-fault', 'refresh', 'portaladmin', 'roster', ?, 0)`).run(Date.now() + 3_600_000);
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
