import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

import { seriousViolations } from './axe';
import { demo, type Emulator, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';
import type { MembersPage } from './pages/members-page';
import { tickRow } from './pages/tick-row';

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

type Listed = { username: string; created: number; disabled?: boolean };
const DAY = 86_400_000;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
/** The q the table sends for "Created from"/"Created to" (whole UTC days, inclusive). */
const createdClause = (from: string, to: string) =>
  `created:[${String(Date.parse(`${from}T00:00:00Z`))} TO ${String(Date.parse(`${to}T00:00:00Z`) + DAY - 1)}]`;

/** Every member, oldest first, from the organization listing. */
async function everyoneByCreation(emulator: Emulator): Promise<Listed[]> {
  const members: Listed[] = [];
  for (let start = 1; start > 0;) {
    const page = await emulator.callAs(demo.admin, 'portals/self/users', {
      sortField: 'created',
      sortOrder: 'asc',
      num: '100',
      start: String(start),
      excludeSystemUsers: 'true',
    });
    members.push(...(page.users as Listed[]));
    start = Number(page.nextStart);
  }
  return members;
}

/** The portal's own answer to the created-date search the table makes. */
async function createdMatches(emulator: Emulator, from: string, to: string): Promise<string[]> {
  const found = await emulator.callAs(demo.admin, 'portals/self/users/search', { q: createdClause(from, to), num: '100', excludeSystemUsers: 'true' });
  expect(Number(found.total)).toBeLessThanOrEqual(100);
  return (found.results as { username: string }[]).map((member) => member.username).sort();
}

/** A created-date window (whole days) that the portal says holds between `min` and `max` members, all `fit`. */
async function createdWindow(emulator: Emulator, min: number, max: number, fit: (member: Listed) => boolean = () => true) {
  const members = await everyoneByCreation(emulator);
  for (let first = 1; first + min < members.length; first += 3) {
    const from = isoDay((members[first] as Listed).created);
    const to = isoDay((members[first + min - 1] as Listed).created);
    const inside = members.filter((member) => isoDay(member.created) >= from && isoDay(member.created) <= to);
    if (inside.length >= min && inside.length <= max && inside.every(fit)) {
      const usernames = await createdMatches(emulator, from, to);
      expect(usernames).toEqual(inside.map((member) => member.username).sort());
      return { from, to, usernames };
    }
  }
  throw new Error(`No created-date window holds ${String(min)}–${String(max)} members`);
}

const selectAllMatching = async (page: Page, membersPage: MembersPage, count: number) => {
  await membersPage.selectFirstRow();
  await page.getByRole('button', { name: `Select all ${String(count)} that match` }).click();
  await expect(page.getByText(`All ${String(count)} matching members are selected`)).toBeVisible();
};

/** The usernames in a downloaded CSV (its first column), header checked. */
async function downloadedUsernames(download: Promise<Download>, header: string): Promise<string[]> {
  const lines = readFileSync(await (await download).path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(header);
  return lines.slice(1).map((line) => line.split(',')[0] ?? '');
}

test('numbered pages: page 3 by the "Go to page" field and by its page button, kept in the URL', async ({ page, emulator, membersPage }) => {
  const pageThree = await emulator.listMembers({ sortField: 'username', sortOrder: 'asc', start: '51', num: '25', excludeSystemUsers: 'true' });
  const pageOne = await emulator.listMembers({ sortField: 'username', sortOrder: 'asc', start: '1', num: '25', excludeSystemUsers: 'true' });
  const pages = page.getByRole('navigation', { name: 'Pages' });
  await expect(pages.getByRole('button', { name: 'Go to last page' })).toBeVisible();
  await expect(pages.getByRole('button', { name: `Go to page ${String(Math.ceil(pageThree.total / 25))}`, exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('spinbutton', { name: 'Go to page' }).fill('3');
  await page.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(page).toHaveURL(/[?&]page=3(&|$)/);
  await expect(membersPage.rows().first()).toContainText(pageThree.usernames[0] ?? '');
  await expect(pages.getByRole('button', { name: 'page 3', exact: true })).toHaveAttribute('aria-current', 'page');

  await pages.getByRole('button', { name: 'Go to first page' }).click();
  await expect(page).not.toHaveURL(/[?&]page=/);
  await expect(membersPage.rows().first()).toContainText(pageOne.usernames[0] ?? '');
  await pages.getByRole('button', { name: 'Go to page 3', exact: true }).click();
  await expect(page).toHaveURL(/[?&]page=3(&|$)/);
  await expect(membersPage.rows().first()).toContainText(pageThree.usernames[0] ?? '');
  // Back returns to the first page: each page is a step in the history, as a shared link is.
  await page.goBack();
  await expect(membersPage.rows().first()).toContainText(pageOne.usernames[0] ?? '');
  // A page that does not exist is not offered.
  await page.getByRole('spinbutton', { name: 'Go to page' }).fill(String(Math.ceil(pageThree.total / 25) + 1));
  await expect(page.getByRole('button', { name: 'Go', exact: true })).toBeDisabled();
});

test('the created-date filter narrows the count to the portal’s own, in the URL and removable as a chip', async ({ page, emulator, membersPage }) => {
  const everyone = (await emulator.listMembers({ num: '1' })).total;
  const { from, to, usernames } = await createdWindow(emulator, 30, 60);
  await page.getByLabel('Created from').fill(from);
  await page.getByLabel('Created to').fill(to);
  await expect(membersPage.summary()).toHaveText(`${String(usernames.length)} members match the filters`);
  await expect(page).toHaveURL(new RegExp(`createdFrom=${from}&createdTo=${to}`));
  const chip = page.getByRole('button', { name: `Created ${from} to ${to}` });
  await expect(chip).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await page.reload();
  await expect(membersPage.summary()).toHaveText(`${String(usernames.length)} members match the filters`, { timeout: 30_000 });
  await chip.focus();
  await chip.press('Delete');
  await expect(membersPage.summary()).toHaveText(`${everyone.toLocaleString('en-US')} members`);
  await expect(page).not.toHaveURL(/created/);
});

test('both ends of a last-login range stay when "to" is typed right after "from"', async ({ page }) => {
  // The emulator's search, as a real portal's, cannot filter by last sign-in: the fields are still there to be set.
  await page.goto('/members?login=range');
  await expect(page.getByText("This portal's member search does not filter by last sign-in.")).toBeVisible();
  await page.getByLabel('Last login from').fill('2025-01-01');
  await page.getByLabel('Last login to').fill('2025-06-30');
  await expect(page).toHaveURL(/from=2025-01-01&to=2025-06-30/);
  await expect(page.getByLabel('Last login from')).toHaveValue('2025-01-01');
});

test('"Export selected" writes exactly the members picked across pages, with the export’s columns', async ({ page, emulator, membersPage }) => {
  const first = await emulator.listMembers({ sortField: 'username', sortOrder: 'asc', start: '1', num: '25', excludeSystemUsers: 'true' });
  const second = await emulator.listMembers({ sortField: 'username', sortOrder: 'asc', start: '26', num: '25', excludeSystemUsers: 'true' });
  const picked = [first.usernames[0], first.usernames[2], second.usernames[1]] as string[];
  const rowOf = (username: string) => membersPage.rows().filter({ has: page.getByRole('link', { name: username, exact: true }) });
  await tickRow(rowOf(picked[0] ?? ''));
  await tickRow(rowOf(picked[1] ?? ''));
  await membersPage.nextPage();
  await tickRow(rowOf(picked[2] ?? ''));
  await expect(page.getByText('3 members selected')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export selected' }).click();
  expect((await download).suggestedFilename()).toMatch(/^members-selected-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = await downloadedUsernames(download, 'Username,Full name,Email,Role,User type,Last login,Created,Status,Identity provider,IdP username');
  expect(exported.sort()).toEqual([...picked].sort());
});

test('"select all that match" under a created-date filter gives the bulk action that many members, and the export too', async ({
  page,
  emulator,
  membersPage,
}) => {
  const dialog = new MemberPage(page);
  const { from, to, usernames } = await createdWindow(emulator, 30, 60);
  await page.goto(`/members?createdFrom=${from}&createdTo=${to}`);
  await expect(membersPage.summary()).toHaveText(`${String(usernames.length)} members match the filters`, { timeout: 30_000 });
  await selectAllMatching(page, membersPage, usernames.length);
  await dialog.openAction('Change role');
  await expect(dialog.dialog().getByRole('heading', { name: `Change role: ${String(usernames.length)} members` })).toBeVisible();
  await dialog.dialog().getByRole('button', { name: 'Cancel' }).click();

  // "Export selected" of all that match lists them from the portal: the same members.
  await page.getByRole('button', { name: 'Export selected' }).click();
  const download = page.waitForEvent('download');
  await dialog.dialog().getByRole('button', { name: 'Download CSV' }).click();
  const exported = await downloadedUsernames(download, 'Username,Full name,Email,Role,User type,Last login,Created,Status,Identity provider,IdP username');
  expect(exported.sort()).toEqual(usernames);
});

test('"select all that match" assigns a licence and allocates credits to each matching member once', async ({ page, emulator, membersPage }) => {
  const dialog = new MemberPage(page);
  // A few enabled members who hold no ArcGIS Pro licence, so the 5 desktopBasicN licences are enough.
  const { from, to, usernames } = await createdWindow(emulator, 2, 4, (member) => !member.disabled && member.username !== 'dan.ng');
  const count = usernames.length;
  await page.goto(`/members?createdFrom=${from}&createdTo=${to}`);
  await expect(membersPage.summary()).toHaveText(`${String(count)} members match the filters`, { timeout: 30_000 });
  const report = () =>
    downloadedUsernames(
      (async () => {
        const download = page.waitForEvent('download');
        await dialog.dialog().getByRole('button', { name: 'Download results (CSV)' }).click();
        return download;
      })(),
      'Username,Full name,Action,Result,Reason',
    );

  await selectAllMatching(page, membersPage, count);
  await dialog.openAction('Assign licence');
  await dialog.choose('Licence', /^ArcGIS Pro — desktopBasicN/);
  await expect(dialog.dialog().getByRole('status', { name: 'Preview' })).toContainText(`this assigns ${String(count)}.`);
  await dialog.confirmButton(`Assign desktopBasicN (ArcGIS Pro) to ${String(count)} members`).click();
  await expect(dialog.resultSummary()).toHaveText(`${String(count)} done, 0 failed, 0 unchanged, 0 skipped.`);
  expect((await report()).sort()).toEqual(usernames);
  await dialog.close();

  await selectAllMatching(page, membersPage, count);
  await dialog.openAction('Allocate credits');
  await dialog.dialog().getByRole('textbox', { name: 'Credits to allocate' }).fill('25');
  await expect(dialog.dialog().getByRole('status', { name: 'Preview' })).toHaveText(`Allocate 25 credits to ${String(count)} members.`);
  await dialog.confirmButton(`Allocate 25 credits to ${String(count)} members`).click();
  await expect(dialog.resultSummary()).toHaveText(`${String(count)} done, 0 failed, 0 unchanged, 0 skipped.`);
  expect((await report()).sort()).toEqual(usernames);
  for (const username of usernames) expect(await emulator.callAs(demo.admin, `community/users/${username}`)).toMatchObject({ assignedCredits: 25 });
});
