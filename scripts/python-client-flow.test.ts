import type { FastifyInstance } from 'fastify';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FlowStepError, runPythonClientFlow, type FlowOptions } from './python-client-flow';
import { buildEmulator } from '../emulator/src/app';

const root = fileURLToPath(new URL('..', import.meta.url));
let app: FastifyInstance;
let url: string;
let ca: string;

beforeAll(async () => {
  app = await buildEmulator({ members: 200, seedNow: Date.UTC(2026, 0, 15), https: true });
  await app.listen({ port: 0, host: '127.0.0.1' });
  url = `https://127.0.0.1:${String((app.server.address() as AddressInfo).port)}/portal`;
  ca = app.emulator.certificate ?? '';
});
afterAll(() => app.close());

const options = (overrides: Partial<FlowOptions> = {}): FlowOptions => ({
  url,
  trust: { ca },
  username: 'portaladmin',
  password: 'Portal.Admin1',
  owner: 'grace.receiver',
  receiver: 'ana.lima',
  ...overrides,
});

describe('python-client-flow', { timeout: 30_000 }, () => {
  it('runs every step against an https emulator it trusts explicitly', async () => {
    const lines = await runPythonClientFlow(options({ newUsername: 'pyflow_test1' }));
    expect(lines.map((line) => line.replace(/ — .*/, ''))).toEqual([
      ' 1. connect over https',
      ' 2. sharing/rest/info',
      ' 3. sign in as arcgisonline, response_type=token (oauth2/authorize, sharing/oauth2/signin)',
      ' 4. sign in as arcgisonline, out-of-band code (oAuthInfo, SUCCESS code, oauth2/token)',
      ' 5. portals/self',
      ' 6. search members ("grace.receiver") and load each by id',
      " 7. create pyflow_test1 with the organization's defaults (portals/self/invite, no password)",
      " 8. update pyflow_test1's profile (portals/languages, community/users/{u}/update)",
      ' 9. delete grace.receiver, who owns content: refused',
      "10. reassign all of grace.receiver's content to ana.lima (community/users/{u}/reassign)",
      '11. delete grace.receiver again: succeeds',
    ]);
    for (const line of lines) expect(line).toContain(' — ok: ');
    expect(lines[3]).toContain('ssl true');
    expect(lines[6]).toContain('pyflow_test1: org_user, creatorUT, 1 group(s)');
    // What the portal holds afterwards.
    const store = app.emulator.store;
    expect(store.prepare('SELECT count(*) AS n FROM users WHERE username = ?').get('grace.receiver')).toEqual({ n: 0 });
    expect(store.prepare('SELECT count(*) AS n FROM users WHERE username = ?').get('pyflow_test1')).toEqual({ n: 1 });
  });

  it('stops at the first failing step and names it', async () => {
    const lines: string[] = [];
    const failure = await runPythonClientFlow(options({ password: 'wrong-password', log: (line) => lines.push(line) })).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FlowStepError);
    expect((failure as FlowStepError).step).toMatch(/^sign in as arcgisonline, response_type=token/);
    expect(lines.at(-1)).toMatch(/FAILED: sign-in answered HTTP 200 without a Location$/);
    expect(lines).toHaveLength(3);
  });

  it('does not connect without trusting the certificate, and refuses http', async () => {
    await expect(runPythonClientFlow(options({ trust: {} }))).rejects.toThrow(/--ca PATH, or pass --insecure/);
    await expect(runPythonClientFlow(options({ trust: { ca: '' } }))).rejects.toThrow(/--ca PATH, or pass --insecure/);
    const otherCa = await buildEmulator({ members: 20, https: true }).then(async (other) => {
      const pem = other.emulator.certificate ?? '';
      await other.close();
      return pem;
    });
    await expect(runPythonClientFlow(options({ trust: { ca: otherCa } }))).rejects.toThrow(/sharing\/rest\/info: GET .* failed: .*certificate/);
    await expect(runPythonClientFlow(options({ url: url.replace('https:', 'http:') }))).rejects.toThrow(/forces https/);
  });

  it('runs as a command (npm run python-client-flow) and exits 1 at the first failure', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pyflow-'));
    try {
      const caPath = join(dir, 'cert.pem');
      await writeFile(caPath, ca);
      const ok = await command(['--url', url, '--ca', caPath, '--owner', 'frank.departing', '--receiver', 'portaladmin', '--new-user', 'pyflow_cli1']);
      expect(ok.stderr).toBe('');
      expect(ok.stdout).toContain('11. delete frank.departing again: succeeds — ok: frank.departing deleted');
      expect(ok.stdout.trim().endsWith('All steps passed.')).toBe(true);
      expect(ok.code).toBe(0);
      const failed = await command(['--url', url, '--ca', caPath, '--owner', 'frank.departing']);
      expect(failed.code).toBe(1);
      expect(failed.stdout).toMatch(/ 6\. search members \("frank.departing"\) and load each by id — FAILED: frank.departing not found/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

function command(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/python-client-flow.ts', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
