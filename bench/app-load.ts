// App load at 50 ms portal latency, like the import bench: navigation to the members screen's first rows (signed in,
// assets in the HTTP cache), and sign-in from the portal's redirect back to the app to the first screen's rows (a fresh
// browser profile each time, so only what the sign-in page fetched is cached).
// Part of `npm run bench` (bench/run.ts); also runnable alone after `npm run build`: `npx tsx bench/app-load.ts`.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';

import { runAlone } from './run-alone';
import { buildEmulator } from '../emulator/src/app';

export type AppLoadFigure = { name: string; value: number; unit: string; goal?: string };

const PORT_OFFSET = Number(process.env.ROSTER_PORT_OFFSET ?? 0);
const LOAD_PORT = 3284 + PORT_OFFSET * 10;
const LOAD_PORTAL_URL = `http://localhost:${String(LOAD_PORT)}/portal/sharing/rest`;
const MEMBERS = 10_000;
const RUNS = 7;
const FIRST_ROW = '[role="grid"][aria-label="Members"] [role="gridcell"]';

type Clock = { firstRowAt?: number };

/**
 * Runs in each page before its scripts: notes when the members grid first shows a cell, in ms since this document's
 * navigation started (the callback URL's load, for a sign-in). Read in the page because Playwright's waitFor polls with
 * growing pauses.
 */
function startClock(selector: string) {
  const clock = window as unknown as Clock;
  const observer = new MutationObserver(() => {
    if (clock.firstRowAt !== undefined || !document.querySelector(selector)) return;
    clock.firstRowAt = performance.now();
  });
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document.body, { childList: true, subtree: true });
  });
}

/**
 * A fresh browser profile whose page gets config.json pointing at the bench's emulator. Served through the DevTools
 * protocol rather than Playwright's `route`, which turns the HTTP cache off: these figures need it, as a browser has it.
 */
async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(startClock, FIRST_ROW);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const config = Buffer.from(JSON.stringify({ portals: [{ label: 'Bench load', portalUrl: LOAD_PORTAL_URL, clientId: 'roster' }] })).toString('base64');
  cdp.on('Fetch.requestPaused', ({ requestId }) => {
    void cdp.send('Fetch.fulfillRequest', {
      requestId,
      responseCode: 200,
      responseHeaders: [{ name: 'Content-Type', value: 'application/json' }],
      body: config,
    });
  });
  await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/config.json', requestStage: 'Request' }] });
  return { context, page };
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;

async function firstRowAt(page: Page): Promise<number> {
  await page.locator(FIRST_ROW).first().waitFor({ timeout: 30_000 });
  return page.evaluate(() => (window as unknown as Clock).firstRowAt ?? Number.NaN);
}

/** Sign-in from the members link, in a fresh profile; the time runs from the /auth/callback load to the first row. */
async function timedSignIn(browser: Browser, appUrl: string): Promise<{ elapsed: number; context: BrowserContext; page: Page }> {
  const { context, page } = await newPage(browser);
  await page.goto(`${appUrl}/members`);
  await page.getByRole('button', { name: 'Sign in with ArcGIS' }).click();
  await page.getByLabel('Username').fill('portaladmin');
  await page.getByLabel('Password').fill('Portal.Admin1');
  await page.getByRole('button', { name: 'Sign In' }).click();
  const elapsed = await firstRowAt(page);
  if (!page.url().startsWith(`${appUrl}/members`)) throw new Error(`signed in to ${page.url()}, not the members screen`);
  return { elapsed: Math.round(elapsed), context, page };
}

/** The members route's figures against an emulator answering with 50 ms latency. */
export async function benchAppLoad(browser: Browser, appUrl: string): Promise<AppLoadFigure[]> {
  const emulator = await buildEmulator({ members: MEMBERS, seed: 1, testMode: true, latencyMs: 50, redirectUris: [appUrl] });
  await emulator.listen({ port: LOAD_PORT, host: 'localhost' });
  try {
    const signIns: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      const { elapsed, context } = await timedSignIn(browser, appUrl);
      signIns.push(elapsed);
      await context.close();
    }

    // The session lives in the tab (sessionStorage): the loads below reuse the signed-in page.
    const { context, page } = await timedSignIn(browser, appUrl);
    const loads: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      await page.goto('about:blank');
      await page.goto(`${appUrl}/members`);
      loads.push(Math.round(await firstRowAt(page)));
    }
    await context.close();
    const members = MEMBERS.toLocaleString('en-US');
    return [
      {
        name: `navigation → first rows, members page, ${members} members at 50 ms latency (load /members signed in, median of ${String(RUNS)})`,
        value: median(loads),
        unit: 'ms',
        goal: '≤ 800 ms',
      },
      {
        name: `sign-in → first rows, ${members} members at 50 ms latency (/auth/callback load → members rows, fresh profile, median of ${String(RUNS)})`,
        value: median(signIns),
        unit: 'ms',
        goal: '≤ 1500 ms',
      },
    ];
  } finally {
    await emulator.close();
  }
}

/** For runs alone: the members route's JavaScript, as bench/run.ts measures it (every script of a /members load, gzip). */
async function membersJavascript(browser: Browser, appUrl: string): Promise<AppLoadFigure> {
  const emulator = await buildEmulator({ members: 100, seed: 1, testMode: true, redirectUris: [appUrl] });
  await emulator.listen({ port: LOAD_PORT, host: 'localhost' });
  try {
    const { context, page } = await timedSignIn(browser, appUrl);
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body());
    });
    await page.goto(`${appUrl}/members`, { waitUntil: 'networkidle' });
    const bytes = (await Promise.all(bodies)).reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0);
    await context.close();
    return { name: 'members page JavaScript (after sign-in), gzip', value: Math.round(bytes / 102.4) / 10, unit: 'KB', goal: '≤ 300 KB' };
  } finally {
    await emulator.close();
  }
}

await runAlone(import.meta.url, async (browser, appUrl) => {
  const figures = [await membersJavascript(browser, appUrl), ...(await benchAppLoad(browser, appUrl))];
  return figures.map((figure) => ({ figure: figure.name, value: `${String(figure.value)} ${figure.unit}`, goal: figure.goal ?? '' }));
});
