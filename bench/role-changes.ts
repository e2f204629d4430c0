// Bulk role change of 500 members through the app's own code path (members table → select 5 pages of 100 →
// Actions → Change role), against an emulator answering with 50 ms latency, like the import bench.
// Part of `npm run bench` (bench/run.ts); also runnable alone after `npm run build`: `npx tsx bench/role-changes.ts`.
import type { Browser } from '@playwright/test';

import { runAlone } from './run-alone';
import { buildEmulator } from '../emulator/src/app';

export type RoleChangeFigure = { name: string; value: number; unit: string; goal?: string };

const PORT_OFFSET = Number(process.env.ROSTER_PORT_OFFSET ?? 0);
const ROLE_PORT = 3282 + PORT_OFFSET * 10;
const ROLE_PORTAL_URL = `http://localhost:${String(ROLE_PORT)}/portal/sharing/rest`;
const MEMBERS_TO_CHANGE = 500;
const PAGE_SIZE = 100;

/** Changes the role of 500 `org_user` members to Viewer through the UI; wall time and requests sent. */
export async function benchRoleChanges(browser: Browser, appUrl: string): Promise<RoleChangeFigure[]> {
  const emulator = await buildEmulator({ members: 2000, seed: 1, testMode: true, latencyMs: 50, redirectUris: [appUrl] });
  await emulator.listen({ port: ROLE_PORT, host: 'localhost' });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.route('**/config.json', (route) =>
      route.fulfill({ json: { portals: [{ label: 'Bench roles', portalUrl: ROLE_PORTAL_URL, clientId: 'roster' }] } }),
    );
    const page = await context.newPage();
    await page.goto(`${appUrl}/members?role=org_user&pageSize=${String(PAGE_SIZE)}`);
    await page.getByRole('button', { name: 'Sign in with ArcGIS' }).click();
    await page.getByLabel('Username').fill('portaladmin');
    await page.getByLabel('Password').fill('Portal.Admin1');
    await page.getByRole('button', { name: 'Sign In' }).click();
    const grid = page.getByRole('grid', { name: 'Members' });
    for (let pageIndex = 0; pageIndex < MEMBERS_TO_CHANGE / PAGE_SIZE; pageIndex += 1) {
      if (pageIndex > 0) {
        await page.getByRole('button', { name: 'Go to next page' }).click();
      }
      // The previous page stays on screen until the next one arrives; wait for the new rows.
      await page.getByText(`${String(pageIndex * PAGE_SIZE + 1)}–${String((pageIndex + 1) * PAGE_SIZE)} of`).waitFor();
      await grid.getByRole('gridcell').first().waitFor();
      await grid.getByRole('checkbox', { name: 'Select all rows' }).check();
      await page.getByText(`${String((pageIndex + 1) * PAGE_SIZE)} members selected`).waitFor();
    }
    await page.getByRole('button', { name: 'Actions' }).click();
    await page.getByRole('menuitem', { name: 'Change role…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New role').click();
    await page.getByRole('option', { name: 'Viewer', exact: true }).click();

    let requests = 0;
    const count = (request: import('@playwright/test').Request) => {
      if (new URL(request.url()).pathname.startsWith('/portal/sharing/rest/') && request.method() !== 'OPTIONS') requests += 1;
    };
    page.on('request', count);
    const started = Date.now();
    await dialog.getByRole('button', { name: `Change the role of ${String(MEMBERS_TO_CHANGE)} members to Viewer` }).click();
    await dialog
      .getByRole('status')
      .filter({ hasText: `${String(MEMBERS_TO_CHANGE)} done, 0 failed` })
      .waitFor({ timeout: 120_000 });
    const elapsed = Date.now() - started;
    page.off('request', count);
    await context.close();
    return [
      { name: `change the role of ${String(MEMBERS_TO_CHANGE)} members at 50 ms latency (confirm → results)`, value: elapsed, unit: 'ms', goal: '≤ 15000 ms' },
      { name: `requests sent for ${String(MEMBERS_TO_CHANGE)} role changes (incl. refreshes after the run)`, value: requests, unit: 'requests' },
    ];
  } finally {
    await emulator.close();
  }
}

await runAlone(import.meta.url, benchRoleChanges);
