import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';

import { demo, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';

/** The Portal Administrator and sharing requests the page makes that create accounts: Enterprise must use createUser. */
function accountWrites(page: Page) {
  const seen = { createUser: 0, invite: 0 };
  page.on('request', (request) => {
    const url = request.url();
    if (url.includes('/portaladmin/security/users/createUser')) seen.createUser += 1;
    if (url.includes('/portals/self/invite')) seen.invite += 1;
  });
  return seen;
}

const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2 });

test.describe('on ArcGIS Enterprise', () => {
  test.beforeEach(async ({ emulator, signInPage }) => {
    await emulator.setProfile({ flavor: 'enterprise' });
    await signInPage.goto('/members/import');
    await signInPage.signIn(demo.admin.username, demo.admin.password);
  });

  test("the seed document's built-in CSV is imported with createUser, and its members sign in with their passwords", async ({ page, emulator }) => {
    test.setTimeout(120_000);
    const writes = accountWrites(page);
    const importPage = new ImportPage(page);
    await importPage.upload('builtin-members.csv');
    await importPage.continueToReview();
    await expect(importPage.summary()).toContainText(/^2 members will be added/, { timeout: 30_000 });
    await importPage.addAll();
    await expect(importPage.reportSummary()).toHaveText('2 added, 0 already members, 0 failed, 0 not sent.', { timeout: 60_000 });

    expect(writes).toEqual({ createUser: 2, invite: 0 });
    const jcho = await emulator.callAs({ username: 'jcho11', password: 'jcho.1234' }, 'community/self');
    expect(jcho).toMatchObject({ username: 'jcho11', provider: 'arcgis', email: 'jcho@email.com' });
    expect(await emulator.callAs(demo.admin, 'community/users/srajhandas')).toMatchObject({ role: 'org_user', provider: 'arcgis' });
  });

  test('the CreateUsers pipe files, built-in and enterprise, are imported with createUser', async ({ page, emulator }) => {
    test.setTimeout(180_000);
    const writes = accountWrites(page);
    const importPage = new ImportPage(page);
    await importPage.upload('createusers-builtin.txt');
    await importPage.continueToReview();
    await expect(importPage.summary()).toContainText(/^2 members will be added/, { timeout: 30_000 });
    await importPage.addAll();
    await expect(importPage.reportSummary()).toHaveText('2 added, 0 already members, 0 failed, 0 not sent.', { timeout: 60_000 });
    expect(await emulator.callAs({ username: 'pubuser1', password: 'changepasswordlater1' }, 'community/self')).toMatchObject({
      username: 'pubuser1',
      fullName: 'Barbara Williams',
    });

    await page.getByRole('button', { name: 'Import another file' }).click();
    await importPage.upload('createusers-enterprise.txt');
    await importPage.continueToReview();
    await expect(importPage.summary()).toContainText(/^5 members will be added/, { timeout: 30_000 });
    await importPage.addAll();
    await expect(importPage.reportSummary()).toHaveText('5 added, 0 already members, 0 failed, 0 not sent.', { timeout: 60_000 });

    expect(writes).toEqual({ createUser: 7, invite: 0 });
    expect(await emulator.callAs(demo.admin, `community/users/${encodeURIComponent('jcho111@DOMAIN')}`)).toMatchObject({
      provider: 'enterprise',
      idpUsername: 'jcho111@DOMAIN',
      email: 'jcho@domain.com',
      description: 'department b',
    });
    expect(await emulator.callAs(demo.admin, `community/users/${encodeURIComponent('djohnson308@DOMAIN')}`)).toMatchObject({
      provider: 'enterprise',
      idpUsername: 'djohnson@domain.com',
    });
  });

  test('a built-in member is added one at a time with createUser, then put in the default group', async ({ page, emulator }) => {
    test.setTimeout(120_000);
    const writes = accountWrites(page);
    await page.goto('/members/add');
    await expect(stepHeading(page, 'Details')).toBeVisible();
    await field(page, 'First name').fill('Nora');
    await field(page, 'Last name').fill('Quinn');
    await field(page, 'Email').fill('nora.quinn@harborcity.example');
    // The suggestion follows Enterprise's built-in rule (no dot); a dotted name typed in is refused with that rule.
    await expect(field(page, 'Username')).toHaveValue('nora_quinn');
    await field(page, 'Username').fill('nora.quinn');
    await field(page, 'Username').blur();
    await expect(field(page, 'Username')).toHaveAccessibleDescription(/may contain only letters, digits and _ on ArcGIS Enterprise/);
    await field(page, 'Username').fill('nora_quinn');
    await expect(field(page, 'Username')).toHaveAccessibleDescription(/Available$/);
    await field(page, 'Password').fill('Harbor.Start2026');
    await page.getByRole('button', { name: 'Next: review' }).click();
    await expect(stepHeading(page, 'Review')).toBeFocused();
    await page.getByRole('button', { name: 'Add member' }).click();

    await expect(page.getByText('nora_quinn was added')).toBeVisible({ timeout: 30_000 });
    expect(writes).toEqual({ createUser: 1, invite: 0 });
    expect(await emulator.callAs({ username: 'nora_quinn', password: 'Harbor.Start2026' }, 'community/self')).toMatchObject({ username: 'nora_quinn' });
    // The organization's default group (createUser takes no groups: Roster adds it afterwards).
    const groups = (await emulator.callAs(demo.admin, 'community/users/nora_quinn')) as { groups?: { title: string }[] };
    expect(groups.groups?.map((group) => group.title)).toContain('All Staff');
  });
});

test('on ArcGIS Enterprise an import under faults, with an expired token and a reload, adds every new row exactly once', async ({
  page,
  emulator,
  signInPage,
}, testInfo) => {
  test.setTimeout(240_000);
  await emulator.setProfile({ flavor: 'enterprise' });
  await emulator.setSeatsLeft({ creatorUT: 1000, viewerUT: 1000 });
  // 20 rows name built-in members the organization already has, with their own addresses.
  const existing = (await emulator.callAs(demo.admin, 'portals/self/users', { start: '100', num: '20', sortField: 'username', provider: 'arcgis' })).users as {
    username: string;
    firstName: string;
    lastName: string;
    email: string;
  }[];
  expect(existing).toHaveLength(20);
  const rows = Array.from({ length: 600 }, (_, index) => {
    const n = String(index).padStart(4, '0');
    return `Fault,Tester${n},fault.tester${n}@faults.example,ftester${n},Welcome.${n},user,Creator`;
  });
  existing.forEach((member, index) =>
    rows.splice(index * 30 + 5, 0, `${member.firstName},${member.lastName},${member.email},${member.username},Welcome.9999,user,Creator`),
  );
  const file = testInfo.outputPath('enterprise-under-faults.csv');
  writeFileSync(file, ['First Name,Last Name,Email,Username,Password,Role,User Type', ...rows].join('\n'));

  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^600 members will be added: .*; 20 already members\./, { timeout: 60_000 });

  // One request in ten fails (503, 429, dropped connection in turn); the tokens expire once and the first refresh fails.
  await emulator.setFaults({ failEvery: 10, failureKind: 'mixed', expireTokensAfter: 60, failTokenRefreshes: 1, latencyMs: 100 });
  await importPage.addAll();
  await expect(page.getByRole('status').filter({ hasText: /^[1-9][\d,]* of [\d,]+ rows done/ })).toBeVisible({ timeout: 60_000 });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();

  await expect(page.getByText(/The import of enterprise-under-faults\.csv did not finish/)).toBeVisible({ timeout: 30_000 });
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/; 20 already members, [1-9][\d,]* done by the interrupted run\./, { timeout: 60_000 });
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('600 added, 20 already members, 0 failed, 0 not sent.', { timeout: 180_000 });

  const injected = await emulator.faultStatus();
  expect(injected.counters.failures).toBeGreaterThan(5);
  expect(injected.counters.tokenExpiries).toBe(1);
  await emulator.setFaults({});
  expect(await emulator.countMembers('faults')).toBe(600);
  const again = (await emulator.callAs(demo.admin, 'portals/self/users', { start: '100', num: '20', sortField: 'username', provider: 'arcgis' })).users as {
    email: string;
  }[];
  expect(again.map((member) => member.email)).toEqual(existing.map((member) => member.email));
});
