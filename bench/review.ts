// A bulk import's review at 1,000 and 50,000 rows against an emulator answering with 50 ms latency: file chosen →
// review ready (parse, validate and every check against the organization the review shows), next to the same portal
// reads sent one request at a time, in sequence; then "Fix → Save and check again" on one row of the 50,000.
// Part of `npm run bench` (bench/run.ts); also runnable alone after `npm run build`: `npx tsx bench/review.ts`.
import type { Browser, Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { armPageClock, readPageClock } from './page-clock';
import { runAlone } from './run-alone';
import { buildEmulator } from '../emulator/src/app';

export type ReviewFigure = { name: string; value: number; unit: string; goal?: string };

const PORT_OFFSET = Number(process.env.ROSTER_PORT_OFFSET ?? 0);
const REVIEW_PORT = 3285 + PORT_OFFSET * 10;
const PORTAL_URL = `http://localhost:${String(REVIEW_PORT)}/portal/sharing/rest`;
const ROLES = ['user', 'viewer', 'Data Editor', 'publisher'];
/** Members of the organization named in each file (re-imported as themselves: "already a member"). */
const EXISTING_IN_FILE = 20;
/** Line 3's username is too short: the row the fix figure corrects. */
const FIXED_LINE = 3;

type Member = { username: string; email: string; firstName: string; lastName: string };

/** `rows` built-in members with unique usernames and emails; some are members already, line 3 has a bad username. */
function memberCsv(rows: number, existing: readonly Member[]): string {
  const lines = ['First Name,Last Name,Email,Username,Password,Role'];
  const every = Math.floor(rows / existing.length);
  for (let index = 0; index < rows; index += 1) {
    const id = String(index).padStart(6, '0');
    const role = ROLES[index % ROLES.length] ?? 'user';
    const member = index % every === every - 1 ? existing[Math.floor(index / every)] : undefined;
    if (member) lines.push(`${member.firstName},${member.lastName},${member.email},${member.username},Welcome.${id},${role}`);
    else lines.push(`Review,Member ${id},review.${id}@example.org,${index === FIXED_LINE - 2 ? 'bad' : `review_${id}`},Welcome.${id},${role}`);
  }
  return lines.join('\r\n');
}

async function portalGet<T>(pathName: string, params: Record<string, string>): Promise<T> {
  const response = await fetch(`${PORTAL_URL}/${pathName}?${new URLSearchParams({ f: 'json', ...params }).toString()}`);
  const body = (await response.json()) as T & { error?: unknown };
  if (body.error) throw new Error(`${pathName}: ${JSON.stringify(body.error)}`);
  return body;
}

async function allPages(pathName: string, params: Record<string, string>): Promise<void> {
  for (let start = 1; start > 0;) {
    ({ nextStart: start } = await portalGet<{ nextStart: number }>(pathName, { ...params, start: String(start), num: '100' }));
  }
}

/**
 * The review's reads, one request at a time, in sequence (what a naive script does): the organization (roles, user
 * types and seats, groups, defaults, password policy), 100 usernames per `checkUsernames`, each taken name's holder,
 * and the pending invitations. Parsing is a plain split: the figure is the waiting on the portal.
 */
async function sequentialReview(csv: string, token: string): Promise<number> {
  const started = performance.now();
  const usernames = csv
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[3] ?? '');
  const { id } = await portalGet<{ id: string }>('portals/self', { token });
  await allPages('portals/self/roles', { token, returnPrivileges: 'true' });
  await allPages('portals/self/userLicenseTypes', { token });
  await portalGet('portals/self/users/counts', { token, type: 'userLicenseType' });
  await allPages('community/groups', { token, q: `accountid:${id}` });
  await portalGet('portals/self/userDefaultSettings', { token });
  await portalGet('portals/self/securityPolicy', { token });
  const taken: string[] = [];
  for (let offset = 0; offset < usernames.length; offset += 100) {
    const batch = usernames.slice(offset, offset + 100);
    const answer = await portalGet<{ usernames: { requested: string; suggested: string }[] }>('community/checkUsernames', {
      token,
      usernames: batch.join(','),
    });
    for (const entry of answer.usernames) if (entry.suggested !== entry.requested) taken.push(entry.requested);
  }
  for (const username of taken) await portalGet(`community/users/${encodeURIComponent(username)}`, { token });
  await allPages('portals/self/invitations', { token });
  return Math.round(performance.now() - started);
}

type Clock = { longTasks: number[]; savedAt?: number; fixedAt?: number };

function watchLongTasks() {
  const clock = window as unknown as Clock;
  clock.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) clock.longTasks.push(entry.duration);
  }).observe({ type: 'longtask' });
}

/** File chosen → the review's Add button (every check done); with the longest main-thread task on the way. */
async function timeReview(page: Page, appUrl: string, filePath: string) {
  await page.goto(`${appUrl}/members/import`);
  await page.getByText('Drop a member file here').waitFor();
  await page.evaluate(watchLongTasks);
  // "Continue to review" is clicked the moment it is enabled, in the page: the figure is the portal's and the app's.
  await armPageClock(page, {
    startOn: { event: 'change', selector: 'input[type="file"]' },
    clickWhenShown: [{ selector: 'button', text: '^Continue to review$' }],
    stopWhenShown: { selector: 'button', text: '^Add [\\d,]+ members…$' },
  });
  await page.getByLabel('Member file').setInputFiles(filePath);
  const elapsed = await readPageClock(page, 300_000);
  const longest = await page.evaluate(() => Math.max(0, ...(window as unknown as Clock).longTasks));
  return { elapsed, longest: Math.round(longest) };
}

/**
 * Line 3's username fixed in the Fix dialog: from "Save and check again" to the row shown without its username error,
 * both noted in the page (Playwright's polling would round the figure up by as much as it measures).
 */
async function timeFix(page: Page): Promise<number> {
  const row = page
    .getByRole('grid', { name: 'Rows to review' })
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell', { name: String(FIXED_LINE), exact: true }) });
  await row.getByText('Username: ').first().waitFor();
  await row.getByRole('button', { name: `Fix line ${String(FIXED_LINE)}` }).click();
  const dialog = page.getByRole('dialog', { name: `Fix line ${String(FIXED_LINE)}` });
  await dialog.getByLabel('Username').fill('review_fixed_line');
  const save = dialog.getByRole('button', { name: 'Save and check again' });
  await save.evaluate((button, line) => {
    const clock = window as unknown as Clock;
    delete clock.fixedAt;
    button.addEventListener('click', () => (clock.savedAt = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const rows = document.querySelectorAll('[role="grid"][aria-label="Rows to review"] [role="row"]');
      const fixed = Array.from(rows).find((candidate) => Array.from(candidate.querySelectorAll('[role="gridcell"]')).some((cell) => cell.textContent === line));
      if (!fixed || fixed.textContent.includes('Username: ') || clock.savedAt === undefined) return;
      clock.fixedAt = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, String(FIXED_LINE));
  await save.click();
  await page.waitForFunction(() => (window as unknown as Clock).fixedAt !== undefined, undefined, { timeout: 60_000 });
  return Math.round(await page.evaluate(() => ((window as unknown as Clock).fixedAt ?? 0) - ((window as unknown as Clock).savedAt ?? 0)));
}

/** The review at 1,000 and 50,000 rows (the app, then one request at a time), and one fix of the 50,000-row file. */
export async function benchReview(browser: Browser, appUrl: string): Promise<ReviewFigure[]> {
  const emulator = await buildEmulator({ members: 2000, seed: 1, testMode: true, latencyMs: 50, redirectUris: [appUrl] });
  await emulator.listen({ port: REVIEW_PORT, host: 'localhost' });
  try {
    const tokenResponse = await fetch(`${PORTAL_URL}/generateToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ f: 'json', username: 'portaladmin', password: 'Portal.Admin1', client: 'requestip' }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const { results } = await portalGet<{ results: Member[] }>('portals/self/users/search', { token, q: 'role:org_user', num: String(EXISTING_IN_FILE) });

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.route('**/config.json', (route) =>
      route.fulfill({ json: { portals: [{ label: 'Bench review', portalUrl: PORTAL_URL, clientId: 'roster' }] } }),
    );
    const page = await context.newPage();
    await page.goto(`${appUrl}/members/import`);
    await page.getByRole('button', { name: 'Sign in with ArcGIS' }).click();
    await page.getByLabel('Username').fill('portaladmin');
    await page.getByLabel('Password').fill('Portal.Admin1');
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.getByText('Drop a member file here').waitFor();

    const figures: ReviewFigure[] = [];
    const folder = mkdtempSync(path.join(tmpdir(), 'roster-bench-review-'));
    for (const [rows, goal] of [
      [1000, '≤ 1000 ms'],
      [50_000, '≤ 4000 ms'],
    ] as const) {
      const csv = memberCsv(rows, results);
      const filePath = path.join(folder, `review-${String(rows)}.csv`);
      writeFileSync(filePath, csv);
      const count = rows.toLocaleString('en-US');
      const review = await timeReview(page, appUrl, filePath);
      const sequential = await sequentialReview(csv, token);
      figures.push(
        { name: `review ready, ${count} rows at 50 ms latency (file chosen → review with every organization check)`, value: review.elapsed, unit: 'ms', goal },
        { name: `  same reads for ${count} rows one request at a time, in sequence (baseline)`, value: sequential, unit: 'ms' },
        { name: `  longest main-thread task, review of ${count} rows`, value: review.longest, unit: 'ms', goal: '≤ 50 ms' },
      );
      if (rows === 50_000) {
        figures.push({
          name: `fix and re-check one row of ${count} at 50 ms latency (Save and check again → row shown)`,
          value: await timeFix(page),
          unit: 'ms',
          goal: '≤ 150 ms',
        });
      }
    }
    await context.close();
    return figures;
  } finally {
    await emulator.close();
  }
}

await runAlone(import.meta.url, benchReview);
