import type { FastifyInstance } from 'fastify';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { CheckReport } from './check-members-report';
import { buildEmulator } from '../emulator/src/app';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'src/testing/fixtures/members-import');
const withProblems = join(fixtures, 'builtin-with-problems.csv');
const clean = join(fixtures, 'builtin-members.csv');

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs the CLI as `npm run check-members` does (tsx), asynchronously so an in-process emulator can answer it. */
function checkMembers(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/check-members.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const parseReport = (run: Run) => JSON.parse(run.stdout) as CheckReport;

// The passwords in the two fixtures. "short" also occurs in "is too short", so it is checked apart.
const fixturePasswords = ['Welcome.2026', 'nodigitshere', 'jcho.1234', 'sraj.abcd1'];

function expectNoPassword(output: string): void {
  for (const password of fixturePasswords) expect(output).not.toContain(password);
  expect(output.replaceAll('is too short', '')).not.toMatch(/short/);
}

// Each test starts the command in a new tsx process: seconds apiece on a busy 2-core machine.
describe('check-members (rules only)', { timeout: 30_000 }, () => {
  it('reports every problem row of builtin-with-problems.csv with its line, as JSON, and exits 1', async () => {
    const run = await checkMembers([withProblems, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = parseReport(run);
    expect(report).toMatchObject({
      file: withProblems,
      format: 'builtin',
      encoding: 'utf-8',
      delimiter: ',',
      accountKind: 'builtin',
      checkedAgainst: 'rules',
      fileIssues: [],
      missingColumns: [],
    });
    expect(report.summary).toMatchObject({ total: 5, toAdd: 1, counts: { ready: 1, error: 4 } });
    expect(report.summary.text).toBe('1 member will be added: 1 Creator; 4 rows with errors not sent.');
    expect(report.notes.join(' ')).toMatch(/only checked against a portal/);

    const byLine = new Map(report.rows.map((row) => [row.line, row]));
    expect(report.rows.map(({ line, status, username }) => ({ line, status, username }))).toEqual([
      { line: 2, status: 'ready', username: 'alopez01' },
      { line: 3, status: 'error', username: 'bng' },
      { line: 4, status: 'error', username: 'cara_diaz' },
      { line: 5, status: 'error', username: 'cara_diaz' },
      { line: 6, status: 'error', username: 'dev shah!' },
    ]);
    const fieldsWithError = (line: number) =>
      byLine
        .get(line)
        ?.messages.filter((message) => message.severity === 'error')
        .map((message) => message.field);
    expect(fieldsWithError(3)).toEqual(['username', 'email', 'password']);
    expect(fieldsWithError(4)).toEqual(['password']);
    expect(fieldsWithError(5)).toEqual(['username']);
    expect(fieldsWithError(6)).toEqual(['username', 'role']);
    for (const row of report.rows) {
      expect(Object.keys(row).sort()).toEqual([
        'email',
        'firstName',
        'groups',
        'lastName',
        'line',
        'messages',
        'name',
        'role',
        'status',
        'userType',
        'username',
      ]);
      for (const { message } of row.messages) expect(message).toMatch(new RegExp(`^Line ${row.line}, `));
    }
    expectNoPassword(run.stdout);
  });

  it('prints the same report as text: line, status, username, messages and the summary sentence', async () => {
    const run = await checkMembers([withProblems]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^\s*Line\s+Status\s+Username\s+Messages$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\s*2\s+ready\s+alopez01$/));
    expect(lines).toContainEqual(expect.stringMatching(/^\s*3\s+error\s+bng\s+Username: "bng" must be 6 to 128/));
    expect(lines).toContainEqual(expect.stringMatching(/^\s*4\s+error\s+cara_diaz\s+Password: has no digit/));
    expect(lines).toContainEqual(expect.stringMatching(/^\s*5\s+error\s+cara_diaz\s+Username: cara_diaz is already on line 4/));
    expect(lines).toContainEqual(expect.stringMatching(/^\s*6\s+error\s+dev shah!\s+Username: /));
    expect(run.stdout).toMatch(/Role: "nosuchrole" is not a role in this organization/);
    expect(run.stdout).toMatch(/only checked against a portal/);
    expect(run.stdout).toContain('1 member will be added: 1 Creator; 4 rows with errors not sent.');
    expectNoPassword(run.stdout);
  });

  it('exits 0 for a clean file', async () => {
    const run = await checkMembers([clean, '--json']);
    expect(run.code).toBe(0);
    const report = parseReport(run);
    // Each row carries the values the review shows, never the password.
    const shown = { userType: '', groups: [], messages: [] };
    expect(report.rows).toEqual([
      {
        line: 2,
        status: 'ready',
        username: 'jcho11',
        firstName: 'Jon',
        lastName: 'Cho',
        name: 'Jon Cho',
        email: 'jcho@email.com',
        role: 'publisher',
        ...shown,
      },
      {
        line: 3,
        status: 'ready',
        username: 'srajhandas',
        firstName: 'Satish',
        lastName: 'Rajhandas',
        name: 'Satish Rajhandas',
        email: 'srajhandas@email.com',
        role: 'user',
        ...shown,
      },
    ]);
    expect(report.summary.byUserType).toEqual([{ userTypeId: 'creatorUT', name: 'Creator', count: 2, needed: 2, seatsLeft: null, seatsReported: true }]);
    expectNoPassword(run.stdout);
  });

  it('reads the first sheet of an .xlsx workbook, and refuses an image or a legacy .xls with what it is', async () => {
    const workbook = await checkMembers([join(fixtures, 'new-hires.xlsx'), '--json']);
    expect(workbook.code).toBe(0);
    const report = parseReport(workbook);
    expect(report.notes[0]).toBe('Read from the first sheet of the Excel workbook.');
    expect(report.rows.map(({ line, username, name, role }) => ({ line, username, name, role }))).toEqual([
      { line: 2, username: 'plindqvist', name: 'Petra Lindqvist', role: 'user' },
      { line: 3, username: 'ohaddad01', name: 'Omar Haddad', role: 'viewer' },
    ]);
    expect(workbook.stdout).not.toMatch(/Harbor\.Sheet/);

    const directory = await mkdtemp(join(tmpdir(), 'check-members-'));
    try {
      const png = join(directory, 'members.csv');
      await writeFile(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
      const image = await checkMembers([png, '--json']);
      expect(image.code).toBe(1);
      expect(image.stdout).toBe('');
      expect(image.stderr).toMatch(/This is not a text file: it is a PNG image\. Choose a CSV file/);
      const xls = join(directory, 'members.xls');
      await writeFile(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
      const legacy = await checkMembers([xls]);
      expect(legacy.code).toBe(1);
      expect(legacy.stderr).toMatch(/legacy Excel workbook \(\.xls\).*save it as CSV/);
    } finally {
      await rm(directory, { recursive: true });
    }
  });

  it('checks the file as another account kind with --kind', async () => {
    const report = parseReport(await checkMembers([withProblems, '--json', '--kind', 'enterprise']));
    expect(report.accountKind).toBe('enterprise');
    // Enterprise names may be short, and a password only raises a warning.
    const line3 = report.rows.find((row) => row.line === 3);
    expect(line3?.messages.map(({ field, severity }) => `${field ?? ''}:${severity}`)).toEqual(['email:error', 'password:warning']);
  });

  it("knows ArcGIS Enterprise's built-in username rule: --flavor enterprise flags it, no flag names the rows in a note", async () => {
    const directory = await mkdtemp(join(tmpdir(), 'check-members-'));
    try {
      const file = join(directory, 'enterprise.csv');
      await writeFile(
        file,
        [
          'First Name,Last Name,Email,Username,Password,Role,User Type,Groups',
          'Hy,Phen,hy.phen@example.org,bad-user.name,Welcome.2026,user,creatorUT,',
          `Lo,Ng,lo.ng@example.org,${'a'.repeat(25)},Welcome.2026,user,creatorUT,`,
        ].join('\r\n'),
      );
      const online = parseReport(await checkMembers([file, '--json']));
      expect(online.rows.map((row) => row.status)).toEqual(['ready', 'ready']);
      expect(online.notes.join(' ')).toContain(`line 2 (bad-user.name), line 3 (${'a'.repeat(25)}) would be refused`);
      const enterprise = parseReport(await checkMembers([file, '--json', '--flavor', 'enterprise']));
      expect(enterprise.rows.map((row) => row.status)).toEqual(['error', 'error']);
      expect(enterprise.rows[1]?.messages[0]?.message).toContain('must be 6 to 24 characters long on ArcGIS Enterprise');
      const bad = await checkMembers([file, '--flavor', 'cloud']);
      expect(bad.code).toBe(2);
    } finally {
      await rm(directory, { recursive: true });
    }
  });

  it('prints usage with --help, and exits 2 on usage and file errors', async () => {
    const [help, noFile, badKind, missing, tokenOnly] = await Promise.all([
      checkMembers(['--help']),
      checkMembers([]),
      checkMembers([clean, '--kind', 'saml']),
      checkMembers([join(fixtures, 'no-such-file.csv')]),
      checkMembers([clean, '--token', '-not-shown-anywhere']),
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run -s check-members -- <file>/);
    expect(help.stdout).toMatch(/Exit status/);
    expect(noFile).toMatchObject({ code: 2, stdout: '' });
    expect(noFile.stderr).toMatch(/give the member file/);
    expect(badKind).toMatchObject({ code: 2, stdout: '' });
    expect(badKind.stderr).toMatch(/--kind must be builtin or enterprise/);
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toMatch(/cannot read .*no-such-file\.csv \(ENOENT\)/);
    expect(tokenOnly).toMatchObject({ code: 2, stdout: '' });
    // A token may start with "-": it is read as the token, not refused as a missing value.
    expect(tokenOnly.stderr).toMatch(/--token needs --portal/);
    expect(tokenOnly.stderr).not.toContain('not-shown-anywhere');
  });
});

describe('check-members --portal (emulator)', { timeout: 30_000 }, () => {
  let app: FastifyInstance;
  let restRoot: string;
  let token: string;
  let folder: string;

  beforeAll(async () => {
    app = await buildEmulator({ members: 200 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('the emulator is not listening');
    restRoot = `http://127.0.0.1:${address.port}/portal/sharing/rest`;
    const response = await fetch(`${restRoot}/generateToken`, {
      method: 'POST',
      body: new URLSearchParams({ username: 'portaladmin', password: 'Portal.Admin1', f: 'json' }),
    });
    const body = (await response.json()) as { token?: string };
    if (!body.token) throw new Error('no token from the emulator');
    token = body.token;
    folder = await mkdtemp(join(tmpdir(), 'check-members-'));
  });

  afterAll(async () => {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('reports a username that exists as already a member, and groups by title', async () => {
    const file = join(folder, 'members.csv');
    await writeFile(
      file,
      [
        'First Name,Last Name,Email,Username,Password,Role,User Type,Groups',
        'Ana,Lima,ana.lima@harborcity.example,ana.lima,Welcome.2026,user,,',
        'New,Person,new.person@example.org,new.person1,Welcome.2026,Viewer,viewerUT,All Staff',
        'No,Group,no.group@example.org,no.group1,Welcome.2026,Viewer,viewerUT,No Such Group',
        '',
      ].join('\r\n'),
    );
    const run = await checkMembers([file, '--json', '--portal', restRoot, '--token', token]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const report = parseReport(run);
    expect(report.checkedAgainst).toBe(restRoot);
    expect(report.rows.map(({ line, status }) => ({ line, status }))).toEqual([
      { line: 2, status: 'exists' },
      { line: 3, status: 'ready' },
      { line: 4, status: 'error' },
    ]);
    expect(report.rows[0]?.messages[0]?.message).toBe('Line 2, Username: ana.lima is already a member and will not be added again');
    expect(report.rows[2]?.messages[0]?.message).toMatch(/"No Such Group" is not a group in this organization/);
    expect(report.summary.counts.exists).toBe(1);
    expect(run.stdout).not.toContain(token);
    expectNoPassword(run.stdout);
  });

  it('exits 2 with the portal error, and never shows the token, when the token is refused', async () => {
    const badToken = `${token.slice(0, -4)}XXXX`;
    const run = await checkMembers([clean, '--portal', restRoot], { ROSTER_PORTAL_TOKEN: badToken });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/portals\/self: error 498: Invalid token/);
    expect(run.stderr).not.toContain(badToken);
  });
});

describe('check-members --portal on ArcGIS Enterprise (emulator)', { timeout: 30_000 }, () => {
  let app: FastifyInstance;
  let restRoot: string;
  let token: string;
  let folder: string;

  beforeAll(async () => {
    app = await buildEmulator({ members: 200, flavor: 'enterprise' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (!address || typeof address === 'string') throw new Error('the emulator is not listening');
    restRoot = `http://127.0.0.1:${address.port}/portal/sharing/rest`;
    const response = await fetch(`${restRoot}/generateToken`, {
      method: 'POST',
      body: new URLSearchParams({ username: 'portaladmin', password: 'Portal.Admin1', f: 'json' }),
    });
    const body = (await response.json()) as { token?: string };
    if (!body.token) throw new Error('no token from the emulator');
    token = body.token;
    folder = await mkdtemp(join(tmpdir(), 'check-members-enterprise-'));
  });

  afterAll(async () => {
    await app.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('reads the seats from the Portal Administrator licence (there is no subscriptionInfo), so they are checked, not "not reported"', async () => {
    const self = (await (await fetch(`${restRoot}/portals/self?f=json&token=${token}`)).json()) as { isPortal?: boolean; subscriptionInfo?: unknown };
    expect(self.isPortal).toBe(true);
    expect(self.subscriptionInfo).toBeUndefined();
    const license = (await (
      await fetch(`${restRoot.replace(/\/sharing\/rest$/, '/portaladmin')}/license`, { method: 'POST', body: new URLSearchParams({ f: 'json', token }) })
    ).json()) as { userTypes: { id: string; maximumRegisteredMembers: number; currentRegisteredMembers: number }[] };
    const viewer = license.userTypes.find((type) => type.id === 'viewerUT');
    if (!viewer) throw new Error('the licence has no viewerUT');

    const file = join(folder, 'enterprise-members.csv');
    await writeFile(
      file,
      [
        'First Name,Last Name,Email,Username,Password,Role,User Type,Groups',
        'New,Person,new.person@example.org,new_person1,Welcome.2026,Viewer,viewerUT,',
        '',
      ].join('\r\n'),
    );
    const run = await checkMembers([file, '--json', '--portal', restRoot, '--token', token]);
    expect(run.stderr).toBe('');
    const report = parseReport(run);
    expect(report.rows.map(({ line, status }) => ({ line, status }))).toEqual([{ line: 2, status: 'ready' }]);
    expect(report.summary.byUserType).toEqual([
      {
        userTypeId: 'viewerUT',
        name: 'Viewer',
        count: 1,
        needed: 1,
        seatsLeft: Math.max(0, viewer.maximumRegisteredMembers - viewer.currentRegisteredMembers),
        seatsReported: true,
      },
    ]);
    expect(report.notes.join(' ')).not.toMatch(/not reported/i);
    expect(run.stdout).not.toContain(token);
  });
});
