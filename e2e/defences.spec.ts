import type { Page } from '@playwright/test';

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
