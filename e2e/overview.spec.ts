import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { OverviewPage } from './pages/overview-page';

const DAY = 86_400_000;

test.beforeEach(async ({ page, signInPage }) => {
  await signInPage.goto('/');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(new OverviewPage(page).heading()).toBeVisible();
});

test('administrators land on the overview, whose numbers match the portal', async ({ page, emulator }) => {
  const overview = new OverviewPage(page);
  await expect(page).toHaveURL(/\/overview$/);
  const { total: members } = await emulator.listMembers({});
  await expect(
    overview
      .totals()
      .getByRole('listitem')
      .filter({ hasText: /^Members/ }),
  ).toHaveText(`Members${members.toLocaleString('en-US')}`);
  // No document says a member search honours `disabled:` or `lastlogin:`; this portal does not, and the overview says so.
  await expect(
    overview
      .totals()
      .getByRole('listitem')
      .filter({ hasText: /^Disabled members/ }),
  ).toContainText('Not reported by the portal');
  await expect(overview.panel('Last sign-in')).toContainText('does not report last sign-in times');
  await expect(
    overview
      .totals()
      .getByRole('listitem')
      .filter({ hasText: /^Groups/ }),
  ).toContainText('40');

  const viewer = await emulator.roleIdNamed('Viewer');
  const byRole: [string, string][] = [
    ['Administrator', 'org_admin'],
    ['User', 'org_user'],
    ['Viewer', viewer],
  ];
  for (const [label, role] of byRole) {
    const { total } = await emulator.listMembers({ role });
    await expect(overview.entry('Members by role', label)).toHaveText(new RegExp(`${total.toLocaleString('en-US')}$`));
  }

  await expect(overview.entry('User types and seats', 'Creator')).toContainText(/\d+ of [\d,]+ Creator seats left/);
  await expect(overview.chart('Members by role')).toBeVisible();
  await expect(overview.chart('User types and seats')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('on a portal whose search honours last sign-in and status, the overview counts them', async ({ page, emulator }) => {
  const overview = new OverviewPage(page);
  await emulator.setProfile({ extensions: true });
  await page.reload();
  const disabled = await emulator.countMembers('disabled:true');
  await expect(
    overview
      .totals()
      .getByRole('listitem')
      .filter({ hasText: /^Disabled members/ }),
  ).toContainText(disabled.toLocaleString('en-US'));
  // The buckets are whole UTC days, as the members table reads its date filter.
  const today = Math.floor(Date.now() / DAY) * DAY;
  const never = await emulator.countMembers('lastlogin:-1');
  const lastMonth = await emulator.countMembers(`lastlogin:[${String(today - 29 * DAY)} TO ${String(today + DAY - 1)}]`);
  await expect(overview.entry('Last sign-in', 'Never signed in')).toHaveText(new RegExp(`${never.toLocaleString('en-US')}$`));
  await expect(overview.entry('Last sign-in', 'Last 30 days')).toHaveText(new RegExp(`${lastMonth.toLocaleString('en-US')}$`));
  await expect(overview.chart('Last sign-in')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a bar and a listed number each open the members table with that filter', async ({ page, emulator, membersPage }) => {
  const overview = new OverviewPage(page);
  // Last-sign-in links need a portal whose search honours lastlogin:.
  await emulator.setProfile({ extensions: true });
  await page.reload();
  const viewer = await emulator.roleIdNamed('Viewer');
  const { total: viewers } = await emulator.listMembers({ role: viewer });
  await expect(overview.chart('Members by role')).toBeVisible();
  await overview.clickBar('Members by role', 'Viewer');
  await expect(page).toHaveURL(new RegExp(`/members\\?role=${viewer}$`));
  await expect(membersPage.summary()).toHaveText(new RegExp(`^${String(viewers)} members match the filters`));

  await page.goBack();
  await expect(overview.heading()).toBeVisible();
  const never = await emulator.countMembers('lastlogin:-1');
  await overview.entry('Last sign-in', 'Never signed in').click();
  await expect(page).toHaveURL(/\/members\?login=never$/);
  await expect(membersPage.summary()).toHaveText(new RegExp(`^${String(never)} members match the filters`));

  await page.goBack();
  const older = overview.entry('Last sign-in', 'A year ago or more');
  const olderCount = Number((await older.textContent())?.match(/([\d,]+)$/)?.[1]?.replace(/,/g, ''));
  await older.click();
  await expect(page).toHaveURL(/\/members\?login=range&to=\d{4}-\d{2}-\d{2}$/);
  await expect(membersPage.summary()).toHaveText(new RegExp(`^${olderCount.toLocaleString('en-US')} members match the filters`));

  await page.goBack();
  const { total: creators } = await emulator.listMembers({ userLicenseType: 'creatorUT' });
  await overview.entry('User types and seats', 'Creator').click();
  await expect(page).toHaveURL(/\/members\?type=creatorUT$/);
  await expect(membersPage.summary()).toHaveText(new RegExp(`^${creators.toLocaleString('en-US')} members match the filters`));
});
