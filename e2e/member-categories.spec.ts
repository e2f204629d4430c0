import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';

test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ signInPage, membersPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.rows()).not.toHaveCount(0, { timeout: 30_000 });
});

test("an administrator filters the members by a category of the tree, and sees a member's categories on their page", async ({ page, membersPage }) => {
  await page.getByRole('combobox', { name: 'Category' }).click();
  // Branches of the tree are headings; members hold the leaves.
  await expect(page.getByRole('option', { name: 'Department', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await page.getByRole('option', { name: 'Public Works', exact: true }).click();
  await expect(page).toHaveURL(/category=%2FCategories%2FDepartment%2FPublic\+Works/);
  await expect(membersPage.rows()).toHaveCount(2);
  await expect(membersPage.rowFor('ben.okafor')).toBeVisible();
  await expect(membersPage.rowFor('frank.departing')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // With a search (the member search, not the listing) the category still narrows.
  await membersPage.search().fill('ben');
  await expect(membersPage.rows()).toHaveCount(1);
  await expect(membersPage.rowFor('ben.okafor')).toBeVisible();

  await membersPage.rowFor('ben.okafor').getByRole('link', { name: 'ben.okafor' }).click();
  await expect(page.getByText('Department › Public Works, Office Location › Field')).toBeVisible();
});

test('an organization without member categories has no category filter, and the page says so', async ({ page, emulator, membersPage }) => {
  const deleted = await emulator.callAs(demo.admin, 'portals/self/deleteMemberCategorySchema');
  expect(deleted).toEqual({ success: true });
  await page.reload();
  await expect(membersPage.rows()).not.toHaveCount(0, { timeout: 30_000 });
  await expect(page.getByText('This organization has no member categories.')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Category' })).toHaveCount(0);
});
