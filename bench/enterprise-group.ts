// Adding the accounts of the large enterprise group (HARBOR\GIS Users, 1,100 accounts) on the Enterprise flavor, through
// the app's own code path (Add enterprise members → From an enterprise group → review → Add), at 50 ms latency; beside
// it the same accounts created one `createUser` at a time, in sequence. Part of `npm run bench` (bench/run.ts).
import type { Browser } from '@playwright/test';

import { buildEmulator } from '../emulator/src/app';

export type EnterpriseFigure = { name: string; value: number; unit: string; goal?: string };

const PORT_OFFSET = Number(process.env.ROSTER_PORT_OFFSET ?? 0);
const PORT = 3292 + PORT_OFFSET * 10;
const ROOT = `http://localhost:${String(PORT)}/portal`;
const GROUP = 'HARBOR\\GIS Users';

type Account = { username: string; fullname: string; email: string };

async function adminPost(path: string, params: Record<string, string>): Promise<Record<string, unknown>> {
  const response = await fetch(`${ROOT}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ f: 'json', ...params }),
  });
  return (await response.json()) as Record<string, unknown>;
}

export async function benchEnterpriseGroup(browser: Browser, appUrl: string): Promise<EnterpriseFigure[]> {
  const emulator = await buildEmulator({ members: 2000, seed: 1, testMode: true, latencyMs: 50, flavor: 'enterprise', redirectUris: [appUrl] });
  await emulator.listen({ port: PORT, host: 'localhost' });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    await context.route('**/config.json', (route) =>
      route.fulfill({ json: { portals: [{ label: 'Bench Enterprise', portalUrl: `${ROOT}/sharing/rest`, clientId: 'roster' }] } }),
    );
    const page = await context.newPage();
    await page.goto(`${appUrl}/members/add-enterprise`);
    await page.getByRole('button', { name: 'Sign in with ArcGIS' }).click();
    await page.getByLabel('Username').fill('portaladmin');
    await page.getByLabel('Password').fill('Portal.Admin1');
    await page.getByRole('button', { name: 'Sign In' }).click();
    await page.getByRole('tab', { name: 'From an enterprise group' }).click();
    await page.getByRole('textbox', { name: 'Search enterprise groups' }).fill('GIS');
    await page.getByRole('button', { name: GROUP }).click();
    await page.getByRole('button', { name: new RegExp(`^Review the [\\d,]+ accounts of `) }).click();
    const summary = page.getByRole('status').filter({ hasText: 'will be added' });
    await summary.waitFor({ timeout: 60_000 });
    const ready = Number(/([\d,]+) accounts will be added/.exec((await summary.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
    await page.getByRole('combobox', { name: 'Role for every added account' }).click();
    await page.getByRole('option', { name: 'Viewer' }).click();
    await page.getByRole('combobox', { name: 'User type for every added account' }).click();
    await page.getByRole('option', { name: /^Viewer — / }).click();

    let requests = 0;
    const count = (request: import('@playwright/test').Request) => {
      if (new URL(request.url()).pathname.endsWith('/createUser')) requests += 1;
    };
    page.on('request', count);
    const started = Date.now();
    await page.getByRole('button', { name: `Add ${ready.toLocaleString('en-US')} members` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${ready.toLocaleString('en-US')} accounts added` })
      .waitFor({ timeout: 600_000 });
    const wizard = Date.now() - started;
    page.off('request', count);
    await context.close();

    // The same accounts, one createUser at a time, in sequence (what a naive script does), on a fresh organization.
    await fetch(`http://localhost:${String(PORT)}/__emulator/reset`, { method: 'POST' });
    const tokenResponse = await fetch(`${ROOT}/sharing/rest/generateToken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ f: 'json', username: 'portaladmin', password: 'Portal.Admin1', client: 'requestip' }),
    });
    const { token } = (await tokenResponse.json()) as { token: string };
    const { users } = (await adminPost('portaladmin/security/groups/getUsersWithinEnterpriseGroup', { token, groupName: GROUP, maxCount: '5000' })) as {
      users: Account[];
    };
    const sequentialStarted = Date.now();
    let created = 0;
    for (const account of users.filter((user) => user.email)) {
      const [firstname = account.username, ...rest] = account.fullname.split(' ');
      const body = await adminPost('portaladmin/security/users/createUser', {
        token,
        username: account.username,
        firstname,
        lastname: rest.join(' ') || firstname,
        email: account.email,
        role: 'iAAAAAAAAAAAAAAA',
        userLicenseTypeId: 'viewerUT',
        provider: 'enterprise',
        idpUsername: account.username,
      });
      if (body.status === 'success') created += 1;
    }
    const sequential = Date.now() - sequentialStarted;
    return [
      { name: `add the ${ready.toLocaleString('en-US')} new accounts of ${GROUP} (Enterprise) at 50 ms latency (wall time)`, value: wizard, unit: 'ms' },
      { name: 'createUser requests sent by the app for them', value: requests, unit: 'requests' },
      { name: `same accounts one createUser at a time, in sequence (${String(created)} created)`, value: sequential, unit: 'ms' },
      { name: 'speed-up of the app over one at a time (Enterprise group)', value: Math.round((sequential / wizard) * 10) / 10, unit: '×' },
    ];
  } finally {
    await emulator.close();
  }
}
