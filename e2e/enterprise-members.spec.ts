import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';

import { demo, type Emulator, expect, test } from './fixtures';
import { ImportPage } from './pages/import-page';

type Account = { username: string; fullname: string; email: string };

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2 });

/** An identity-store account with an e-mail address that is not a member yet, chosen through the portal's own answers. */
async function newcomer(emulator: Emulator): Promise<Account> {
  const { users } = (await emulator.adminCall('security/users/searchEnterpriseUsers', { filter: '', maxCount: '60' })) as { users: Account[] };
  for (const account of users) {
    if (!account.email) continue;
    const user = await emulator.callAs(demo.admin, `community/users/${encodeURIComponent(account.username)}`);
    if (user.error) return account;
  }
  throw new Error('no identity-store account outside the organization');
}

async function openEnterpriseAdd(page: Page, signInPage: { goto: (path?: string) => Promise<void>; signIn: (u: string, p: string) => Promise<void> }) {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await page.getByRole('link', { name: 'Add enterprise members' }).click();
  await expect(page.getByRole('heading', { name: 'Add enterprise members', level: 1 })).toBeVisible();
  await expect(stepHeading(page, 'Find accounts')).toBeVisible();
}

test.describe('on ArcGIS Enterprise', () => {
  test.beforeEach(async ({ emulator }) => {
    await emulator.setProfile({ flavor: 'enterprise' });
  });

  test('an administrator finds one account in the identity store by name, reviews it and adds it as a Viewer', async ({ page, signInPage, emulator }) => {
    test.setTimeout(120_000);
    const account = await newcomer(emulator);
    await openEnterpriseAdd(page, signInPage);
    await expect(page.getByText('Automatic registration is off')).toBeVisible();

    const surname = account.fullname.split(' ').at(-1) ?? '';
    await page.getByRole('textbox', { name: 'Search the identity store' }).fill(surname);
    await page.getByRole('checkbox', { name: `${account.fullname} (${account.username})` }).check();
    await page.getByRole('button', { name: 'Review 1 account' }).click();

    await expect(stepHeading(page, 'Review')).toBeVisible();
    await expect(page.getByText('1 account will be added')).toBeVisible();
    await page.getByRole('combobox', { name: 'Role for every added account' }).click();
    await page.getByRole('option', { name: 'Viewer' }).click();
    await page.getByRole('combobox', { name: 'User type for every added account' }).click();
    await page.getByRole('option', { name: /^Viewer — / }).click();
    await page.getByRole('button', { name: 'Add 1 member' }).click();

    await expect(page.getByRole('status').filter({ hasText: '1 account added' })).toBeVisible({ timeout: 30_000 });
    const created = await emulator.callAs(demo.admin, `community/users/${encodeURIComponent(account.username)}`);
    expect(created).toMatchObject({
      username: account.username,
      provider: 'enterprise',
      idpUsername: account.username,
      userLicenseTypeId: 'viewerUT',
      email: account.email,
    });
  });

  test('the accounts of a large enterprise group are reviewed, members and accounts without e-mail reported, the rest added once', async ({
    page,
    signInPage,
    emulator,
  }) => {
    test.setTimeout(300_000);
    const group = 'HARBOR\\GIS Users';
    const { users } = (await emulator.adminCall('security/groups/getUsersWithinEnterpriseGroup', { groupName: group, maxCount: '5000' })) as {
      users: Account[];
    };
    const before = await emulator.listMembers({ provider: 'enterprise', num: '1' });

    await openEnterpriseAdd(page, signInPage);
    await page.getByRole('tab', { name: 'From an enterprise group' }).click();
    await page.getByRole('textbox', { name: 'Search enterprise groups' }).fill('GIS');
    await page.getByRole('button', { name: group }).click();
    await page.getByRole('button', { name: `Review the ${users.length.toLocaleString('en-US')} accounts of ${group}` }).click();

    await expect(stepHeading(page, 'Review')).toBeVisible();
    const noEmail = users.filter((u) => !u.email).length;
    const summary = page.getByRole('status').filter({ hasText: 'will be added' });
    await expect(summary).toContainText('are already members', { timeout: 30_000 });
    await expect(summary).toContainText(`${String(noEmail)} have no e-mail address (not added)`);
    const ready = Number(/([\d,]+) accounts will be added/.exec((await summary.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
    const members = Number(/([\d,]+) are already members/.exec((await summary.textContent()) ?? '')?.[1]?.replace(/,/g, ''));
    expect(ready + members + noEmail).toBe(users.length);

    // The reviewer drops one account they do not want.
    const grid = page.getByRole('grid', { name: 'Accounts to add' });
    const firstReady = grid.getByRole('button', { name: /^Remove / }).first();
    const removedLogin = ((await firstReady.getAttribute('aria-label')) ?? '').replace(/^Remove /, '');
    await firstReady.click();
    await expect(summary).toContainText('1 removed by you');

    await page.getByRole('combobox', { name: 'Role for every added account' }).click();
    await page.getByRole('option', { name: 'Viewer' }).click();
    await page.getByRole('combobox', { name: 'User type for every added account' }).click();
    await page.getByRole('option', { name: /^Viewer — / }).click();
    await page.getByRole('button', { name: `Add ${(ready - 1).toLocaleString('en-US')} members` }).click();

    const result = page.getByRole('status').filter({ hasText: 'added' });
    await expect(result).toContainText(`${(ready - 1).toLocaleString('en-US')} accounts added`, { timeout: 240_000 });
    await expect(result).toContainText(`${String(members)} already members`);
    await expect(result).toContainText(`${String(noEmail + 1)} accounts not sent`);
    await expect(page.getByRole('button', { name: 'Download results (CSV)' })).toBeEnabled();

    const after = await emulator.listMembers({ provider: 'enterprise', num: '1' });
    expect(after.total - before.total).toBe(ready - 1);
    const removed = await emulator.callAs(demo.admin, `community/users/${encodeURIComponent(removedLogin)}`);
    expect(removed.error).toBeDefined();
  });
});

test('on ArcGIS Enterprise the esri_* system accounts never appear among the members', async ({ page, signInPage, emulator }) => {
  await emulator.setProfile({ flavor: 'enterprise' });
  // The portal has them (a search that does not leave them out finds one) …
  expect(await emulator.countMembers('esri_livingatlas')).toBe(1);
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await page.getByRole('searchbox', { name: 'Search members' }).fill('esri_livingatlas');
  // … Roster's table does not list them.
  await expect(page.getByText('No members match “esri_livingatlas”.')).toBeVisible({ timeout: 30_000 });
  // Nor does it count them: the table's total is the portal's count without system accounts.
  const withSystem = await emulator.listMembers({ num: '1' });
  const withoutSystem = await emulator.listMembers({ num: '1', excludeSystemUsers: 'true' });
  expect(withSystem.total - withoutSystem.total).toBe(4);
  await page.getByRole('searchbox', { name: 'Search members' }).fill('');
  await expect(page.getByRole('status').filter({ hasText: /member/ })).toContainText(withoutSystem.total.toLocaleString('en-US'));
});

test.describe('a built-in member file on ArcGIS Enterprise', () => {
  test("is held to Enterprise's username rule: a 25-character and a hyphenated name are flagged, a valid one is ready", async ({
    page,
    signInPage,
    emulator,
  }, testInfo) => {
    await emulator.setProfile({ flavor: 'enterprise' });
    const file = testInfo.outputPath('enterprise-builtin.csv');
    writeFileSync(
      file,
      [
        'First Name,Last Name,Email,Username,Password,Role,User Type,Groups',
        `Long,Name,long.name@example.org,${'a'.repeat(25)},Welcome.2026,user,creatorUT,`,
        'Hy,Phen,hy.phen@example.org,bad-user.name,Welcome.2026,user,creatorUT,',
        'Good,Name,good.name@example.org,good_user1,Welcome.2026,user,creatorUT,',
      ].join('\r\n'),
    );
    await signInPage.goto('/members/import');
    await signInPage.signIn(demo.admin.username, demo.admin.password);
    const importPage = new ImportPage(page);
    await importPage.uploadPath(file);
    await importPage.continueToReview();
    await expect(importPage.reviewRow(2)).toContainText('must be 6 to 24 characters long on ArcGIS Enterprise (it has 25)');
    await expect(importPage.reviewRow(3)).toContainText('may contain only letters, digits and _ on ArcGIS Enterprise (not: - .)');
    await expect(importPage.reviewRow(4)).not.toContainText('ArcGIS Enterprise');
  });
});

test('on ArcGIS Online there is no enterprise identity store to add from', async ({ page, signInPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('link', { name: 'Import from file' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add enterprise members' })).toHaveCount(0);
  await page.goto('/members/add-enterprise');
  await expect(page.getByText('This portal is ArcGIS Online')).toBeVisible();
});
