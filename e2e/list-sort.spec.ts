import { demo, expect, test } from './fixtures';

test.describe.configure({ timeout: 90_000 });

test('a second click on a column header sorts the other way even before the first sort’s rows have come', async ({ page, signInPage, membersPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.rows()).not.toHaveCount(0, { timeout: 30_000 });

  // The portal's answers are held, so both clicks come while the table still shows the rows sorted by username.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/portals\/self\/users/, async (route) => {
    await held;
    await route.continue();
  });
  const header = membersPage.grid().getByRole('columnheader', { name: 'Full name' });
  await membersPage.sortBy('Full name');
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=fullname&order=asc/);
  await membersPage.sortBy('Full name');
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=fullname&order=desc/);
  release();
  await expect(membersPage.grid().getByRole('progressbar')).toHaveCount(0);
  await expect(header).toHaveAttribute('aria-sort', 'descending');
});
