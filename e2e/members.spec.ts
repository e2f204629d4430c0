import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { demo, expect, test } from './fixtures';

/** Today as yyyy-mm-dd in this machine's calendar (the browser runs on the same one). */
const today = () => {
  const now = new Date();
  return `${String(now.getFullYear())}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

// A sign-in and a full page of the table before each test: on a busy 2-core machine that alone can take 30 s.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ signInPage, membersPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.rows()).not.toHaveCount(0, { timeout: 30_000 });
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
  await expect(membersPage.grid().getByRole('columnheader', { name: 'Created' })).toHaveAttribute('aria-sort', 'descending');
});

test('a reload asks for the rows while the signed-in member is still being read', async ({ page, membersPage }) => {
  let releaseSelf = () => {};
  const selfHeld = new Promise<void>((resolve) => {
    releaseSelf = resolve;
  });
  await page.route(
    (url) => url.pathname.endsWith('/community/self'),
    async (route) => {
      await selfHeld;
      await route.continue();
    },
  );
  // With nothing typed the rows come from the organization listing.
  const listingSent = page.waitForRequest((request) => new URL(request.url()).pathname.endsWith('/portals/self/users'));
  await page.reload();
  await listingSent; // times out if the table waits for the privilege check first
  releaseSelf();
  await expect(membersPage.rows()).not.toHaveCount(0);
});

test('members who never signed in read "Never" and disabled members are marked', async ({ membersPage }) => {
  await membersPage.search().fill('carla.rossi');
  await expect(membersPage.rowFor('carla.rossi')).toContainText('Never');
  await membersPage.search().fill('dan.ng');
  await expect(membersPage.rowFor('dan.ng')).toContainText('Disabled');
});

test('on a portal that reports no last-login or status search, those filters are offered disabled with the reason', async ({ page, membersPage }) => {
  const filters = page.getByRole('group', { name: 'Filters' });
  await expect(membersPage.rows().first()).toBeVisible();
  for (const label of ['Last login', 'Status']) await expect(filters.getByRole('combobox', { name: label })).toHaveAttribute('aria-disabled', 'true');
  await expect(filters.getByText("This portal's member search cannot filter by last login or status.")).toBeVisible();
  // A link that carries such a filter is answered with the reason, never with a wrong 0.
  await page.goto('/members?login=never');
  await expect(page.getByRole('alert')).toContainText("This portal's member search does not filter by last sign-in");
  await expect(membersPage.rows()).toHaveCount(0);
});

test('filters narrow the table, combine with search and live in the URL', async ({ page, emulator, membersPage }) => {
  // A portal whose member search honours lastlogin: and disabled: (Roster probes for them once a session).
  await emulator.setProfile({ extensions: true });
  await page.reload();
  const filters = page.getByRole('group', { name: 'Filters' });
  const neverCount = (await emulator.searchUsernames({ q: 'lastlogin:-1', num: '100' })).length;
  expect(neverCount).toBeGreaterThan(25);

  await filters.getByLabel('Last login').click();
  await page.getByRole('option', { name: 'Never signed in' }).click();
  await expect(page).toHaveURL(/login=never/);
  await expect(membersPage.summary()).toHaveText(/members match the filters$/);
  const rows = membersPage.rows();
  await expect(rows.first()).toContainText('Never');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Never');

  await filters.getByLabel('Status').click();
  await page.getByRole('option', { name: 'Active' }).click();
  await filters.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Viewer', exact: true }).click();
  await expect(page).toHaveURL(/role=iAAAAAAAAAAAAAAA/);
  const expected = await emulator.searchUsernames({
    q: 'lastlogin:-1 AND disabled:false AND roleid:iAAAAAAAAAAAAAAA',
    num: '100',
  });
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(100);
  const matchText = new RegExp(`^${String(expected.length)} members? match the filters$`);
  await expect(membersPage.summary()).toHaveText(matchText);
  await expect(membersPage.rows().first()).toContainText(expected[0] ?? '');
  for (const text of await membersPage.rows().allInnerTexts()) expect(text).toMatch(/Viewer[\s\S]*Never[\s\S]*Active/);

  await page.reload();
  await expect(filters.getByLabel('Status')).toHaveText('Active');
  await expect(membersPage.summary()).toHaveText(matchText);

  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/login=|status=|role=/);
  await expect(membersPage.summary()).toHaveText(/^[\d,]+ members$/);
});

test('the filtered member list exports to CSV, every matching member once', async ({ page, emulator }) => {
  // A portal whose member search honours lastlogin: (probed once a session).
  await emulator.setProfile({ extensions: true });
  await page.reload();
  const expected = await emulator.countMembers('lastlogin:-1');
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Last login').click();
  await page.getByRole('option', { name: 'Never signed in' }).click();
  await expect(page).toHaveURL(/login=never/);

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export members' });
  // The file is named after the filter, with today's date.
  const fileName = `members-lastlogin-never-${today()}.csv`;
  await expect(dialog.getByRole('status')).toHaveText(`${expected.toLocaleString('en-US')} members are ready in ${fileName}.`);
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download members-/ }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true); // Excel reads UTF-8 only with a BOM
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe('Username,Full name,Email,Role,User type,Last login,Created,Status,Identity provider,IdP username');
  expect(lines).toHaveLength(expected + 1);
  expect(new Set(lines.map((line) => line.split(',')[0])).size).toBe(expected + 1);
  expect(lines.slice(1).every((line) => line.split(',')[5] === 'Never')).toBe(true);
  expect(csv).toContain('carla.rossi,');
});

test('an organization past 10,000 members: the listing counts them all, a search says "10,000+", and the export still gets every match', async ({
  page,
  emulator,
  membersPage,
}) => {
  // Seeding 12,000 members, then exporting them 100 a request, takes a while on a busy machine.
  test.setTimeout(180_000);
  await emulator.setProfile({ members: 12_000 });
  await page.reload();
  await expect(membersPage.summary()).toHaveText('12,000 members');

  // Every member's e-mail address is at harborcity.example: a search the portal counts only up to 10,000.
  const expected = await emulator.listMembers({ num: '1' });
  expect(expected.total).toBe(12_000);
  expect(await emulator.countMembers('harborcity*')).toBe(10_000);
  await membersPage.search().fill('harborcity');
  await expect(membersPage.summary()).toHaveText('10,000+ members match “harborcity”');
  await expect(page.getByText(/Narrow the search to reach the others/)).toBeVisible();

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export members' });
  await expect(dialog.getByRole('status')).toHaveText(/^12,000 members are ready in /, { timeout: 120_000 });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Download members-/ }).click();
  const lines = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split(/\r\n/)
    .slice(1);
  expect(lines).toHaveLength(12_000);
  expect(new Set(lines.map((line) => line.split(',')[0])).size).toBe(12_000);
});

/** The Columns choice of the signed-in administrator (kept per portal and person). */
const storedHiddenColumns = (page: Page) =>
  page.evaluate(() => {
    const key = Object.keys(localStorage).find((name) => name.startsWith('roster.members.hiddenColumns:') && name.endsWith(':portaladmin'));
    return key ? localStorage.getItem(key) : null;
  });

test('the Columns chooser hides columns, and the choice is kept for the next visit', async ({ page, membersPage }) => {
  const header = (name: string) => membersPage.grid().getByRole('columnheader', { name, exact: true });
  await expect(header('Created')).toBeVisible();
  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Created', exact: true }).uncheck();
  await page.getByRole('checkbox', { name: 'Full name', exact: true }).uncheck();
  await page.keyboard.press('Escape');
  await expect(header('Created')).toHaveCount(0);
  await expect(header('Full name')).toHaveCount(0);
  await expect(header('Email')).toBeVisible();
  expect(JSON.parse((await storedHiddenColumns(page)) ?? '[]')).toEqual(expect.arrayContaining(['created', 'fullName']));

  // A reload (or a later visit in this browser) shows the table as it was left.
  await page.reload();
  await expect(membersPage.rows()).not.toHaveCount(0, { timeout: 30_000 });
  await expect(header('Email')).toBeVisible();
  await expect(header('Created')).toHaveCount(0);
  await expect(header('Full name')).toHaveCount(0);

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Created', exact: true }).check();
  await page.keyboard.press('Escape');
  await expect(header('Created')).toBeVisible();
  // Credits stay hidden as they are by default; Created is shown again.
  expect(JSON.parse((await storedHiddenColumns(page)) ?? '[]')).toEqual(['assignedCredits', 'fullName']);
});

test('cells show their values: user types in full, and a cut e-mail has the whole address as its tooltip', async ({ page, membersPage }) => {
  await page.goto('/members?type=GISProfessionalAdvUT');
  const row = membersPage.rowFor('aflores');
  await expect(row).toBeVisible();
  // "GIS Professional Advanced", not "GIS Professi…": the user type cell is not cut.
  const userType = row.getByRole('gridcell').filter({ hasText: 'GIS Professional Advanced' }).locator('span').first();
  await expect(userType).toHaveText('GIS Professional Advanced');
  expect(await userType.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);

  const email = row.getByRole('gridcell').filter({ hasText: '@' }).locator('span').first();
  await expect(email).toHaveText('agnieszka.flores@harborcity.example');
  expect(await email.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true); // cut at 1440 px
  await email.hover();
  await expect(email).toHaveAttribute('title', 'agnieszka.flores@harborcity.example');
  // A value that fits needs no tooltip.
  await userType.hover();
  await expect(userType).not.toHaveAttribute('title');
});

test('the export follows the table’s sort and is named after the filter', async ({ page, emulator, membersPage }) => {
  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Viewer', exact: true }).click();
  await expect(page).toHaveURL(/role=iAAAAAAAAAAAAAAA/);
  await membersPage.sortBy('Full name');
  // The table shows the new order once its rows have come (until then it keeps showing the last ones, as sorted then).
  await expect(membersPage.grid().getByRole('columnheader', { name: 'Full name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page).toHaveURL(/sort=fullname&order=asc/);
  await membersPage.sortBy('Full name');
  await expect(page).toHaveURL(/sort=fullname&order=desc/);
  const portalOrder = await emulator.listMembers({ role: 'iAAAAAAAAAAAAAAA', sortField: 'fullname', sortOrder: 'desc', num: '100' });
  await expect(membersPage.rows().first()).toContainText(portalOrder.usernames[0] ?? '');

  await page.getByRole('button', { name: 'Export CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export members' });
  const fileName = `members-role-viewer-${today()}.csv`;
  await expect(dialog.getByRole('status')).toHaveText(`${portalOrder.total.toLocaleString('en-US')} members are ready in ${fileName}.`, {
    timeout: 30_000,
  });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: `Download ${fileName}` }).click();
  expect((await download).suggestedFilename()).toBe(fileName);
  const lines = readFileSync(await (await download).path(), 'utf8')
    .trim()
    .split(/\r\n/)
    .slice(1);
  expect(lines).toHaveLength(portalOrder.total);
  // The file's order is the table's: the portal's own answer for this sort, row for row.
  expect(lines.slice(0, 100).map((line) => line.replace(/^\uFEFF/, '').split(',')[0])).toEqual(portalOrder.usernames);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // Without a filter the name is plain.
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(page).not.toHaveURL(/role=/);
  // The address changes first; the screen follows in a transition, and the export takes the filters the screen shows.
  await expect(filters.getByRole('button', { name: 'Clear filters' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`members are ready in members-${today()}\\.csv\\.$`), { timeout: 60_000 });
});
