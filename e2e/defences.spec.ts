import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';

import { demo, expect, test } from './fixtures';
import { ContentPage } from './pages/content-page';
import { ImportPage } from './pages/import-page';
import { OffboardPage } from './pages/offboard-page';
import { APP_URL } from './urls';

/** A page of another site that frames Roster, served through the browser's request routing (no DNS needed). */
const attacker = 'http://attacker.example/';

async function frameRoster(page: Page) {
  await page.route(attacker, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<h1>Win a prize</h1><iframe title="prize" src="${APP_URL}/members" width="1200" height="700"></iframe>` }),
  );
  await page.goto(attacker);
}

/** Content security policy violations the browser reports, on Roster's pages and the portal's sign-in page alike. */
function cspViolations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

test('Roster in a frame of another site shows none of its screens, even from a host that sends no framing headers', async ({ page }) => {
  await frameRoster(page);
  const frame = page.frameLocator('iframe[title="prize"]');
  // The server forbids framing (frame-ancestors 'none', X-Frame-Options: DENY): the browser does not render Roster.
  await expect(page.getByRole('heading', { name: 'Win a prize' })).toBeVisible();
  await expect.poll(() => page.frames().some((child) => child.url().startsWith('chrome-error://'))).toBe(true);
  await expect(frame.getByRole('button', { name: /Sign in/ })).toHaveCount(0);

  // A host that sends no headers: Roster refuses by itself.
  await page.route(`${APP_URL}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    delete headers['x-frame-options'];
    await route.fulfill({ response, headers });
  });
  await page.reload();
  await expect(frame.getByText('Roster does not run inside another page')).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByRole('button', { name: /Sign in/ })).toHaveCount(0);
  await expect(frame.getByRole('navigation')).toHaveCount(0);
  // The refused page may still be preloading chunks through the route when the test ends.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('a whole journey runs under the content security policy without a single violation', async ({ page, signInPage }) => {
  test.setTimeout(180_000);
  const violations = cspViolations(page);
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  // Both policies are in force: index.html's, and the one naming the configured portal.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(2);

  const importPage = new ImportPage(page);
  await importPage.upload('builtin-members.csv');
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^2 members will be added/);
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('2 added, 0 already members, 0 failed, 0 not sent.', { timeout: 60_000 });

  await page.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Members' }).getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Groups', exact: true }).click();
  await expect(page.getByRole('grid', { name: 'Groups' }).getByRole('row').nth(1)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();

  await page.goto('/content/frank.departing');
  await expect(new ContentPage(page).summary()).toHaveText(/^\d+ items in the root folder/, { timeout: 30_000 });
  await page.goto('/members/frank.departing/offboard');
  await expect(new OffboardPage(page).itemsSection()).toHaveAccessibleName('Items (300)', { timeout: 30_000 });

  expect(violations).toEqual([]);
  // The watch works: a request to a host that is not the configured portal is refused and reported.
  await page.evaluate(() => fetch('https://not-the-portal.example/').catch(() => undefined));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

/** What Roster keeps in this browser's IndexedDB: every database and the number of records in each store. */
function storedRecords(page: Page): Promise<Record<string, number>> {
  return page.evaluate(async () => {
    const counts: Record<string, number> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => {
          resolve(request.result);
        };
        request.onerror = () => {
          reject(request.error ?? new Error(name));
        };
      });
      for (const store of Array.from(database.objectStoreNames)) {
        counts[`${name}/${store}`] = await new Promise<number>((resolve) => {
          const request = database.transaction(store).objectStore(store).count();
          request.onsuccess = () => {
            resolve(request.result);
          };
          request.onerror = () => {
            resolve(-1);
          };
        });
      }
      database.close();
    }
    return counts;
  });
}

test('sign-out leaves no trace of an interrupted import: the next member who signs in on this browser sees none of it', async ({
  page,
  emulator,
  signInPage,
}, testInfo) => {
  test.setTimeout(180_000);
  // The file's first row is a second administrator, so that person can sign in on the same browser afterwards.
  const next = { username: 'second_admin', password: 'Second.Admin2026' };
  const rows = Array.from({ length: 400 }, (_, index) => {
    const n = String(index).padStart(4, '0');
    return `Trace,Tester${n},trace.tester${n}@traces.example,ttester${n},Welcome.${n},user`;
  });
  const file = testInfo.outputPath('new-hires-finance.csv');
  writeFileSync(
    file,
    ['First Name,Last Name,Email,Username,Password,Role', `Second,Admin,second.admin@traces.example,${next.username},${next.password},admin`, ...rows].join(
      '\n',
    ),
  );

  await emulator.setSeatsLeft({ creatorUT: 1000 });
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^401 members will be added/, { timeout: 30_000 });
  await emulator.setFaults({ latencyMs: 150 });
  await importPage.addAll();
  await expect(page.getByRole('status').filter({ hasText: /^[1-9][\d,]* of [\d,]+ rows done/ })).toBeVisible({ timeout: 60_000 });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await expect(page.getByText(/The import of new-hires-finance\.csv did not finish/)).toBeVisible({ timeout: 30_000 });
  expect((await storedRecords(page))['roster/import-journals']).toBe(1);
  await emulator.setFaults({});

  await signInPage.signOut();
  await expect(signInPage.startButton()).toBeVisible();
  const left = await storedRecords(page);
  expect(Object.values(left).every((count) => count === 0)).toBe(true);
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('roster')))).toEqual([]);

  await signInPage.signIn(next.username, next.password);
  await page.goto('/members/import');
  await expect(page.getByText('Drop a member file here')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/did not finish/)).toHaveCount(0);
  await expect(page.getByText(/new-hires-finance/)).toHaveCount(0);
});
