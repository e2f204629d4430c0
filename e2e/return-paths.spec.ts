import type { Page } from '@playwright/test';

import { demo, expect, test } from './fixtures';
import { APP_URL, EMULATOR_URL } from './urls';

/**
 * Crafted return paths (issue #16 and the usual open-redirect list), carried the way Roster carries one: the sign-in
 * screen's `returnTo`. Each must end on a Roster page on Roster's origin, never on the error screen, and with a
 * clean address bar (no `code=` or `state=` left from the callback).
 */
const CRAFTED = [
  '//evil.example',
  '/\\evil.example',
  '/%09/evil.example',
  '/%0A/evil.example',
  '/%0D/evil.example',
  '/%00/evil.example',
  '/%2F%2Fevil.example',
  '/%252F%252Fevil.example',
  'https://evil.example',
  'javascript:alert(1)',
  '/%5Cevil.example',
  '\\\\evil.example',
  ' /members',
  '/auth/callback?code=stolen&state=x',
];

async function signInReturningTo(page: Page, returnTo: string) {
  await page.goto(`/signin?${new URLSearchParams({ returnTo }).toString()}`);
  await page.getByRole('button', { name: 'Sign in with ArcGIS' }).click();
  await page.getByLabel('Username').fill(demo.admin.username);
  await page.getByLabel('Password').fill(demo.admin.password);
  await page.getByRole('button', { name: 'Sign In' }).click();
}

async function expectCleanRosterAddress(page: Page, path: string) {
  const address = new URL(page.url());
  expect(address.origin).toBe(APP_URL);
  expect(`${address.pathname}${address.search}${address.hash}`).toBe(path);
  expect(page.url()).not.toMatch(/code=|state=|token=/);
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
}

for (const returnTo of CRAFTED) {
  test(`sign-in asked to return to ${JSON.stringify(returnTo)} lands on the overview with a clean address`, async ({ page }) => {
    // Only Roster and the portal's sign-in page may ever be in the address bar.
    const elsewhere: string[] = [];
    page.on('framenavigated', (frame) => {
      const url = frame.url();
      if (frame === page.mainFrame() && !url.startsWith(`${APP_URL}/`) && !url.startsWith(`${EMULATOR_URL}/`) && url !== 'about:blank') elsewhere.push(url);
    });
    await signInReturningTo(page, returnTo);
    await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
    await expectCleanRosterAddress(page, '/overview');
    expect(elsewhere).toEqual([]);
  });
}

test('a return path of Roster itself, with query and fragment, is where sign-in lands', async ({ page }) => {
  await signInReturningTo(page, '/members?x=1#y');
  await expect(page.getByRole('heading', { name: 'Members', level: 1 })).toBeVisible();
  await expectCleanRosterAddress(page, '/members?x=1#y');
});

test("a member's page as the return path is where sign-in lands", async ({ page }) => {
  await signInReturningTo(page, '/members/ana.lima');
  await expect(page.getByRole('heading', { name: 'Ana Lima', level: 1 })).toBeVisible();
  await expectCleanRosterAddress(page, '/members/ana.lima');
});

test('a crafted address opened before signing in still lands on a Roster page after sign-in', async ({ page }) => {
  // The shell sends the visitor to sign-in with the address as returnTo; the parser refuses it there.
  await page.goto('/%5Cevil.example');
  await expect(page.getByRole('heading', { name: 'Sign in', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Sign in with ArcGIS' }).click();
  await page.getByLabel('Username').fill(demo.admin.username);
  await page.getByLabel('Password').fill(demo.admin.password);
  await page.getByRole('button', { name: 'Sign In' }).click();
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expectCleanRosterAddress(page, '/overview');
});
