import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';

test.beforeEach(async ({ signInPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
});

test('change a member’s role from the member page and see it there and in the members table', async ({ page, membersPage }) => {
  const memberPage = new MemberPage(page);
  await membersPage.search().fill('carla.rossi');
  await membersPage.rowFor('carla.rossi').getByRole('link', { name: 'carla.rossi' }).click();
  await expect(page).toHaveURL(/\/members\/carla\.rossi$/);
  await expect(memberPage.account()).toContainText('Mobile Worker');
  await expect(memberPage.account()).toContainText('Never');
  await expect(memberPage.privileges()).toContainText('Create, update and delete content');

  // The portal does not say which roles a user type allows, so Publisher is offered; Mobile Worker does not allow
  // publishing, and the portal's own refusal is what the result shows.
  await memberPage.openAction('Change role');
  await memberPage.choose('New role', /^Publisher$/);
  await memberPage.confirmButton('Change the role of 1 member to Publisher').click();
  await expect(memberPage.resultSummary()).toHaveText('0 done, 1 failed, 0 unchanged, 0 skipped.');
  await expect(memberPage.results()).toContainText('Mobile Worker');
  await memberPage.close();

  await memberPage.openAction('Change role');
  await memberPage.choose('New role', /^Viewer$/);
  await expect(memberPage.dialog().getByRole('status', { name: 'Preview' })).toContainText('Change the role of 1 member to Viewer.');
  await memberPage.confirmButton('Change the role of 1 member to Viewer').click();
  await expect(memberPage.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await memberPage.close();

  await expect(memberPage.account()).toContainText('Viewer');
  await expect(page.getByRole('heading', { name: 'Privileges of the role Viewer' })).toBeVisible();
  await expect(memberPage.privileges()).not.toContainText('Create, update and delete content');
  await expect(memberPage.privileges()).toContainText('Join groups in the organization');

  await page.getByRole('link', { name: 'Members' }).first().click();
  await membersPage.search().fill('carla.rossi');
  await expect(membersPage.rowFor('carla.rossi')).toContainText('Viewer');
});

test('disable, then enable a member', async ({ page }) => {
  const memberPage = new MemberPage(page);
  await memberPage.goto('carla.rossi');
  await memberPage.openAction('Disable');
  await memberPage.confirmButton('Disable 1 member').click();
  await expect(memberPage.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await memberPage.close();
  await expect(memberPage.account()).toContainText('Disabled');

  await memberPage.openAction('Enable');
  await memberPage.confirmButton('Enable 1 member').click();
  await expect(memberPage.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await memberPage.close();
  await expect(memberPage.account()).toContainText('Active');
});

test('deleting a member who owns content says so first and offers transfer and delete, never a plain delete', async ({ page, emulator }) => {
  const memberPage = new MemberPage(page);
  const owned = await emulator.ownedItemCount('ana.lima');
  expect(owned).toBeGreaterThan(0);

  await memberPage.goto('ana.lima');
  await expect(memberPage.section('Content')).toContainText(`${String(owned)} items`);
  await expect(memberPage.section('Content').getByRole('link', { name: 'Browse the content of ana.lima' })).toHaveAttribute('href', '/content/ana.lima');
  await memberPage.openAction('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete ana.lima' });
  await expect(dialog.getByRole('status')).toContainText(`ana.lima owns ${String(owned)} items and 1 group.`);
  await expect(dialog.getByLabel('Move everything to')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Delete ana.lima' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await emulator.memberExists('ana.lima')).toBe(true);
  await expect(page.getByRole('heading', { name: 'Ana Lima', level: 1 })).toBeVisible();
});

test('edit the profile; a bad email is named before anything is sent', async ({ page }) => {
  const memberPage = new MemberPage(page);
  await memberPage.goto('ben.okafor');
  await memberPage.section('Profile').getByRole('button', { name: 'Edit profile' }).click();
  await memberPage.dialog().getByLabel('Email').fill('ben@');
  await memberPage.dialog().getByRole('button', { name: 'Save profile' }).click();
  await expect(memberPage.dialog()).toContainText('Email must be an address such as name@example.org.');
  await memberPage.dialog().getByLabel('Email').fill('ben.okafor@water.example');
  await memberPage.dialog().getByLabel('Description').fill('Water utilities data editor');
  await memberPage.dialog().getByRole('button', { name: 'Save profile' }).click();
  await expect(memberPage.dialog()).toBeHidden();
  await expect(memberPage.section('Profile')).toContainText('ben.okafor@water.example');
  await expect(memberPage.section('Profile')).toContainText('Water utilities data editor');
});

test('editing your own name shows in the header at once', async ({ page }) => {
  const memberPage = new MemberPage(page);
  await expect(page.getByRole('button', { name: 'Portal Administrator account menu' })).toBeVisible();
  await memberPage.goto(demo.admin.username);
  await memberPage.section('Profile').getByRole('button', { name: 'Edit profile' }).click();
  await memberPage.dialog().getByLabel('First name').fill('Pat');
  await memberPage.dialog().getByLabel('Last name').fill('Admin');
  await memberPage.dialog().getByRole('button', { name: 'Save profile' }).click();
  await expect(memberPage.dialog()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Pat Admin account menu' })).toBeVisible();
});

test('the member page and its action dialog have no serious accessibility violations', async ({ page }) => {
  const memberPage = new MemberPage(page);
  await memberPage.goto('ana.lima');
  await expect(memberPage.section(/^Groups/)).toContainText('Parcel Editors');
  await expect(memberPage.section('Content')).toContainText('items');
  expect(await seriousViolations(page)).toEqual([]);
  await memberPage.openAction('Change user type');
  await expect(memberPage.dialog().getByLabel('New user type')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a group invitation the member has not answered shows on the member page until accepted', async ({ page, emulator }) => {
  // The Help Desk group's owner may not add members directly, so the portal sends an invitation.
  const helpDesk = await emulator.groupIdByTitle('Help Desk');
  expect(await emulator.callAs(demo.helpdesk, `community/groups/${helpDesk}/invite`, { users: 'carla.rossi', role: 'group_admin' })).toMatchObject({
    success: true,
  });
  const memberPage = new MemberPage(page);
  await memberPage.goto('carla.rossi');
  const invitations = page.getByRole('table', { name: 'Pending invitations' });
  await expect(invitations.getByRole('row').filter({ hasText: 'Help Desk' })).toContainText('Manager');
  await expect(invitations).toContainText('helpdesk_demo');
  expect(await seriousViolations(page)).toEqual([]);

  const carla = { username: 'carla.rossi', password: 'Roster.Member1' };
  const { userInvitations } = (await emulator.callAs(carla, 'community/users/carla.rossi/invitations')) as { userInvitations: { id: string }[] };
  expect(await emulator.callAs(carla, `community/users/carla.rossi/invitations/${userInvitations[0]?.id ?? ''}/accept`)).toMatchObject({ success: true });
  await page.reload();
  await expect(memberPage.section('Pending invitations')).toContainText('No pending invitations.');
  await expect(
    memberPage
      .section(/^Groups/)
      .getByRole('row')
      .filter({ hasText: 'Help Desk' }),
  ).toContainText('Manager');
});
