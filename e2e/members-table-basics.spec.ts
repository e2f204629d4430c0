import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ signInPage, membersPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.rows()).not.toHaveCount(0, { timeout: 30_000 });
});

test('an administrator sorts by role where the organization listing can, and the search says when it cannot', async ({ page, emulator, membersPage }) => {
  const listing = await emulator.callAs(demo.admin, 'portals/self/users', { sortField: 'role', sortOrder: 'desc', num: '25', excludeSystemUsers: 'true' });
  const firstByRoleDesc = (listing.users as { username: string }[])[0]?.username ?? '';

  await membersPage.sortBy('Role');
  await expect(page).toHaveURL(/sort=role&order=asc/);
  await membersPage.sortBy('Role');
  await expect(page).toHaveURL(/sort=role&order=desc/);
  await expect(membersPage.rows().first()).toContainText(firstByRoleDesc);
  await expect(membersPage.grid().getByRole('columnheader', { name: 'Role' })).toHaveAttribute('aria-sort', 'descending');
  expect(await seriousViolations(page)).toEqual([]);

  // The member search documents fewer sort fields: the table says so instead of showing a wrong order as sorted.
  await membersPage.search().fill('smith');
  await expect(page.getByText(/member search cannot sort by role/)).toBeVisible();
});

test('the Columns choice belongs to the signed-in person of this portal, and the old shared choice moves over once', async ({ page, membersPage }) => {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('roster.members.hiddenColumns')) localStorage.removeItem(key);
    localStorage.setItem('roster.members.hiddenColumns', '["email"]');
  });
  await page.reload();
  await expect(membersPage.rows()).not.toHaveCount(0, { timeout: 30_000 });
  await expect(membersPage.grid().getByRole('columnheader', { name: 'Email', exact: true })).toHaveCount(0);
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('roster.members.hiddenColumns')));
  expect(keys).toEqual([expect.stringMatching(/^roster\.members\.hiddenColumns:.+:portaladmin$/)]);
});
