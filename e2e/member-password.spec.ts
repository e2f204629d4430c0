import type { Page } from '@playwright/test';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';
import type { SignInPage } from './pages/sign-in-page';

const MEMBER = { username: 'ana.lima', fullName: 'Ana Lima' };

async function openMemberAsAdmin(page: Page, signInPage: SignInPage, username = MEMBER.username): Promise<MemberPage> {
  await signInPage.goto(`/members/${username}`);
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const memberPage = new MemberPage(page);
  await expect(memberPage.account()).toBeVisible();
  return memberPage;
}

const resetDialog = (page: Page) => page.getByRole('dialog', { name: `Reset the password of ${MEMBER.username}` });

test('on ArcGIS Online an administrator has the portal e-mail a built-in member a password reset', async ({ page, signInPage, emulator }) => {
  const memberPage = await openMemberAsAdmin(page, signInPage);
  await memberPage.openAction('Reset password');
  const dialog = resetDialog(page);
  await expect(dialog).toContainText(`ArcGIS Online sends ${MEMBER.username} an e-mail at ${MEMBER.username}@`);
  expect(await seriousViolations(page)).toEqual([]);
  expect(await emulator.passwordResetEmails()).toEqual([]);

  await dialog.getByRole('button', { name: `Send a password reset e-mail to ${MEMBER.username}` }).click();
  await expect(dialog.getByRole('alert')).toContainText(`sends the e-mail to ${MEMBER.username}`);
  expect(await emulator.passwordResetEmails()).toEqual([expect.objectContaining({ username: MEMBER.username })]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the member page says Roster cannot reset multifactor authentication and where the portal does it', async ({ page, signInPage }) => {
  const memberPage = await openMemberAsAdmin(page, signInPage);
  await expect(memberPage.account()).toContainText('Multi-factor authenticationOn');
  await expect(memberPage.account()).toContainText('Roster cannot reset or turn off multifactor authentication');
  await expect(memberPage.account()).toContainText('on the Organization page’s Members tab');
});

test('an enterprise (SAML) member has no Reset password, and the page says why', async ({ page, signInPage }) => {
  const memberPage = await openMemberAsAdmin(page, signInPage, 'eva.schmidt');
  await expect(memberPage.account()).toContainText('Enterprise (SAML)');
  await expect(memberPage.account()).toContainText('eva.schmidt signs in through the organization’s identity provider, which keeps their password');
  await memberPage.actionsButton().click();
  await expect(page.getByRole('menuitem', { name: 'Change role…' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Reset password/ })).toHaveCount(0);
});

test('a help desk member and a viewer get no Reset password, and the portal refuses them', async ({ page, signInPage, emulator }) => {
  await signInPage.goto(`/members/${MEMBER.username}`);
  await signInPage.signIn(demo.helpdesk.username, demo.helpdesk.password);
  await expect(page.getByRole('heading', { name: MEMBER.fullName, level: 1 })).toBeVisible();
  await expect(new MemberPage(page).account()).toContainText('Built-in (ArcGIS)');
  await expect(page.getByRole('button', { name: 'Actions' })).toHaveCount(0);
  await expect(page.getByText(/Reset password/)).toHaveCount(0);

  await signInPage.signOut();
  await signInPage.goto(`/members/${MEMBER.username}`);
  await signInPage.signIn(demo.viewer.username, demo.viewer.password);
  await expect(page.getByText(/needs the privilege to view members/)).toBeVisible();
  await expect(page.getByText(/Reset password/)).toHaveCount(0);

  for (const account of [demo.helpdesk, demo.viewer]) {
    const answer = await emulator.callAs(account, `community/users/${MEMBER.username}/reset`, { email: 'true' });
    expect(answer.error).toMatchObject({ code: 403 });
  }
  expect(await emulator.passwordResetEmails()).toEqual([]);
});

test.describe('on ArcGIS Enterprise', () => {
  test.beforeEach(async ({ emulator }) => {
    await emulator.setProfile({ flavor: 'enterprise' });
  });

  test('an administrator sets a temporary password, sees it once, and the member signs in with it', async ({ page, context, signInPage, emulator }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const memberPage = await openMemberAsAdmin(page, signInPage);
    await memberPage.openAction('Reset password');
    const dialog = resetDialog(page);
    await expect(dialog).toContainText('shows it to you once');
    await expect(dialog).toContainText('The organization’s password policy: a password');
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: `Set a temporary password for ${MEMBER.username}` }).click();
    const field = dialog.getByRole('textbox', { name: 'Temporary password' });
    await expect(field).toBeVisible();
    const password = await field.inputValue();
    expect(password.length).toBeGreaterThanOrEqual(8);
    await expect(dialog.getByRole('alert')).toContainText('It is shown only now');
    expect(await seriousViolations(page)).toEqual([]);

    await dialog.getByRole('button', { name: 'Copy' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(password);

    // Once closed, it is gone: reopening offers a new one and never shows the old.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await memberPage.openAction('Reset password');
    await expect(dialog.getByRole('button', { name: `Set a temporary password for ${MEMBER.username}` })).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Temporary password' })).toHaveCount(0);
    expect(await page.content()).not.toContain(password);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    // Never in an address: not the app's, not any request's.
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => url.includes(encodeURIComponent(password)) || url.includes(password))).toEqual([]);
    expect(page.url()).not.toContain(password);
    expect(await emulator.passwordResetEmails()).toEqual([]);
    // The member's old password no longer works.
    expect(await emulator.tokenFor({ username: MEMBER.username, password: 'Roster.Member1' })).toBeUndefined();

    await signInPage.signOut();
    await signInPage.signIn(MEMBER.username, password);
    await expect(page.getByRole('button', { name: `${MEMBER.fullName} account menu` })).toBeVisible();
  });
});
