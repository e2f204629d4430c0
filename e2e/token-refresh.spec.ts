import { demo, expect, test } from './fixtures';

test('an expired access token is refreshed without the user noticing', async ({ page, emulator, signInPage, membersPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.rows()).not.toHaveCount(0);

  await emulator.expireAccessTokens();
  const refresh = page.waitForRequest((request) => request.url().includes('/oauth2/token') && (request.postData() ?? '').includes('grant_type=refresh_token'));
  await membersPage.nextPage();
  await refresh;
  await expect(page).toHaveURL(/page=2/);
  await expect(membersPage.rows()).not.toHaveCount(0);
  await expect(signInPage.startButton()).toHaveCount(0);

  // The refreshed token is the one kept: a reload works without signing in again.
  await page.reload();
  await expect(membersPage.rows()).not.toHaveCount(0);
  await expect(signInPage.startButton()).toHaveCount(0);
});

test('when refreshing fails, the user signs in again and returns to the same page', async ({ page, emulator, signInPage, membersPage }) => {
  await signInPage.goto('/members?page=3');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.rows()).not.toHaveCount(0);
  // The once-a-session probe of search clauses has answered (this portal has no last-login search), so the next
  // request is the search typed below.
  await expect(page.getByRole('group', { name: 'Filters' }).getByRole('combobox', { name: 'Last login' })).toHaveAttribute('aria-disabled', 'true');

  await emulator.expireAllTokens();
  await membersPage.search().fill('lima');
  await expect(page.getByText('Your session has ended. Sign in again to return to where you were.')).toBeVisible();

  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page).toHaveURL(/\/members\?q=lima/);
  await expect(membersPage.rowFor('ana.lima')).toBeVisible();
});
