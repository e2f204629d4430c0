import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { ContentPage } from './pages/content-page';
import { ImportPage } from './pages/import-page';
import { MemberPage } from './pages/member-page';

/** `HISTORY_SHOTS=/some/dir` saves screenshots of the undo and history screens at 1440 and 1024 wide. */
async function shoot(page: Page, name: string) {
  const dir = process.env.HISTORY_SHOTS;
  if (!dir) return;
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    // Let the grids measure their rows at the new width.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: `${dir}/${name}-${String(width)}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('a role change of 200 members is undone except the 3 someone changed since, and the history finds every run that touched a member', async ({
  page,
  emulator,
  signInPage,
  membersPage,
}) => {
  test.setTimeout(240_000);
  // 200 members in a role of their own, set through the API (a Viewer-level role: every user type can hold it).
  const trialRole = await emulator.createRole('Undo trial', await emulator.rolePrivileges('iAAAAAAAAAAAAAAA'));
  const pages = await Promise.all(['1', '101'].map((start) => emulator.listMembers({ role: 'org_user', start, num: '100', sortField: 'username' })));
  const members = pages.flatMap((listed) => listed.usernames);
  expect(new Set(members).size).toBe(200);
  for (let index = 0; index < members.length; index += 20) {
    const answers = await Promise.all(
      members.slice(index, index + 20).map((user) => emulator.callAs(demo.admin, 'portals/self/updateUserRole', { user, role: trialRole })),
    );
    for (const answer of answers) expect(answer.success).toBe(true);
  }

  await signInPage.goto(`/members?role=${trialRole}`);
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.summary()).toHaveText('200 members match the filters');
  await membersPage.selectFirstRow();
  await page.getByRole('button', { name: 'Select all 200 that match' }).click();
  const dialog = new MemberPage(page);
  await dialog.openAction('Change role');
  await dialog.choose('New role', 'Viewer');
  await dialog.confirmButton('Change the role of 200 members to Viewer').click();
  await expect(dialog.resultSummary()).toHaveText('200 done, 0 failed, 0 unchanged, 0 skipped.', { timeout: 120_000 });
  await expect(dialog.dialog().getByText('Saved to the history.')).toBeVisible();
  await expect(dialog.dialog().getByRole('button', { name: 'Undo this run…' })).toBeEnabled();
  await dialog.close();
  expect((await emulator.listMembers({ role: trialRole })).total).toBe(0);

  // Someone else changes 3 of them since.
  const [first = '', ...rest] = members;
  const changedSince = [members[10] ?? '', members[100] ?? '', members[199] ?? ''];
  for (const user of changedSince)
    expect((await emulator.callAs(demo.admin, 'portals/self/updateUserRole', { user, role: 'iBBBBBBBBBBBBBBB' })).success).toBe(true);
  expect(rest).toHaveLength(199);

  // From the member page to the runs that touched them, then the run, then its undo.
  await dialog.goto(first);
  await page.getByRole('link', { name: `Runs through Roster that touched ${first}` }).click();
  await expect(page).toHaveURL(new RegExp(`/history\\?member=${first.replace(/\./g, '\\.')}$`));
  const runs = page.getByRole('grid', { name: 'Runs' });
  await expect(runs.getByRole('row').filter({ hasText: 'Change the role of 200 members to Viewer' })).toHaveCount(1);
  await expect(runs.getByRole('row').filter({ hasText: '200 done' })).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'history-list');

  await runs.getByRole('link', { name: 'Change the role of 200 members to Viewer' }).click();
  await expect(page.getByRole('grid', { name: 'Members of this run' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download report (CSV)' }).click();
  const lines = readFileSync(await (await download).path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('Username,Full name,Action,Result,Reason,Before,After,Run by,Started,Finished');
  expect(lines).toHaveLength(201);
  expect(lines.find((line) => line.startsWith(`${first},`))).toContain(`,done,,${trialRole},iAAAAAAAAAAAAAAA,${demo.admin.username},`);
  await shoot(page, 'history-run');

  await page.getByRole('button', { name: 'Undo this run…' }).click();
  const undo = page.getByRole('dialog');
  await expect(undo.getByRole('status', { name: 'What goes back' })).toContainText('Change the role of 197 members to Undo trial.');
  const leftAlone = undo.getByRole('region', { name: 'Left alone: 3 members' });
  for (const user of changedSince) {
    await expect(leftAlone.getByRole('listitem').filter({ hasText: user })).toContainText(
      'Changed since this run: now Data Editor, not Viewer as the run left them.',
    );
  }
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'undo-preview');
  await undo.getByRole('button', { name: 'Change the role of 197 members to Undo trial' }).click();
  await expect(undo.getByRole('status').filter({ hasText: /done, .* failed/ })).toHaveText('197 done, 0 failed, 0 unchanged, 3 skipped.', { timeout: 120_000 });
  await expect(
    undo
      .getByRole('grid', { name: 'Results' })
      .getByRole('row')
      .filter({ hasText: changedSince[0] ?? '' }),
  ).toContainText('now Data Editor');
  await expect(undo.getByText('Saved to the history.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'undo-report');
  await undo.getByRole('button', { name: 'Close' }).click();

  expect((await emulator.listMembers({ role: trialRole })).total).toBe(197);
  expect((await emulator.listMembers({ role: 'iBBBBBBBBBBBBBBB', username: changedSince[0] ?? '' })).total).toBe(1);

  // Every run that touched the member: the change and its undo.
  await page.goto(`/history?member=${first}`);
  await expect(runs.getByRole('row').filter({ hasText: /Change the role of 200 members to Viewer/ })).toHaveCount(2);
  await expect(runs.getByRole('row').filter({ hasText: 'Undo' }).filter({ hasText: '197 done, 3 skipped' })).toHaveCount(1);
  // A member the undo left alone is found in both runs too.
  await page.getByRole('searchbox', { name: 'Member' }).fill(changedSince[1] ?? '');
  await expect(page).toHaveURL(/member=/);
  await expect(runs.getByRole('row').filter({ hasText: /200 members/ })).toHaveCount(2);
});

test('a run the portal would not store is reported as not in the history, and saved again on request', async ({ page, emulator, signInPage }) => {
  test.setTimeout(120_000);
  await signInPage.goto('/members/ana.lima');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const member = new MemberPage(page);
  await member.openAction('Change role');
  await member.choose('New role', 'Viewer');
  // Every item the run would store fails (transiently, so it is retried until the retries run out).
  await emulator.setFaults({ failEvery: 1, match: 'addItem', failureKind: 'http-503' });
  await member.confirmButton('Change the role of 1 member to Viewer').click();
  await expect(member.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  const notSaved = member.dialog().getByRole('alert').filter({ hasText: 'This run is not in the history' });
  await expect(notSaved).toBeVisible({ timeout: 90_000 });
  await emulator.setFaults({});
  await notSaved.getByRole('button', { name: 'Save to history' }).click();
  await expect(member.dialog().getByText('Saved to the history.')).toBeVisible();
  await member.close();
  await page.goto('/history?member=ana.lima');
  await expect(page.getByRole('grid', { name: 'Runs' }).getByRole('row').filter({ hasText: 'Change the role of 1 member to Viewer' })).toHaveCount(1);
});

test('an import is kept in the history with each member’s outcome, and never a password', async ({ page, emulator, signInPage }, testInfo) => {
  await emulator.setSeatsLeft({ creatorUT: 10 });
  const file = testInfo.outputPath('history-import.csv');
  writeFileSync(
    file,
    [
      'First Name,Last Name,Email,Username,Password',
      'Aya,Mori,aya.mori@example.org,aya_mori_hist,Welcome.2026',
      'Bo,Lind,bo.lind@example.org,bo_lind_hist,Welcome.2026',
    ].join('\r\n'),
  );
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('2 added, 0 already members, 0 failed, 0 not sent.');
  // The record is saved in the background after the report shows.
  const records = async () => (await emulator.callAs(demo.admin, 'search', { q: 'typekeywords:"RosterRunRecord"', num: '10' })).results as { id: string }[];
  await expect.poll(async () => (await records()).length).toBe(1);

  await page.goto('/history?member=bo_lind_hist');
  const run = page.getByRole('grid', { name: 'Runs' }).getByRole('row').filter({ hasText: 'Import of history-import.csv' });
  await expect(run).toContainText('2 added');
  await run.getByRole('link').click();
  await expect(page.getByRole('grid', { name: 'Members of this run' }).getByRole('row').filter({ hasText: 'aya_mori_hist' })).toContainText('added');
  const items = await records();
  const data = JSON.stringify(await emulator.callAs(demo.admin, `content/items/${items[0]?.id ?? ''}/data`));
  expect(data).toContain('bo_lind_hist');
  expect(data).not.toContain('Welcome.2026');
});

test('an import whose record the portal would not store says so in its report, and saves it again on request', async ({
  page,
  emulator,
  signInPage,
}, testInfo) => {
  test.setTimeout(120_000);
  await emulator.setSeatsLeft({ creatorUT: 10 });
  const file = testInfo.outputPath('history-import-fault.csv');
  writeFileSync(file, ['First Name,Last Name,Email,Username,Password', 'Cy,Oda,cy.oda@example.org,cy_oda_hist,Welcome.2026'].join('\r\n'));
  await signInPage.goto('/members/import');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const importPage = new ImportPage(page);
  await importPage.uploadPath(file);
  await importPage.continueToReview();
  // Every item the run would store fails (transiently, so it is retried until the retries run out); members are not items.
  await emulator.setFaults({ failEvery: 1, match: 'addItem', failureKind: 'http-503' });
  await importPage.addAll();
  await expect(importPage.reportSummary()).toHaveText('1 added, 0 already members, 0 failed, 0 not sent.');
  const notSaved = page.getByRole('alert').filter({ hasText: 'This run is not in the history' });
  await expect(notSaved).toBeVisible({ timeout: 90_000 });
  await shoot(page, 'import-report-not-saved');
  await emulator.setFaults({});
  await notSaved.getByRole('button', { name: 'Save to history' }).click();
  await expect(page.getByText('Saved to the history.')).toBeVisible();
  await page.goto('/history?member=cy_oda_hist');
  await expect(page.getByRole('grid', { name: 'Runs' }).getByRole('row').filter({ hasText: 'Import of history-import-fault.csv' })).toHaveCount(1);
});

test('a content transfer is in the history of the giver and of the receiver, with each group’s result', async ({ page, signInPage }) => {
  test.setTimeout(90_000);
  const [giver, receiver] = ['frank.departing', 'grace.receiver'];
  const content = new ContentPage(page);
  await signInPage.goto(`/content/${giver}`);
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await page
    .getByRole('list', { name: `Groups ${giver} owns` })
    .getByRole('checkbox', { name: /^Street Lights/ })
    .check();
  await page.getByRole('button', { name: 'Transfer ownership…' }).click();
  await content.chooseReceiver(receiver);
  await content.checkPlan();
  await content.dialog().getByRole('button', { name: 'Confirm and move 1 group' }).click();
  await expect(content.dialog().getByText('Saved to the history.')).toBeVisible();
  await content.dialog().getByRole('button', { name: 'Close' }).click();

  const label = `Transfer from ${giver}: 1 group to ${receiver}`;
  for (const member of [giver, receiver]) {
    await page.goto(`/history?member=${member}`);
    await expect(page.getByRole('grid', { name: 'Runs' }).getByRole('row').filter({ hasText: label })).toHaveCount(1);
  }
  await page.getByRole('grid', { name: 'Runs' }).getByRole('row').filter({ hasText: label }).getByRole('link').first().click();
  const members = page.getByRole('grid', { name: 'Members of this run' });
  await expect(members.getByRole('row').filter({ hasText: `1 group moved to ${receiver}` })).toContainText(giver);
  await expect(members.getByRole('row').filter({ hasText: `1 group moved from ${giver}` })).toContainText(receiver);
  await expect(page.getByRole('grid', { name: 'Items and groups of this run' }).getByRole('row').filter({ hasText: 'Street Lights' })).toContainText('moved');
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'history-transfer-run');
});

test('a content transfer is undone from the history: what the receiver still holds goes back to the giver’s folders, what moved on is left alone', async ({
  page,
  emulator,
  signInPage,
}) => {
  test.setTimeout(180_000);
  const [giver, receiver] = ['frank.departing', 'grace.receiver'];
  const before = await emulator.contentOf(giver);
  const titleCounts = new Map<string, number>();
  for (const item of before) titleCounts.set(item.title, (titleCounts.get(item.title) ?? 0) + 1);
  // Private items with unique titles that are neither layers nor their source files (those bring related items along).
  const movable = before.filter(
    (item) => item.access === 'private' && !/Service|CSV|Shapefile|File Geodatabase/.test(item.type) && titleCounts.get(item.title) === 1,
  );
  const chosen = [...movable.filter((item) => item.folder !== '').slice(0, 2), ...movable.filter((item) => item.folder === '').slice(0, 1)];
  expect(chosen).toHaveLength(3);
  const [taken, ...goingBack] = chosen as [(typeof chosen)[number], ...typeof chosen];

  // The transfer: all three to the receiver's root folder.
  const content = new ContentPage(page);
  await signInPage.goto(`/content/${giver}`);
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  for (const item of chosen) {
    await content.search().fill(item.title);
    await expect(content.rows()).toHaveCount(1);
    await content.tick(item.title);
  }
  await content.openTransfer();
  await content.chooseReceiver(receiver);
  await page.getByRole('radio', { name: 'The root folder' }).check();
  await content.checkPlan();
  await content.confirm();
  await expect(content.dialog().getByText('Saved to the history.')).toBeVisible();
  await content.dialog().getByRole('button', { name: 'Close' }).click();
  for (const item of chosen) expect((await emulator.contentOf(receiver)).find((moved) => moved.id === item.id)?.folder).toBe('');

  // Someone else hands one of them on before the undo.
  const handedOn = await emulator.callAs(demo.admin, `content/users/${receiver}/items/${taken.id}/reassign`, {
    targetUsername: demo.admin.username,
    targetFolderName: '/',
  });
  expect(handedOn.success).toBe(true);

  const label = `Transfer from ${giver}: 3 items to ${receiver}`;
  await page.goto(`/history?member=${giver}`);
  await page.getByRole('grid', { name: 'Runs' }).getByRole('row').filter({ hasText: label }).getByRole('link').first().click();
  await page.getByRole('button', { name: 'Undo this run…' }).click();
  const dialog = page.getByRole('dialog', { name: `Undo: ${label}` });
  await expect(dialog.getByRole('status', { name: 'What goes back' })).toHaveText(
    `What goes back to ${giver}: 2 items, each item into the folder it came from.`,
  );
  await expect(dialog.getByRole('region', { name: /^Left alone: 1 item or group/ })).toContainText(
    `${taken.title} (${taken.type}): Now owned by ${demo.admin.username}, not ${receiver} as the run left it.`,
  );
  await expect(dialog.getByRole('table', { name: 'Item pre-flight' }).getByRole('row', { name: new RegExp(goingBack[0]?.title ?? '') })).toContainText(
    goingBack[0]?.folder ?? '',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'history-transfer-undo');

  await dialog.getByRole('button', { name: `Move 2 items back to ${giver}` }).click();
  await expect(dialog.getByText('Saved to the history.')).toBeVisible();
  await expect(dialog.getByRole('status').first()).toHaveText(/^2 of 2 items moved/);
  const giverNow = await emulator.contentOf(giver);
  for (const item of goingBack) expect(giverNow.find((back) => back.id === item.id)?.folder).toBe(item.folder);
  expect(giverNow.find((back) => back.id === taken.id)).toBeUndefined();
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The undo is in the history beside the run it undid, and is not offered to be undone again.
  await page.goto(`/history?member=${giver}`);
  const undoRow = page
    .getByRole('grid', { name: 'Runs' })
    .getByRole('row')
    .filter({ hasText: `Undo a transfer: back from ${receiver}: 2 items to ${giver}` });
  await expect(undoRow).toHaveCount(1);
  await undoRow.getByRole('link').first().click();
  await expect(page.getByRole('link', { name: 'The run it undid' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo this run…' })).toHaveCount(0);
});
