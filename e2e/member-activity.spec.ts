import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';
import { OverviewPage } from './pages/overview-page';

const member = { username: 'grace.receiver', password: 'Roster.Member1' };
const DAY = 24 * 60 * 60 * 1000;

test('the member page shows a role change with who made it, and the member’s sign-in', async ({ page, signInPage, emulator }) => {
  await emulator.callAs(member, 'community/self');
  await signInPage.goto('/members/carla.rossi');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const memberPage = new MemberPage(page);
  await memberPage.openAction('Change role');
  await memberPage.choose('New role', /^Viewer$/);
  await memberPage.confirmButton('Change the role of 1 member to Viewer').click();
  await expect(memberPage.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await memberPage.close();

  const activity = memberPage.section('Activity');
  await activity.getByRole('tab', { name: 'Changes by administrators' }).click();
  const changes = activity.getByRole('table', { name: 'Changes by administrators' });
  await expect(changes.getByRole('row').nth(1)).toContainText('Updated member carla.rossi');
  await expect(changes.getByRole('row').nth(1)).toContainText('(portaladmin)');
  await expect(changes.getByRole('row').nth(1)).toContainText('role: Viewer');
  expect(await seriousViolations(page)).toEqual([]);

  await memberPage.goto(member.username);
  const done = memberPage.section('Activity').getByRole('table', { name: 'What the member did' });
  await expect(done.getByRole('row').nth(1)).toContainText('Signed in');
  await expect(done.getByRole('row').nth(1)).toContainText(`(${member.username})`);
});

test('the inactive review lists a member who has not signed in since a date, with their items', async ({ page, signInPage }) => {
  // dan.ng last signed in 400 days ago and owns 2 items.
  const before = new Date(Date.now() - 400 * DAY).toISOString().slice(0, 10);
  await signInPage.goto(`/members/inactive?before=${before}`);
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('heading', { name: 'Inactive members', level: 1 })).toBeVisible();
  const table = page.getByRole('table', { name: 'Inactive members' });
  // Oldest sign-in first: he signed in last of those listed, on the last page.
  await expect(table).toBeVisible();
  await page.getByRole('button', { name: 'Go to last page' }).click();
  const dan = table.getByRole('row').filter({ hasText: '(dan.ng)' });
  await expect(dan).toContainText('Disabled');
  await expect(dan.getByRole('cell').nth(2)).toHaveText('2');
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('link', { name: 'Select them in the members table' }).click();
  await expect(page).toHaveURL(new RegExp(`/members\\?login=range&to=${before}`));
});

test('a member without the administrator role cannot read the activity history', async ({ page, signInPage }) => {
  await signInPage.goto('/members/carla.rossi');
  await signInPage.signIn(demo.helpdesk.username, demo.helpdesk.password);
  await expect(new MemberPage(page).section('Activity')).toContainText('The portal lets only its administrators read the organization’s activity history.');
});

test('a role change names the role, and a custom role deleted since reads as a custom role with its id', async ({ page, signInPage, emulator }) => {
  const kept = await emulator.createRole('Field Auditors', ['portal:user:viewOrgUsers']);
  const gone = await emulator.createRole('Term Reviewers', ['portal:user:viewOrgUsers']);
  expect(await emulator.callAs(demo.admin, 'portals/self/updateUserRole', { user: 'carla.rossi', role: gone })).toMatchObject({ success: true });
  expect(await emulator.callAs(demo.admin, 'portals/self/updateUserRole', { user: 'carla.rossi', role: kept })).toMatchObject({ success: true });
  expect(await emulator.callAs(demo.admin, `portals/self/roles/${gone}/delete`)).toMatchObject({ success: true });

  await signInPage.goto('/members/carla.rossi');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const activity = new MemberPage(page).section('Activity');
  await activity.getByRole('tab', { name: 'Changes by administrators' }).click();
  const rows = activity.getByRole('table', { name: 'Changes by administrators' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('role: Field Auditors');
  await expect(rows.nth(2)).toContainText(`role: a custom role (${gone})`);
});

test('the overview’s last sign-in card opens the inactive review', async ({ page, signInPage }) => {
  await signInPage.goto('/');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await new OverviewPage(page).panel('Last sign-in').getByRole('link', { name: 'Review inactive members, with what they own' }).click();
  await expect(page).toHaveURL(/\/members\/inactive$/);
  await expect(page.getByRole('heading', { name: 'Inactive members', level: 1 })).toBeVisible();
});
