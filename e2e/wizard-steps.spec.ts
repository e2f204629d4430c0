import type { Page } from '@playwright/test';
import path from 'node:path';

import { demo, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';

const dataFile = (name: string) => path.join(import.meta.dirname, 'data', name);
const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2 });

/** A reload with unsaved work asks first (the browser's own question); the admin answers "leave". */
async function reloadAndLeave(page: Page) {
  const asked = page.waitForEvent('dialog').then(async (dialog) => {
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
  });
  await page.reload();
  await asked;
}

test('the import keeps its step in the address, and a reload restores the review with its fixes and exclusions', async ({ page, signInPage }) => {
  test.setTimeout(120_000);
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const importPage = new ImportPage(page);

  await importPage.upload('builtin-with-problems.csv');
  await expect(page.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=columns/);
  await importPage.continueToReview();
  await expect(importPage.reviewGrid()).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=review/);

  // Back goes to the columns, Forward to the review again: the browser's buttons move between steps.
  await page.goBack();
  await expect(page.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  await page.goForward();
  await expect(importPage.reviewGrid()).toBeVisible();

  // A fix and an exclusion, then the page is reloaded.
  await expect(importPage.reviewRow(3)).toContainText('Email: "ben.ng@example" is not a valid email address');
  await importPage.reviewRow(3).getByRole('button', { name: 'Fix line 3' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fix line 3' });
  await dialog.getByLabel('Email').fill('ben.ng@example.org');
  await dialog.getByRole('button', { name: 'Save and check again' }).click();
  await expect(importPage.reviewRow(3)).not.toContainText('Email: ');
  await importPage.reviewRow(6).getByRole('button', { name: 'Exclude line 6' }).click();
  await expect(importPage.reviewRow(6).getByRole('button', { name: 'Include line 6' })).toBeVisible();

  await reloadAndLeave(page);
  await expect(page).toHaveURL(/[?&]step=review/);
  await expect(importPage.reviewGrid()).toBeVisible({ timeout: 20_000 });
  await expect(importPage.reviewRow(3)).not.toContainText('Email: ');
  await expect(importPage.reviewRow(3)).toContainText('Password: is too short');
  await expect(importPage.reviewRow(6).getByRole('button', { name: 'Include line 6' })).toBeVisible();
  await expect(page.getByText(/Passwords are never kept, so choose builtin-with-problems\.csv again/)).toBeVisible();
  // Nothing is sent before the file is chosen again.
  await page.getByRole('button', { name: /^Add [\d,]+ members?…$/ }).click();
  await page.getByRole('button', { name: 'Confirm and add' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /^Passwords are not kept when the page is reloaded/ })).toBeVisible();

  // Another file is refused; the same one (matched by SHA-256) gives the review its passwords back.
  const again = page.getByLabel('The same member file again');
  await again.setInputFiles(dataFile('builtin-1000.csv'));
  await expect(page.getByText(/builtin-1000\.csv is a different file from the one this review was made from/)).toBeVisible();
  await again.setInputFiles(dataFile('builtin-with-problems.csv'));
  await expect(page.getByText(/Passwords are never kept/)).toHaveCount(0);
  await expect(importPage.reviewRow(3)).not.toContainText('Email: ');
  await expect(importPage.reviewRow(6).getByRole('button', { name: 'Include line 6' })).toBeVisible();

  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('1 added, 0 already members, 0 failed, 4 not sent.');
  // Sent: the draft is gone, so the import starts afresh.
  await page.goto('/members/import');
  await expect(page.getByText('Drop a member file here')).toBeVisible();
  await expect(page.getByText(/You have an unfinished review/)).toHaveCount(0);
});

test('an unfinished review is offered again, and signing out forgets it', async ({ page, signInPage }) => {
  test.setTimeout(120_000);
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const importPage = new ImportPage(page);
  await importPage.upload('builtin-with-problems.csv');
  await importPage.continueToReview();
  await expect(importPage.reviewGrid()).toBeVisible();

  // Leaving for another page asks first.
  await page.getByRole('link', { name: 'Members', exact: true }).first().click();
  const leave = page.getByRole('dialog', { name: 'Leave this page?' });
  await expect(leave).toContainText('builtin-with-problems.csv');
  await leave.getByRole('button', { name: 'Leave and lose it' }).click();
  await expect(page).toHaveURL(/\/members$/);

  await page.goto('/members/import');
  await expect(page.getByText(/You have an unfinished review of builtin-with-problems\.csv/)).toBeVisible();
  await page.getByRole('button', { name: 'Continue the review' }).click();
  await expect(importPage.reviewGrid()).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=review/);

  await page.getByRole('link', { name: 'Members', exact: true }).first().click();
  await page.getByRole('dialog', { name: 'Leave this page?' }).getByRole('button', { name: 'Leave and lose it' }).click();
  await signInPage.signOut();
  await expect(signInPage.startButton()).toBeVisible();
  await signInPage.goto('/members/import?step=review');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByText('Drop a member file here')).toBeVisible();
  await expect(page.getByText(/You have an unfinished review/)).toHaveCount(0);
  await expect(importPage.reviewGrid()).toHaveCount(0);
});

test('adding one member keeps the step and the details across a reload, but never the password', async ({ page, signInPage }) => {
  await signInPage.goto('/members/add');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(stepHeading(page, 'Details')).toBeVisible();
  await field(page, 'First name').fill('Nora');
  await field(page, 'Last name').fill('Quinn');
  await field(page, 'Email').fill('nora.quinn@harborcity.example');
  await field(page, 'Password').fill('Harbor.Start2026');
  await expect(field(page, 'Username')).toHaveAccessibleDescription(/Available$/);
  await page.getByRole('button', { name: 'Next: review' }).click();
  await expect(stepHeading(page, 'Review')).toBeVisible();
  await expect(page).toHaveURL(/[?&]step=review/);
  await page.goBack();
  await expect(stepHeading(page, 'Details')).toBeVisible();
  await page.goForward();
  await expect(stepHeading(page, 'Review')).toBeVisible();

  await reloadAndLeave(page);
  // The password was not kept, so the review cannot be shown: the details come back, filled in, asking for it.
  await expect(stepHeading(page, 'Details')).toBeVisible();
  await expect(page).not.toHaveURL(/step=review/);
  await expect(field(page, 'First name')).toHaveValue('Nora');
  await expect(field(page, 'Email')).toHaveValue('nora.quinn@harborcity.example');
  await expect(field(page, 'Password')).toHaveValue('');
  await expect(page.getByText(/never the password: type it again/)).toBeVisible();
  const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
  expect(stored).toContain('nora.quinn@harborcity.example');
  expect(stored).not.toContain('Harbor.Start2026');

  await field(page, 'Password').fill('Harbor.Start2026');
  await page.getByRole('button', { name: 'Next: review' }).click();
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(stepHeading(page, 'Result')).toBeVisible();
  expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toContain('nora.quinn@harborcity.example');
});

test('each step of the import and of offboarding moves focus to its heading; arriving on the first step does not', async ({ page, signInPage }) => {
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const importPage = new ImportPage(page);
  await expect(stepHeading(page, 'Choose a file')).toBeVisible();
  await expect(stepHeading(page, 'Choose a file')).not.toBeFocused();
  await importPage.upload('builtin-with-problems.csv');
  await expect(stepHeading(page, 'Match the columns')).toBeFocused();
  await importPage.continueToReview();
  await expect(stepHeading(page, 'Review every row')).toBeFocused();

  await page.goto('/members/frank.departing/offboard');
  await expect(stepHeading(page, 'What frank.departing has')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Next: choose receivers' }).click();
  await expect(stepHeading(page, 'Who receives what')).toBeFocused();
});
