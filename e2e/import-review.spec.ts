import type { Page } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';
import { tickRow } from './pages/tick-row';

const screenshots = path.join(import.meta.dirname, '..', 'docs', 'screenshots');

test.beforeEach(async ({ signInPage }) => {
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
});

/** A built-in member file with no Role, User Type or Groups column; every `badEmailEvery`th row has a bad email. */
function writeMemberFile(file: string, rows: number, badEmailEvery = 0) {
  const lines = ['First Name,Last Name,Email,Username,Password'];
  for (let index = 0; index < rows; index += 1) {
    const id = String(index).padStart(4, '0');
    const email = badEmailEvery && index % badEmailEvery === badEmailEvery - 1 ? `crew${id}@example` : `crew${id}@example.org`;
    lines.push(`Crew,Member ${id},${email},crew${id}.review,Welcome.${id}a`);
  }
  writeFileSync(file, lines.join('\n'));
}

const dialog = (page: Page, name: string) => page.getByRole('dialog', { name });

async function pick(page: Page, scope: ReturnType<typeof dialog>, combobox: string, option: RegExp) {
  await scope.getByRole('combobox', { name: combobox }).click();
  await page.getByRole('option', { name: option }).click();
}

test('a 1,000-row file without a User Type column, with no Creator seat left, is fixed with "Set user type…" for all rows and imported', async ({
  page,
  emulator,
}, testInfo) => {
  test.setTimeout(180_000);
  // Every row defaults to Creator, which has no seat left; GIS Professional Basic has plenty.
  await emulator.setSeatsLeft({ creatorUT: 0, GISProfessionalBasicUT: 1000 });
  const before = (await emulator.listMembers({ userLicenseType: 'GISProfessionalBasicUT' })).total;
  const file = testInfo.outputPath('crew-1000.csv');
  writeMemberFile(file, 1000, 50);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await expect(importPage.summary()).toHaveText('0 members will be added; 1,000 rows with errors not sent. Creator seats: 980 rows need one, 0 are left.');
  // The line is its own column: the problem does not repeat "Line 2,".
  await expect(importPage.reviewRow(2)).toContainText('User type: no Creator seat is left for this row');
  await expect(importPage.reviewRow(2)).not.toContainText('Line 2,');
  await expect(importPage.reviewRow(2)).toContainText('Creator (default)');

  // The review takes the window's height: many rows are in view, not four.
  const grid = importPage.reviewGrid();
  await expect(grid.getByRole('row').nth(9)).toBeInViewport();
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, 'import-review-1440.png') });

  // At 1024 px wide the Problems column is still in view.
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(grid.getByRole('columnheader', { name: 'Problems' })).toBeInViewport({ ratio: 1 });
  await expect(importPage.reviewRow(2).getByRole('button', { name: 'Fix line 2' })).toBeInViewport();
  await page.screenshot({ path: path.join(screenshots, 'import-review-1024.png') });
  await page.setViewportSize({ width: 1440, height: 900 });

  // Set user type… for all rows, picked from the types with their seats left.
  await page.getByRole('button', { name: 'Set user type…' }).click();
  const setType = dialog(page, 'Set user type');
  await setType.getByRole('combobox', { name: 'User type' }).click();
  await expect(page.getByRole('option', { name: /^Creator — no seats left$/ })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('option', { name: /^GIS Professional Basic — 1,000 seats left$/ }).click();
  await expect(setType.getByRole('radio', { name: 'All rows (1,000)' })).toBeChecked();
  expect(await seriousViolations(page)).toEqual([]);
  await setType.getByRole('button', { name: 'Apply to 1,000 rows' }).click();
  await expect(importPage.summary()).toHaveText('980 members will be added: 980 GIS Professional Basic; 20 rows with errors not sent.');
  await expect(importPage.reviewRow(2)).toContainText('GIS Professional Basic');

  // Selected rows only: two rows join a group and get another role; the others keep theirs.
  await tickRow(importPage.reviewRow(3));
  await tickRow(importPage.reviewRow(4));
  await expect(page.getByRole('group', { name: 'Change rows' })).toContainText('2 rows selected:');
  await page.getByRole('button', { name: 'Add to groups…' }).click();
  const addGroups = dialog(page, 'Add to groups');
  await expect(addGroups.getByRole('radio', { name: 'The selected rows (2)' })).toBeChecked();
  await addGroups.getByRole('combobox', { name: 'Groups' }).click();
  await page.getByRole('option', { name: 'GIS Team', exact: true }).click();
  await addGroups.getByRole('button', { name: 'Apply to 2 rows' }).click();
  await page.getByRole('button', { name: 'Set role…' }).click();
  const setRole = dialog(page, 'Set role');
  await pick(page, setRole, 'Role', /^Publisher$/);
  await setRole.getByRole('button', { name: 'Apply to 2 rows' }).click();
  await expect(importPage.reviewRow(3)).toContainText('GIS Team');
  await expect(importPage.reviewRow(4)).toContainText('Publisher');
  await expect(importPage.reviewRow(5)).not.toContainText('GIS Team');
  await expect(importPage.reviewRow(5)).toContainText('User (default)');

  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('980 added, 0 already members, 0 failed, 20 not sent.', { timeout: 120_000 });
  expect((await emulator.listMembers({ userLicenseType: 'GISProfessionalBasicUT' })).total).toBe(before + 980);
  expect((await emulator.callAs(demo.admin, 'community/users/crew0001.review')).role).toBe('org_publisher');
  expect((await emulator.callAs(demo.admin, 'community/users/crew0003.review')).role).toBe('org_user');
});

test('the Fix dialog picks user types with their seats and groups, and seats re-read before sending stop a changed import', async ({
  page,
  emulator,
}, testInfo) => {
  test.setTimeout(120_000);
  await emulator.setSeatsLeft({ creatorUT: 3, GISProfessionalBasicUT: 2 });
  const file = testInfo.outputPath('crew-3.csv');
  writeMemberFile(file, 3);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await expect(importPage.summary()).toHaveText('3 members will be added: 3 Creator.');

  // Someone else takes two Creator seats while the review is open; the window regains focus and the review knows.
  await emulator.setSeatsLeft({ creatorUT: 1 });
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(importPage.summary()).toHaveText('1 member will be added: 1 Creator; 2 rows with errors not sent. Creator seats: 3 rows need one, 1 is left.');
  await expect(importPage.reviewRow(3)).toContainText('User type: no Creator seat is left for this row (1 seat left, taken by earlier rows)');

  // The Fix dialog offers the user types with their seats and the groups, though the file has neither column.
  await importPage.reviewRow(3).getByRole('button', { name: 'Fix line 3' }).click();
  const fix = dialog(page, 'Fix line 3');
  await expect(fix.getByRole('combobox', { name: 'User type' })).toContainText('Organization default (Creator, 1 seat left)');
  await pick(page, fix, 'User type', /^GIS Professional Basic — 2 seats left$/);
  await fix.getByRole('combobox', { name: 'Groups' }).click();
  await page.getByRole('option', { name: 'Planning Department', exact: true }).click();
  await fix.getByRole('button', { name: 'Save and check again' }).click();
  await expect(importPage.reviewRow(3)).toContainText('Ready');
  await expect(importPage.reviewRow(3)).toContainText('Planning Department');
  await importPage.reviewRow(4).getByRole('button', { name: 'Exclude line 4' }).click();
  await expect(importPage.summary()).toHaveText('2 members will be added: 1 Creator, 1 GIS Professional Basic; 1 row excluded.');

  // Seats change again just before sending: nothing is sent, and the rows affected are named.
  await emulator.setSeatsLeft({ GISProfessionalBasicUT: 0 });
  await importPage.addAll();
  await expect(page.getByText(/^Seats changed while you reviewed: 1 row no longer fits the seats left \(line 3\)\. Nothing was sent\./)).toBeVisible();
  expect(await emulator.memberExists('crew0000.review')).toBe(false);
  await expect(importPage.reviewRow(3)).toContainText('no GIS Professional Basic seat is left');

  // Fixed again (search finds the row), and a username taken meanwhile makes the report open on "Failed (1)".
  await emulator.setSeatsLeft({ GISProfessionalBasicUT: 5 });
  await page.getByRole('searchbox', { name: 'Search rows' }).fill('crew0001');
  await expect(importPage.reviewGrid().getByRole('row')).toHaveCount(2);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(importPage.reviewRow(3)).toContainText('Ready');
  const taken = await emulator.callAs(demo.admin, 'portals/self/invite', {
    invitationList: JSON.stringify({
      invitations: [
        {
          username: 'crew0001.review',
          password: 'Welcome.2026',
          firstname: 'Someone',
          lastname: 'Else',
          fullname: 'Someone Else',
          email: 'someone.else@example.org',
          role: 'org_user',
          userLicenseType: 'GISProfessionalBasicUT',
        },
      ],
    }),
  });
  expect(taken.notInvited).toEqual([]);
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('1 added, 0 already members, 1 failed, 1 not sent.');
  const reportFilters = page.getByRole('group', { name: 'Show rows' }).getByRole('button');
  await expect(reportFilters.first()).toHaveText('Failed (1)');
  await expect(reportFilters.first()).toHaveAttribute('aria-pressed', 'true');
  await expect(importPage.reportGrid().getByRole('row')).toHaveCount(2);
  await expect(importPage.reportGrid()).toContainText('crew0001.review is taken by someone else');
  await reportFilters.filter({ hasText: 'All (3)' }).click();
  await expect(importPage.reportGrid().getByRole('row')).toHaveCount(4);
});

test('the review can be searched and sorted, and shows groups by title', async ({ page, emulator }, testInfo) => {
  test.setTimeout(90_000);
  await emulator.setSeatsLeft({ creatorUT: 100 });
  const file = testInfo.outputPath('crew-groups.csv');
  writeFileSync(
    file,
    [
      'First Name,Last Name,Email,Username,Password,Groups',
      'Zoe,Adams,zoe.adams@example.org,zadams.review,Welcome.2026,GIS Team',
      'Al,Brown,al.brown@example,abrown.review,Welcome.2026,',
      'Mia,Chen,mia.chen@example.org,mchen.review,Welcome.2026,Nowhere Group',
    ].join('\n'),
  );
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  const grid = importPage.reviewGrid();
  await expect(grid.getByRole('columnheader', { name: 'Groups' })).toBeVisible();
  await expect(importPage.reviewRow(2).getByRole('gridcell', { name: 'GIS Team' })).toBeVisible();
  await expect(importPage.reviewRow(4)).toContainText('Groups: "Nowhere Group" is not a group in this organization');

  // Sorted by member: abrown first, zadams last.
  await grid.getByRole('columnheader', { name: 'Member' }).click();
  await expect(grid.getByRole('row').nth(1)).toContainText('abrown.review');
  await expect(grid.getByRole('row').nth(3)).toContainText('zadams.review');

  // Search by name or email.
  await page.getByRole('searchbox', { name: 'Search rows' }).fill('mia.chen@');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid).toContainText('mchen.review');
  await page.getByRole('searchbox', { name: 'Search rows' }).fill('Brown');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(grid).toContainText('abrown.review');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the review checks rows against the organization as read when the file was chosen, not when the wizard opened', async ({ page, emulator }, testInfo) => {
  test.setTimeout(90_000);
  // The wizard has read the organization (its groups among it) before the group below exists.
  const groupsRead = page.waitForResponse((response) => new URL(response.url()).pathname.endsWith('/community/groups'));
  await page.goto('/members/import');
  await groupsRead;
  await expect(page.getByText('Drop a member file here')).toBeVisible();
  await emulator.callAs(demo.admin, 'community/createGroup', { title: 'Storm Response', access: 'org' });
  const file = testInfo.outputPath('storm-crew.csv');
  writeFileSync(
    file,
    ['First Name,Last Name,Email,Username,Password,Groups', 'Ines,Duarte,ines.duarte@example.org,iduarte.storm,Welcome.2026,Storm Response'].join('\n'),
  );
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^1 member will be added/);
  await expect(importPage.reviewRow(2).getByRole('gridcell', { name: 'Storm Response' })).toBeVisible();
  await expect(importPage.reviewRow(2)).not.toContainText('is not a group');
});

test('the review shows 100 rows a page, sorted across all of them, and a selection carries over pages and can take every row', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('crew-250.csv');
  writeMemberFile(file, 250);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  const grid = importPage.reviewGrid();
  await expect(page.getByText('1–100 of 250')).toBeVisible();

  // Sorted by member, descending, over every row: the last page starts with the file's 50th member.
  await grid.getByRole('columnheader', { name: 'Member' }).click();
  await grid.getByRole('columnheader', { name: 'Member' }).click();
  await expect(grid.getByRole('row').nth(1)).toContainText('crew0249.review');
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await page.getByRole('button', { name: 'Go to next page' }).click();
  await expect(page.getByText('201–250 of 250')).toBeVisible();
  await expect(grid.getByRole('row').nth(1)).toContainText('crew0049.review');

  // A row ticked on this page and one on another are both kept.
  const changeRows = page.getByRole('group', { name: 'Change rows' });
  await tickRow(importPage.reviewRow(51));
  await page.getByRole('button', { name: 'Go to previous page' }).click();
  await tickRow(importPage.reviewRow(151));
  await expect(changeRows).toContainText('2 rows selected:');
  // Every row, less one unticked here.
  await changeRows.getByRole('button', { name: 'Select all 250 rows' }).click();
  await expect(changeRows).toContainText('250 rows selected:');
  await importPage.reviewRow(150).getByRole('checkbox').uncheck();
  await expect(changeRows).toContainText('249 rows selected:');
  await page.getByRole('button', { name: 'Set role…' }).click();
  const setRole = dialog(page, 'Set role');
  await expect(setRole.getByRole('radio', { name: 'The selected rows (249)' })).toBeChecked();
  await pick(page, setRole, 'Role', /^Publisher$/);
  await setRole.getByRole('button', { name: 'Apply to 249 rows' }).click();
  await expect(importPage.reviewRow(151)).toContainText('Publisher');
  await expect(importPage.reviewRow(149)).toContainText('Publisher');
  await expect(importPage.reviewRow(150)).not.toContainText('Publisher');
  // A search is a new selection.
  await page.getByRole('searchbox', { name: 'Search rows' }).fill('crew0001.');
  await expect(grid.getByRole('row')).toHaveCount(2);
  await expect(changeRows).toContainText('All 250 rows:');
});

test('a portal that does not list its pending invitations is named in the review, which still checks every row', async ({ page }, testInfo) => {
  // Not every portal lists them (the listing answers an error): the review says what it could not check.
  await page.route('**/portals/self/invitations?**', (route) => route.fulfill({ json: { error: { code: 400, message: 'Invalid URL', details: [] } } }));
  const file = testInfo.outputPath('crew-invitations.csv');
  writeMemberFile(file, 3, 3);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  const notice = page.getByText(
    'The portal did not list its pending invitations; they could not be checked, and the portal refuses to invite anyone who already has one.',
  );
  await expect(notice).toBeVisible();
  await expect(importPage.reviewRow(2)).toContainText('Ready');
  await expect(importPage.reviewRow(4)).toContainText('Email: ');
  await expect(importPage.summary()).toContainText(/^2 members will be added/);
});
