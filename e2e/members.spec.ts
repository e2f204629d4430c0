import { demo, expect, test } from './fixtures';

test.beforeEach(async ({ signInPage, membersPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.rows()).not.toHaveCount(0);
});

test('search finds a known member by name and by email', async ({ page, membersPage }) => {
  await membersPage.search().fill('Ana Lima');
  await expect(membersPage.rows()).toHaveCount(1);
  await expect(membersPage.rowFor('ana.lima')).toContainText('Publisher');
  await expect(page).toHaveURL(/q=Ana\+Lima/);

  await membersPage.search().fill('ana.lima@harborcity.example');
  await expect(membersPage.summary()).toHaveText(/^1 member match/);
  await expect(membersPage.rowFor('ana.lima')).toBeVisible();

  await membersPage.search().fill('zzzz-nobody-by-this-name');
  await expect(page.getByText('No members match “zzzz-nobody-by-this-name”.')).toBeVisible();
});

test('paging and sorting change the rows, and live in the URL', async ({ page, emulator, membersPage }) => {
  const [page1First] = await emulator.searchUsernames({ sortField: 'username', sortOrder: 'asc' });
  const [page2First] = await emulator.searchUsernames({ sortField: 'username', sortOrder: 'asc', start: '26' });
  const [oldest] = await emulator.searchUsernames({ sortField: 'created', sortOrder: 'asc' });
  const [newest] = await emulator.searchUsernames({ sortField: 'created', sortOrder: 'desc' });
  expect(new Set([page1First, page2First, oldest, newest]).size).toBe(4);

  await expect(membersPage.rows().first()).toContainText(page1First ?? '');
  await membersPage.nextPage();
  await expect(page).toHaveURL(/page=2/);
  await expect(membersPage.rows().first()).toContainText(page2First ?? '');

  await membersPage.sortBy('Created');
  await expect(page).toHaveURL(/sort=created&order=asc/);
  await expect(page).not.toHaveURL(/page=/);
  await expect(membersPage.rows().first()).toContainText(oldest ?? '');
  await membersPage.sortBy('Created');
  await expect(page).toHaveURL(/sort=created&order=desc/);
  await expect(membersPage.rows().first()).toContainText(newest ?? '');

  await page.reload();
  await expect(membersPage.rows().first()).toContainText(newest ?? '');
  await expect(membersPage.grid().getByRole('columnheader', { name: 'Created' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );
});

test('members who never signed in read "Never" and disabled members are marked', async ({ membersPage }) => {
  await membersPage.search().fill('carla.rossi');
  await expect(membersPage.rowFor('carla.rossi')).toContainText('Never');
  await membersPage.search().fill('dan.ng');
  await expect(membersPage.rowFor('dan.ng')).toContainText('Disabled');
});
