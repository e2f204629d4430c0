import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';

test.beforeEach(async ({ signInPage }) => {
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
});

test('an admin imports 1,000 members after reviewing them, and finds them all', async ({ page, emulator, membersPage }) => {
  test.setTimeout(120_000);
  await emulator.setSeatsLeft({ creatorUT: 1000, editorUT: 1000, fieldWorkerUT: 1000, viewerUT: 1000 });
  const before = (await emulator.searchUsernames({ q: 'email:"example.org"', num: '1' })).length;
  expect(before).toBe(0);

  const importPage = new ImportPage(page);
  await importPage.upload('builtin-1000.csv');
  await expect(page.getByText(/1,000 rows of built-in accounts, UTF-8, comma-separated/)).toBeVisible();
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^1,000 members will be added/);
  await expect(importPage.reviewGrid()).toBeVisible();
  // Passwords never appear on screen.
  await expect(page.getByText('Welcome.0000')).toHaveCount(0);

  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('1,000 added, 0 already members, 0 failed, 0 not sent.', {
    timeout: 60_000,
  });

  await page.getByRole('link', { name: 'Go to members' }).click();
  await membersPage.search().fill('example.org');
  await expect(membersPage.summary()).toHaveText(/^1,000 members match/);
  await membersPage.search().fill('kokafor00000');
  await expect(membersPage.rowFor('kokafor00000')).toContainText('Data Editor');
});

test('a file with problems shows each reason by line and field, and a fixed cell is checked again', async ({ page }) => {
  test.setTimeout(120_000);
  const importPage = new ImportPage(page);
  await expect(page.getByText('Drop a member file here')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await importPage.upload('builtin-with-problems.csv');
  await expect(page.getByRole('table', { name: 'Column mapping' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await importPage.continueToReview();
  await expect(importPage.reviewGrid()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const lines = readFileSync(path.join(import.meta.dirname, 'data', 'builtin-with-problems.csv'), 'utf8')
    .trim()
    .split(/\r?\n/);
  const problemRows = lines.length - 1;
  await expect(importPage.reviewGrid().getByRole('row')).toHaveCount(problemRows + 1);

  await expect(importPage.reviewRow(3)).toContainText('Email: ');
  await expect(importPage.reviewRow(3)).toContainText('Password: ');
  await expect(importPage.reviewRow(5)).toContainText(/Username: .*line 4/);

  // Fix the bad email in place; the row is checked again.
  await importPage.reviewRow(3).getByRole('button', { name: 'Fix line 3' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fix line 3' });
  await dialog.getByLabel('Email').fill('ben.ng@example.org');
  await dialog.getByRole('button', { name: 'Save and check again' }).click();
  await expect(importPage.reviewRow(3)).not.toContainText('Email: ');
  await expect(importPage.reviewRow(3)).toContainText('Password: ');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download review (CSV)' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv).toContain('status,reason');
  expect(csv).not.toMatch(/Welcome\.2026|nodigitshere/);

  // Only the good rows are sent; the report accounts for every line.
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('1 added, 0 already members, 0 failed, 4 not sent.');
  await expect(importPage.reportGrid().getByRole('row')).toHaveCount(problemRows + 1);
  expect(await seriousViolations(page)).toEqual([]);

  // The report is the input plus status and reason, without passwords; importing it again adds nobody twice.
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download report (CSV)' }).click();
  const reportPath = await (await reportDownload).path();
  const report = readFileSync(reportPath, 'utf8');
  expect(report).toMatch(/alopez01,,user,creatorUT,,added,/);
  expect(report).toMatch(/bng,,publisher,,,not-sent,"?Username: /);
  expect(report).not.toMatch(/Welcome\.2026|nodigitshere/);

  await page.getByRole('button', { name: 'Import another file' }).click();
  await importPage.uploadPath(reportPath);
  await expect(page.getByText(/Columns Roster will not read: status, reason/)).toBeVisible();
  await importPage.continueToReview();
  await expect(importPage.reviewRow(2)).toContainText('Already a member');
  await expect(importPage.reviewRow(3)).toContainText('Password: ');
  await expect(importPage.summary()).toContainText(/^0 members will be added/);
});

test('transient failures and a token expiry mid-import still account for every row exactly once', async ({ page, emulator, membersPage }) => {
  test.setTimeout(120_000);
  await emulator.setSeatsLeft({ creatorUT: 1000, editorUT: 1000, fieldWorkerUT: 1000, viewerUT: 1000 });
  const importPage = new ImportPage(page);
  await importPage.upload('builtin-1000.csv');
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^1,000 members will be added/);
  // Every 3rd invite request fails (503) and the tokens expire after the 4th: 10 requests, 3 of them failing.
  await emulator.setFaults({ failEvery: 3, failureKind: 'http-503', expireTokensAfter: 4, match: 'portals/self/invite' });
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('1,000 added, 0 already members, 0 failed, 0 not sent.', {
    timeout: 90_000,
  });
  await emulator.setFaults({});
  await page.getByRole('link', { name: 'Go to members' }).click();
  await membersPage.search().fill('example.org');
  await expect(membersPage.summary()).toHaveText(/^1,000 members match/);
});

test('an import interrupted by a reload resumes to completion without duplicates', async ({ page, emulator, membersPage }) => {
  test.setTimeout(120_000);
  await emulator.setSeatsLeft({ creatorUT: 1000, editorUT: 1000, fieldWorkerUT: 1000, viewerUT: 1000 });
  const importPage = new ImportPage(page);
  await importPage.upload('builtin-1000.csv');
  await importPage.continueToReview();
  // Slow invites down so the reload lands mid-run, with requests in flight.
  await emulator.setFaults({ latencyMs: 2500, match: 'portals/self/invite' });
  await importPage.addAll();
  await expect(page.getByRole('status').filter({ hasText: /^[1-9][\d,]* of 1,000 rows done/ })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('progressbar', { name: 'Import progress' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  page.on('dialog', (dialog) => void dialog.accept()); // the "leave the page?" question
  await page.reload();
  await emulator.setFaults({});

  await expect(page.getByText(/The import of builtin-1000\.csv did not finish/)).toBeVisible();
  await importPage.upload('builtin-1000.csv');
  await expect(page.getByText(/Resuming the import of builtin-1000\.csv/)).toBeVisible();
  await importPage.continueToReview();
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('1,000 added, 0 already members, 0 failed, 0 not sent.', {
    timeout: 60_000,
  });

  await page.getByRole('link', { name: 'Go to members' }).click();
  await membersPage.search().fill('example.org');
  await expect(membersPage.summary()).toHaveText(/^1,000 members match/);
});

test('a username another person holds is an error, in the review, after a fix, and when it is taken while the review is open', async ({
  page,
  emulator,
}, testInfo) => {
  await emulator.setSeatsLeft({ creatorUT: 100, editorUT: 100, fieldWorkerUT: 100, viewerUT: 100 });
  const file = testInfo.outputPath('identities.csv');
  writeFileSync(
    file,
    [
      'First Name,Last Name,Email,Username,Password,Role',
      'Nia,Fresh,nia.fresh@example.org,nia.fresh,Welcome.2026,user',
      'Grace,Other,grace.other@example.org,grace.receiver,Welcome.2026,user',
      'Fix,Me,fix.me@example.org,fix.me.row,Welcome.2026,user',
      'Late,Comer,late.comer@example.org,late.taken,Welcome.2026,user',
    ].join('\n'),
  );
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  // Grace Receiver holds that username: this row's person gets no account, so it is an error, not "already a member".
  await expect(importPage.reviewRow(3)).toContainText('Error');
  await expect(importPage.reviewRow(3)).toContainText(
    'grace.receiver is taken by someone else: Grace Receiver (grace.receiver@harborcity.example). Choose another username for this person',
  );

  // A fix to an existing member's username is checked against the organization again.
  await importPage.reviewRow(4).getByRole('button', { name: 'Fix line 4' }).click();
  const dialog = page.getByRole('dialog', { name: 'Fix line 4' });
  await dialog.getByLabel('Username').fill('ana.lima');
  await dialog.getByRole('button', { name: 'Save and check again' }).click();
  await expect(importPage.reviewRow(4)).toContainText('ana.lima is taken by someone else: Ana Lima (ana.lima@harborcity.example)');

  // While the review is open, someone else takes late.taken.
  const created = await emulator.callAs(demo.admin, 'portals/self/invite', {
    invitationList: JSON.stringify({
      invitations: [
        {
          username: 'late.taken',
          password: 'Welcome.2026',
          firstname: 'Someone',
          lastname: 'Else',
          fullname: 'Someone Else',
          email: 'someone.else@example.org',
          role: 'org_user',
          userLicenseType: 'creatorUT',
        },
      ],
    }),
  });
  expect(created.notInvited).toEqual([]);
  await expect(importPage.summary()).toContainText(/^2 members will be added/);
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('1 added, 0 already members, 1 failed, 2 not sent.');
  await expect(importPage.reportGrid().getByRole('row', { name: /late\.taken/ })).toContainText(
    'late.taken is taken by someone else: someone.else@example.org. Choose another username for this person.',
  );
  expect(await emulator.memberExists('nia.fresh')).toBe(true);
});
