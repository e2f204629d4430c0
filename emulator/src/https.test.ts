import type { FastifyInstance } from 'fastify';
import { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { buildEmulator } from './app';
import { DEMO, FIXED_SEED_NOW } from './testing/inject';

let app: FastifyInstance;
let origin: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 50, seedNow: FIXED_SEED_NOW, https: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  origin = `https://127.0.0.1:${String((app.server.address() as AddressInfo).port)}`;
});
afterAll(() => app.close());

/** A POST over TLS trusting only `ca` (the emulator's own certificate unless told otherwise). */
function post(path: string, form: Record<string, string>, ca: string | undefined = app.emulator.certificate): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const body = new URLSearchParams({ f: 'json', ...form }).toString();
    const req = request(`${origin}${path}`, { method: 'POST', ca, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve(JSON.parse(text) as Record<string, unknown>));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('--https', () => {
  it('serves a self-signed certificate made at start-up for localhost, 127.0.0.1 and ::1', () => {
    const certificate = new X509Certificate(app.emulator.certificate ?? '');
    expect(certificate.subjectAltName?.split(', ').sort()).toEqual(['DNS:localhost', 'IP Address:0:0:0:0:0:0:0:1', 'IP Address:127.0.0.1']);
    expect(certificate.ca).toBe(false);
    expect(new Date(certificate.validTo).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
  });

  it('is refused by a client that does not trust that certificate', async () => {
    await expect(post('/portal/sharing/rest/info', {}, '')).rejects.toThrow(/self[- ]signed certificate/);
  });

  it('names https token URLs in info, and tokens answer ssl: true', async () => {
    const info = await post('/portal/sharing/rest/info', {});
    expect(info).toEqual({
      owningSystemUrl: `${origin}/portal`,
      authInfo: { tokenServicesUrl: `${origin}/portal/sharing/rest/generateToken`, isTokenBasedSecurity: true },
    });
    const generated = await post('/portal/sharing/rest/generateToken', { username: DEMO.admin[0], password: DEMO.admin[1] });
    expect(generated).toMatchObject({ ssl: true });
  });

  it('reports https in info even when asked without TLS (inject), as the configuration says', async () => {
    const info = (await app.inject({ url: '/sharing/rest/info?f=json' })).json<{ authInfo: { tokenServicesUrl: string } }>();
    expect(info.authInfo.tokenServicesUrl).toBe('https://localhost:80/sharing/rest/generateToken');
  });
});

describe('http (the default)', () => {
  it('has no certificate and answers ssl: false', async () => {
    const plain = await buildEmulator({ members: 20, seedNow: FIXED_SEED_NOW });
    try {
      expect(plain.emulator.certificate).toBeUndefined();
      const response = await plain.inject({
        method: 'POST',
        url: '/portal/sharing/rest/generateToken',
        payload: { f: 'json', username: DEMO.admin[0], password: DEMO.admin[1] },
      });
      expect(response.json()).toMatchObject({ ssl: false });
      expect((await plain.inject({ url: '/portal/sharing/rest/info?f=json' })).json()).toMatchObject({ owningSystemUrl: 'http://localhost:80/portal' });
    } finally {
      await plain.close();
    }
  });
});
