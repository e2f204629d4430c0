import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';

/** `APPROVAL_SHOTS=/some/dir` saves screenshots of the approval screens at 1440 and 1024 wide. */
async function shoot(page: Page, name: string) {
  const dir = process.env.APPROVAL_SHOTS;
  if (!dir) return;
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${String(width)}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const rows = [
  'First Name,Last Name,Email,Username,Password',
  'Aya,Mori,aya.mori@example.org,aya_mori_apr,Welcome.2026',
  'Bo,Lind,bo.lind@example,bo_lind_apr,Welcome.2026',
  'Cy,Park,cy.park@example.org,cy_park_apr,Welcome.2026',
];

/** A built-in administrator other than portaladmin who signs in with a password (generated members: Roster.Member1). */
function secondAdministrator(listing: Record<string, unknown>) {
  const users = listing.users as { username: string; roleId?: string; disabled?: boolean; provider?: string }[];
  const second = users.find((user) => user.username !== demo.admin.username && !user.roleId && !user.disabled && user.provider === 'arcgis');
  if (!second) throw new Error('no second administrator seeded');
  return { username: second.username, password: 'Roster.Member1' };
}

test('a second administrator approves an import the first prepared; a plan is never approved by its preparer', async ({
  page,
  emulator,
  signInPage,
}, testInfo) => {
  test.setTimeout(180_000);
  await emulator.setSeatsLeft({ creatorUT: 100, editorUT: 100, fieldWorkerUT: 100, viewerUT: 100 });
  // Approver B: another built-in administrator of the seeded organization, in an approvers' group with A.
  const approver = secondAdministrator(await emulator.callAs(demo.admin, 'portals/self/users', { role: 'org_admin', num: '100' }));
  const created = (await emulator.callAs(demo.admin, 'community/createGroup', { title: 'Import approvers', access: 'private' })) as unknown as {
    group: { id: string };
  };
  await emulator.callAs(demo.admin, `community/groups/${created.group.id}/addUsers`, { users: approver.username });

  const file = testInfo.outputPath('new-staff.csv');
  writeFileSync(file, rows.join('\n') + '\n');
  const otherFile = testInfo.outputPath('new-staff-edited.csv');
  writeFileSync(otherFile, rows.join('\n').replace('Cy,Park', 'Cy,Parker') + '\n');
  const importPage = new ImportPage(page);

  // A prepares the import and submits it instead of adding.
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^2 members will be added/);
  await page.getByRole('button', { name: 'Submit for approval…' }).click();
  let dialog = page.getByRole('dialog', { name: 'Submit this import for approval' });
  await expect(dialog).toContainText('Passwords are not stored');
  await dialog.getByRole('combobox', { name: /Approvers' group/ }).click();
  await page.getByRole('option', { name: 'Import approvers' }).click();
  await dialog.getByLabel(/Comment for the approvers/).fill('New staff for March');
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'submit-dialog');
  await dialog.getByRole('button', { name: 'Submit for approval' }).click();
  await expect(dialog).toContainText('Submitted to Import approvers');
  await dialog.getByRole('link', { name: 'Open the plan' }).click();
  // The review stays in the browser (A may still add it): leaving says so.
  await page.getByRole('button', { name: 'Leave and lose it' }).click();

  // A sees it waiting and cannot approve it.
  await expect(page.getByRole('heading', { name: 'Import plan', level: 1 })).toBeVisible();
  await expect(page.getByText('Waiting', { exact: true })).toBeVisible();
  await expect(page.getByText('You prepared this plan: another administrator must approve or reject it.')).toBeVisible();
  await expect(page.getByRole('link', { name: /Approve and add/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Reject…' })).toHaveCount(0);
  const planUrl = page.url();
  const planId = new URL(planUrl).pathname.replace('/approvals/', '');
  // A direct attempt is refused with the reason.
  await page.goto(`/members/import?plan=${planId}&as=approve`);
  await expect(page.getByText('You prepared this plan: another administrator must approve or reject it.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Choose / })).toHaveCount(0);
  await signInPage.signOut();

  // B sees it waiting, and rejects it with a comment.
  await signInPage.goto('/approvals');
  await signInPage.signIn(approver.username, approver.password);
  const waiting = page.getByRole('region', { name: /Waiting for approval/ });
  await expect(waiting.getByRole('link', { name: 'new-staff.csv' })).toBeVisible();
  await expect(waiting).toContainText(demo.admin.username);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'approvals-list');
  await waiting.getByRole('link', { name: 'new-staff.csv' }).click();
  await expect(page.getByText('New staff for March')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Approve and add 2 members…' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'plan-page');
  await page.getByRole('button', { name: 'Reject…' }).click();
  dialog = page.getByRole('dialog', { name: 'Reject this plan' });
  await expect(dialog.getByRole('button', { name: 'Reject the plan' })).toBeDisabled();
  await dialog.getByLabel(/What needs to change/).fill('Line 3 has a bad email: fix it and include Bo.');
  await dialog.getByRole('button', { name: 'Reject the plan' }).click();
  await expect(page.getByText(/^Rejected by /)).toBeVisible();
  await signInPage.signOut();

  // A sees the comment, fixes the row and resubmits.
  await signInPage.goto('/approvals');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const rejected = page.getByRole('region', { name: /Rejected/ });
  await rejected.getByRole('link', { name: 'new-staff.csv' }).click();
  await expect(page.getByText('Line 3 has a bad email: fix it and include Bo.')).toBeVisible();
  await page.getByRole('link', { name: 'Fix and resubmit…' }).click();
  await page.getByLabel("The plan's file, new-staff.csv").setInputFiles(file);
  await expect(importPage.reviewGrid()).toBeVisible();
  await importPage.reviewRow(3).getByRole('button', { name: 'Fix line 3' }).click();
  const fix = page.getByRole('dialog', { name: 'Fix line 3' });
  await fix.getByLabel('Email').fill('bo.lind@example.org');
  await fix.getByRole('button', { name: 'Save and check again' }).click();
  await expect(importPage.summary()).toContainText(/^3 members will be added/);
  await page.getByRole('button', { name: 'Resubmit for approval…' }).click();
  dialog = page.getByRole('dialog', { name: 'Resubmit this import for approval' });
  await dialog.getByRole('button', { name: 'Resubmit for approval' }).click();
  await expect(dialog).toContainText('Resubmitted to Import approvers');
  await dialog.getByRole('link', { name: 'Open the plan' }).click();
  await page.getByRole('button', { name: 'Leave and lose it' }).click();
  await expect(page.getByText('Waiting (changed since the last decision)')).toBeVisible();
  await signInPage.signOut();

  // B approves: a different file is refused; the same file runs the import, and the report names both.
  await signInPage.goto(new URL(planUrl).pathname);
  await signInPage.signIn(approver.username, approver.password);
  await expect(page.getByText('Waiting (changed since the last decision)')).toBeVisible();
  await page.getByRole('link', { name: 'Approve and add 3 members…' }).click();
  await page.getByLabel("The plan's file, new-staff.csv").setInputFiles(otherFile);
  await expect(page.getByText(/new-staff-edited\.csv is not the file this plan was prepared from \(new-staff\.csv\)/)).toBeVisible();
  await shoot(page, 'wrong-file');
  await page.getByLabel("The plan's file, new-staff.csv").setInputFiles(file);
  await expect(importPage.summary()).toContainText(/^3 members will be added/);
  await page.getByRole('button', { name: 'Approve and add 3 members…' }).click();
  await page.getByRole('button', { name: 'Approve and add', exact: true }).click();
  await expect(importPage.reportSummary()).toHaveText('3 added, 0 already members, 0 failed, 0 not sent.', { timeout: 60_000 });
  await expect(page.getByText(`Prepared by ${demo.admin.username}, approved by ${approver.username}.`)).toBeVisible();
  await shoot(page, 'approved-report');
  expect(await emulator.memberExists('bo_lind_apr')).toBe(true);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download report (CSV)' }).click();
  const [header, ...reportRows] = readFileSync(await (await download).path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  expect(header).toMatch(/,prepared_by,approved_by,status,reason$/);
  expect(reportRows.filter((row) => row.includes(`,${demo.admin.username},${approver.username},added,`))).toHaveLength(3);

  // Another file is a new import: the plan stays with this run.
  await page.getByRole('button', { name: 'Import another file' }).click();
  await expect(page).toHaveURL(/\/members\/import$/);
  await expect(page.getByLabel('Member file')).toBeAttached();
  await expect(page.getByLabel("The plan's file, new-staff.csv")).toHaveCount(0);

  await page.goto('/approvals');
  await expect(page.getByRole('region', { name: /Approved/ }).getByRole('link', { name: 'new-staff.csv' })).toBeVisible();

  // The history keeps the run with both names.
  await page.goto('/history?member=bo_lind_apr');
  await expect(
    page
      .getByRole('grid', { name: 'Runs' })
      .getByRole('link', { name: `Import of new-staff.csv, prepared by ${demo.admin.username} and approved by ${approver.username}` }),
  ).toBeVisible({ timeout: 30_000 });
});
