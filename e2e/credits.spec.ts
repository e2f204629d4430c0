import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';

test.describe.configure({ timeout: 90_000 });

const creditsOf = async (emulator: { callAs: (a: typeof demo.admin, p: string) => Promise<Record<string, unknown>> }, username: string) =>
  emulator.callAs(demo.admin, `community/users/${username}`);

test('an administrator allocates credits to one member on their page, and the page shows it', async ({ page, signInPage, emulator }) => {
  const member = new MemberPage(page);
  await signInPage.goto('/members/carla.rossi');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const credits = member.section('Credits');
  await expect(credits).toContainText('AllocatedNo allocation');

  await credits.getByRole('button', { name: 'Allocate credits…' }).click();
  const amount = member.dialog().getByRole('textbox', { name: 'Credits to allocate' });
  await amount.fill('-3');
  await expect(member.dialog()).toContainText('Enter a whole number of credits, 0 or more');
  await expect(member.confirmButton('Confirm')).toBeDisabled();
  await amount.fill('150');
  await expect(member.dialog().getByRole('status', { name: 'Preview' })).toHaveText('Allocate 150 credits to 1 member.');
  expect(await seriousViolations(page)).toEqual([]);
  await member.confirmButton('Allocate 150 credits to 1 member').click();
  await expect(member.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await member.close();
  await expect(credits).toContainText('Allocated150');
  await expect(credits).toContainText('Available150');
  expect(await creditsOf(emulator, 'carla.rossi')).toMatchObject({ assignedCredits: 150 });

  await credits.getByRole('button', { name: 'Remove allocation' }).click();
  await member.confirmButton('Remove the credit allocation of 1 member').click();
  await expect(member.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await member.close();
  await expect(credits).toContainText('AllocatedNo allocation');
  expect(await seriousViolations(page)).toEqual([]);
});

test('allocating to all members that match, then removing, with a report per member', async ({ page, signInPage, emulator, membersPage }) => {
  const member = new MemberPage(page);
  const { total: matching, usernames } = await emulator.listMembers({ role: 'org_admin', num: '100' });
  expect(matching).toBeGreaterThan(1);
  await signInPage.goto('/members?role=org_admin');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await membersPage.selectFirstRow();
  const selectAll = page.getByRole('button', { name: `Select all ${String(matching)} that match` });
  await selectAll.click();

  await member.openAction('Allocate credits');
  await member.dialog().getByRole('textbox', { name: 'Credits to allocate' }).fill('40');
  await member.confirmButton(`Allocate 40 credits to ${String(matching)} members`).click();
  await expect(member.resultSummary()).toHaveText(`${String(matching)} done, 0 failed, 0 unchanged, 0 skipped.`);
  await expect(member.results().getByRole('row').filter({ hasText: 'Done' }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await member.close();
  for (const username of usernames.slice(0, 3)) expect(await creditsOf(emulator, username)).toMatchObject({ assignedCredits: 40 });

  await membersPage.selectFirstRow();
  await selectAll.click();
  await member.openAction('Remove credit allocation');
  await member.confirmButton(`Remove the credit allocation of ${String(matching)} members`).click();
  await expect(member.resultSummary()).toHaveText(`${String(matching)} done, 0 failed, 0 unchanged, 0 skipped.`);
  await member.close();
  for (const username of usernames.slice(0, 3)) expect(await creditsOf(emulator, username)).toMatchObject({ assignedCredits: -1 });
});

test('the overview shows the organization’s credits; with allocation off the member page says so and offers nothing', async ({
  page,
  signInPage,
  emulator,
}) => {
  await signInPage.goto('/overview');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('listitem').filter({ hasText: 'Available credits' })).toContainText('12,500');

  await emulator.setProfile({ creditAllocationOff: true });
  const member = new MemberPage(page);
  await member.goto('ana.lima');
  await expect(member.section('Credits')).toContainText('Credit allocation is turned off for this organization.');
  await expect(member.section('Credits').getByRole('button')).toHaveCount(0);
  await member.actionsButton().click();
  await expect(page.getByRole('menuitem', { name: 'Allocate credits…' })).toHaveCount(0);
});

test('on ArcGIS Enterprise there are no credits: the overview and the member page say so', async ({ page, signInPage, emulator }) => {
  await emulator.setProfile({ flavor: 'enterprise' });
  await signInPage.goto('/overview');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('listitem').filter({ hasText: 'Available credits' })).toContainText('This portal does not use credits');
  const member = new MemberPage(page);
  await member.goto('portaladmin');
  await expect(member.section('Credits')).toContainText('This portal does not use credits.');
  expect(await seriousViolations(page)).toEqual([]);
});
