import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';

import { demo, expect, test, testPortal } from './fixtures';
import { GroupsKeywordPage } from './pages/groups-keyword-page';
import { ImportPage } from './pages/import-page';
import { MemberPage } from './pages/member-page';
import { SignInPage } from './pages/sign-in-page';
import { tickRow } from './pages/tick-row';

// Every run here waits out injected failures with backoff: give them room on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

/**
 * About one request in ten fails transiently (a 503, a 429 or a dropped connection, in turn), every access token
 * expires once mid-run, and the first refresh after that fails with a 503 too.
 */
const flakyPortal = (expireTokensAfter: number) => ({ failEvery: 10, failureKind: 'mixed', expireTokensAfter, failTokenRefreshes: 1 });

test('an import of 2,050 rows under faults, with a reload and a resume: exactly the new rows, every row reported right', async ({
  page,
  emulator,
  signInPage,
}, testInfo) => {
  await emulator.setSeatsLeft({ creatorUT: 3000, editorUT: 3000, fieldWorkerUT: 3000, viewerUT: 3000 });
  // 50 rows name members the organization already has, with their own e-mail addresses.
  const existing = (await emulator.callAs(demo.admin, 'portals/self/users', { start: '200', num: '50', sortField: 'username' })).users as {
    username: string;
    firstName: string;
    lastName: string;
    email: string;
  }[];
  expect(existing).toHaveLength(50);
  const newRows = Array.from({ length: 2000 }, (_, index) => {
    const n = String(index).padStart(4, '0');
    return `Fault,Tester${n},fault.tester${n}@faults.example,ftester${n},Welcome.${n},user`;
  });
  const existingRows = existing.map((member) => `${member.firstName},${member.lastName},${member.email},${member.username},Welcome.9999,user`);
  // Existing members are spread through the file, so the run meets them among new rows.
  const rows = [...newRows];
  existingRows.forEach((row, index) => rows.splice(index * 40 + 7, 0, row));
  const file = testInfo.outputPath('members-under-faults.csv');
  writeFileSync(file, ['First Name,Last Name,Email,Username,Password,Role', ...rows].join('\n'));

  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^2,000 members will be added: .*; 50 already members\./);

  // Slow enough that the reload lands mid-run.
  await emulator.setFaults({ ...flakyPortal(25), latencyMs: 150 });
  await importPage.addAll();
  await expect(page.getByRole('status').filter({ hasText: /^[1-9][\d,]* of [\d,]+ rows done/ })).toBeVisible({ timeout: 60_000 });
  page.on('dialog', (dialog) => void dialog.accept()); // the "leave the page?" question
  await page.reload();

  await expect(page.getByText(/The import of members-under-faults\.csv did not finish/)).toBeVisible({ timeout: 30_000 });
  await expect(
    page.getByText(/rows to add were done when it stopped .*; the file has 2,050 rows, 50 of them already members before the import\./),
  ).toBeVisible();
  await importPage.uploadPath(file);
  await expect(page.getByText(/Resuming the import of members-under-faults\.csv/)).toBeVisible();
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/; 50 already members, [1-9][\d,]* done by the interrupted run\./, { timeout: 60_000 });
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('2,000 added, 50 already members, 0 failed, 0 not sent.', { timeout: 180_000 });

  const injected = await emulator.faultStatus();
  expect(injected.counters.failures).toBeGreaterThan(10);
  expect(injected.counters.refreshFailures).toBe(1);
  await emulator.setFaults({});
  // The portal holds exactly the new rows, each once; the existing members kept their addresses.
  expect(await emulator.countMembers('faults')).toBe(2000);
  const again = (await emulator.callAs(demo.admin, 'portals/self/users', { start: '200', num: '50', sortField: 'username' })).users as { email: string }[];
  expect(again.map((member) => member.email)).toEqual(existing.map((member) => member.email));
});

test('a role change of 500+ members and an add of 300 members to groups, under faults: everyone ends as asked, nobody else changes', async ({
  page,
  emulator,
  signInPage,
  membersPage,
}) => {
  const viewerRole = await emulator.roleIdNamed('Viewer');
  const before = await emulator.roleCounts();
  const users = before.get('org_user') ?? 0;
  expect(users).toBeGreaterThanOrEqual(500);

  await signInPage.goto('/members?role=org_user');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.summary()).toHaveText(`${users.toLocaleString('en-US')} members match the filters`);
  await membersPage.selectFirstRow();
  await page.getByRole('button', { name: `Select all ${users.toLocaleString('en-US')} that match` }).click();
  const dialog = new MemberPage(page);
  await dialog.openAction('Change role');
  await dialog.choose('New role', 'Viewer');
  const change = `Change the role of ${users.toLocaleString('en-US')} members to Viewer`;
  await expect(dialog.confirmButton(change)).toBeEnabled();
  await emulator.setFaults(flakyPortal(150));
  await dialog.confirmButton(change).click();
  await expect(dialog.resultSummary()).toHaveText(`${users.toLocaleString('en-US')} done, 0 failed, 0 unchanged, 0 skipped.`, { timeout: 180_000 });
  expect((await emulator.faultStatus()).counters.failures).toBeGreaterThan(10);
  await emulator.setFaults({});
  const after = await emulator.roleCounts();
  expect(after.get('org_user') ?? 0).toBe(0);
  expect(after.get(viewerRole)).toBe((before.get(viewerRole) ?? 0) + users);
  const others = (counts: Map<string, number>) => [...counts].filter(([key]) => ![`org_user`, viewerRole].includes(key)).sort();
  expect(others(after)).toEqual(others(before));
  await dialog.close();

  // 300 members into every group whose name says "data".
  const adding = (
    await Promise.all(['1', '101', '201'].map(async (start) => (await emulator.listMembers({ start, num: '100', sortField: 'username' })).usernames))
  ).flat();
  expect(new Set(adding).size).toBe(300);
  const groups = (await emulator.callAs(demo.admin, 'community/groups', { q: 'data*', num: '100', sortField: 'title' })).results as {
    id: string;
    title: string;
  }[];
  expect(groups.length).toBeGreaterThanOrEqual(3);
  const membersOf = async (id: string) => {
    const body = await emulator.callAs(demo.admin, `community/groups/${id}/users`);
    return new Set([body.owner as string, ...(body.admins as string[]), ...(body.users as string[])]);
  };
  const beforeGroups = new Map(await Promise.all(groups.map(async (group) => [group.id, await membersOf(group.id)] as const)));

  await page.goto('/groups/add-members');
  const keywordPage = new GroupsKeywordPage(page);
  await keywordPage.findGroups('data');
  await expect(keywordPage.matchingGroups().getByRole('checkbox', { checked: true })).toHaveCount(groups.length);
  await keywordPage.pasteMembers(adding);
  await expect(page.getByRole('status').filter({ hasText: 'found' })).toContainText('300 members of the organization found.');
  await emulator.setFaults(flakyPortal(20));
  await page.getByRole('button', { name: `Add to ${String(groups.length)} groups` }).click();
  await expect(page.getByRole('heading', { name: `Result for ${String(groups.length)} groups` })).toBeVisible({ timeout: 180_000 });
  await emulator.setFaults({});
  for (const group of groups) {
    const now = await membersOf(group.id);
    const expected = new Set([...(beforeGroups.get(group.id) ?? []), ...adding]);
    expect([...now].sort()).toEqual([...expected].sort());
    await expect(page.getByRole('button', { name: new RegExp(`^${group.title}: [\\d]+ added(, (1 already a member|\\d+ already members))?$`) })).toBeVisible();
  }
});

test('the portal down for 30 s in the middle of a run: the run says so, waits, and finishes by itself', async ({ page, emulator, signInPage }) => {
  const filter = { role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'editorUT' };
  const { total: matching } = await emulator.listMembers(filter);
  expect(matching).toBeGreaterThan(25);
  await signInPage.goto('/members?role=iAAAAAAAAAAAAAAA&type=editorUT');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await tickRow(page.getByRole('grid', { name: 'Members' }).getByRole('row').nth(1));
  await page.getByRole('button', { name: `Select all ${String(matching)} that match` }).click();
  const dialog = new MemberPage(page);
  await dialog.openAction('Change role');
  await dialog.choose('New role', 'Data Editor');
  // A few members go through, then every request fails for 30 s.
  await emulator.setFaults({ latencyMs: 100, outageAfter: 10, outageMs: 30_000, match: 'updateUserRole' });
  await dialog.confirmButton(`Change the role of ${String(matching)} members to Data Editor`).click();

  const notice = dialog.dialog().getByRole('alert').filter({ hasText: 'The portal is not answering' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  const { outage } = await emulator.faultStatus();
  expect(outage).toBeTruthy();
  // Said within 10 s of the portal going quiet.
  expect(Date.now() - (outage?.startedAt ?? 0)).toBeLessThanOrEqual(10_000 + 2_000);
  await expect(notice).toContainText('Roster keeps trying');
  await expect(dialog.resultSummary()).toHaveText(`${String(matching)} done, 0 failed, 0 unchanged, 0 skipped.`, { timeout: 120_000 });
  await expect(notice).toHaveCount(0);
  await emulator.setFaults({});
  expect((await emulator.listMembers(filter)).total).toBe(0);
});

test('a run whose sign-in ends pauses, and carries on after signing in again in a popup window', async ({ page, emulator, signInPage }) => {
  // The sign-in window is a page of its own: it reads the same test configuration.
  await page.context().route('**/config.json', (route) => route.fulfill({ json: { portals: [testPortal] } }));
  const filter = { role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'editorUT' };
  const { total: matching } = await emulator.listMembers(filter);
  await signInPage.goto('/members?role=iAAAAAAAAAAAAAAA&type=editorUT');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await tickRow(page.getByRole('grid', { name: 'Members' }).getByRole('row').nth(1));
  await page.getByRole('button', { name: `Select all ${String(matching)} that match` }).click();
  const dialog = new MemberPage(page);
  await dialog.openAction('Change role');
  await dialog.choose('New role', 'Data Editor');
  await emulator.setFaults({ latencyMs: 300, match: 'updateUserRole' });
  await dialog.confirmButton(`Change the role of ${String(matching)} members to Data Editor`).click();
  await expect(dialog.dialog().getByRole('status')).toContainText(/^[1-9]\d* of \d+ members handled/);
  // Access and refresh tokens both end: only a new sign-in helps.
  await emulator.expireAllTokens();

  const notice = dialog.dialog().getByRole('alert').filter({ hasText: 'Your sign-in has ended' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  const popupOpened = page.waitForEvent('popup');
  await notice.getByRole('button', { name: 'Sign in again' }).click();
  const popup = await popupOpened;
  await new SignInPage(popup).submitPortalForm(demo.admin.username, demo.admin.password);
  await popup.waitForEvent('close');

  await expect(dialog.resultSummary()).toHaveText(`${String(matching)} done, 0 failed, 0 unchanged, 0 skipped.`, { timeout: 60_000 });
  await expect(page).toHaveURL(/\/members/);
  await emulator.setFaults({});
  expect((await emulator.listMembers(filter)).total).toBe(0);
});

test('an import whose group request reached the portal but whose answer was lost: the retry does not report its members as left out', async ({
  page,
  emulator,
  signInPage,
}, testInfo) => {
  await emulator.setSeatsLeft({ creatorUT: 100 });
  const groupId = await emulator.groupIdByTitle('GIS Team');
  const file = gisTeamFile(testInfo.outputPath('lost-group-answer.csv'), 'lanswer');
  // The first addUsers goes through to the portal, which adds its 25 members; the browser never sees the answer.
  let addUsersCalls = 0;
  await page.route(`**/community/groups/${groupId}/addUsers`, async (route) => {
    addUsersCalls += 1;
    if (addUsersCalls > 1) return route.continue();
    await route.fetch();
    return route.abort('connectionreset');
  });

  const importPage = await reviewGisTeamFile(page, signInPage, file);
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('30 added, 0 already members, 0 failed, 0 not sent.', { timeout: 120_000 });
  // Two batches (25 and 5) and the lost one sent again. (The organization's default group gets its own.)
  expect(addUsersCalls).toBe(3);
  await expect(page.getByText(/not to the group/)).toHaveCount(0);
  const group = await emulator.callAs(demo.admin, `community/groups/${groupId}/users`);
  expect((group.users as string[]).filter((name) => name.startsWith('lanswer'))).toHaveLength(30);
});

test('an import reloaded while its group requests were waiting: the resume adds the members it had added to their groups', async ({
  page,
  emulator,
  signInPage,
}, testInfo) => {
  await emulator.setSeatsLeft({ creatorUT: 100 });
  const groupId = await emulator.groupIdByTitle('GIS Team');
  const file = gisTeamFile(testInfo.outputPath('held-group-requests.csv'), 'hgroup');
  // The group's requests never leave the browser: the tab is reloaded while they wait.
  let held = 0;
  const heldRequests = `**/community/groups/${groupId}/addUsers`;
  await page.route(heldRequests, () => {
    held += 1;
  });

  const importPage = await reviewGisTeamFile(page, signInPage, file);
  await importPage.addAll();
  // Both of the group's requests (25 and 5) are waiting, so every account exists; the journal has all 30.
  await expect.poll(() => held, { timeout: 60_000 }).toBe(2);
  await expect.poll(() => journalOutcomes(page), { timeout: 30_000 }).toBe(30);
  await page.unroute(heldRequests);
  page.on('dialog', (dialog) => void dialog.accept()); // the "leave the page?" question
  await page.reload();

  await expect(page.getByText(/30 of 30 rows to add were done when it stopped \(30 added, 0 already members, 0 failed\)/)).toBeVisible({ timeout: 30_000 });
  const group = async () =>
    ((await emulator.callAs(demo.admin, `community/groups/${groupId}/users`)).users as string[]).filter((name) => name.startsWith('hgroup'));
  expect(await group()).toHaveLength(0);
  await importPage.uploadPath(file);
  await expect(page.getByText(/Resuming the import of held-group-requests\.csv/)).toBeVisible();
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/30 done by the interrupted run/);
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('30 added, 0 already members, 0 failed, 0 not sent.', { timeout: 120_000 });
  await expect(page.getByText(/not to the group|stopped before it was added/)).toHaveCount(0);
  expect(await group()).toHaveLength(30);
});

/** 30 new members (`<prefix>00`…`<prefix>29`) who all join "GIS Team": one `addUsers` of 25 and one of 5. */
function gisTeamFile(file: string, prefix: string): string {
  const rows = Array.from({ length: 30 }, (_, index) => {
    const n = String(index).padStart(2, '0');
    return `Group,Member ${n},${prefix}${n}@faults.example,${prefix}${n},Welcome.00${n},user,,GIS Team`;
  });
  writeFileSync(file, ['First Name,Last Name,Email,Username,Password,Role,User Type,Groups', ...rows].join('\n'));
  return file;
}

/** Signs in on the import, chooses the file and opens its review: all 30 rows ready. */
async function reviewGisTeamFile(page: Page, signInPage: SignInPage, file: string): Promise<ImportPage> {
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await expect(importPage.summary()).toContainText(/^30 members will be added/);
  return importPage;
}

/** How many row outcomes the unfinished import's journal in this browser holds (0 when there is none). */
function journalOutcomes(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('roster');
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('roster'));
      };
    });
    if (!database.objectStoreNames.contains('import-journals')) return 0;
    const journals = await new Promise<{ outcomes: unknown[] }[]>((resolve) => {
      const request = database.transaction('import-journals').objectStore('import-journals').getAll();
      request.onsuccess = () => {
        resolve(request.result as { outcomes: unknown[] }[]);
      };
      request.onerror = () => {
        resolve([]);
      };
    });
    database.close();
    return Math.max(0, ...journals.map((journal) => journal.outcomes.length));
  });
}
