import { readFileSync } from 'node:fs';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';
import { tickRow } from './pages/tick-row';

// Sign-in, a filtered table and a bulk run in one journey: on the shared 2-core machine 30 s is not always enough.
test.describe.configure({ timeout: 90_000 });

test.beforeEach(async ({ signInPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
});

test('bulk-change the user type of a filtered selection across pages: refused without seats, done with them', async ({ page, emulator, membersPage }) => {
  const dialog = new MemberPage(page);
  const filter = { role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'editorUT' };
  const { total: matching } = await emulator.listMembers(filter);
  expect(matching).toBeGreaterThan(25); // more than one page
  await emulator.setSeatsLeft({ viewerUT: matching - 1 });

  await page.goto('/members?role=iAAAAAAAAAAAAAAA&type=editorUT');
  await expect(membersPage.summary()).toHaveText(`${String(matching)} members match the filters`);
  await membersPage.selectFirstRow();
  await page.getByRole('button', { name: `Select all ${String(matching)} that match` }).click();
  await expect(page.getByText(`All ${String(matching)} matching members are selected`)).toBeVisible();

  await dialog.openAction('Change user type');
  await dialog.choose('New user type', /^Viewer —/);
  const preview = dialog.dialog().getByRole('status', { name: 'Preview' });
  await expect(preview).toContainText(
    new RegExp(
      `^Change the user type of ${String(matching)} members to Viewer\\.${String(matching - 1)} of [\\d,]+ Viewer seats left; this change needs ${String(matching)}\\.$`,
    ),
  );
  await expect(dialog.dialog().getByRole('alert')).toContainText('Not enough Viewer seats');
  const confirm = dialog.confirmButton(`Change the user type of ${String(matching)} members to Viewer`);
  await expect(confirm).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.dialog().getByRole('button', { name: 'Cancel' }).click();

  await emulator.setSeatsLeft({ viewerUT: matching });
  await dialog.openAction('Change user type');
  await dialog.choose('New user type', /^Viewer —/);
  await expect(preview).toContainText(new RegExp(`${String(matching)} of [\\d,]+ Viewer seats left`));
  await confirm.click();
  await expect(dialog.resultSummary()).toHaveText(`${String(matching)} done, 0 failed, 0 unchanged, 0 skipped.`);
  await expect(dialog.results().getByRole('row').filter({ hasText: 'Done' }).first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const download = page.waitForEvent('download');
  await dialog.dialog().getByRole('button', { name: 'Download results (CSV)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^member-changes-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await file.path(), 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe('Username,Full name,Action,Result,Reason');
  expect(lines).toHaveLength(matching + 1);
  for (const line of lines.slice(1)) expect(line).toContain(`,Change the user type of ${String(matching)} members to Viewer,Done,`);
  await dialog.close();
  // The selection ends with the run: it held the members as they were before.
  await expect(page.getByRole('button', { name: 'Clear selection' })).toHaveCount(0);

  await expect(page.getByText('No members match the filters.')).toBeVisible();
  expect((await emulator.listMembers(filter)).total).toBe(0);
  expect((await emulator.listMembers({ role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'viewerUT' })).total).toBeGreaterThanOrEqual(matching);
});

test('the group filter narrows the table to a group’s members and combines with the other filters', async ({ page, emulator, membersPage }) => {
  await page.getByLabel('Group').fill('Parcel');
  await page.getByRole('option', { name: 'Parcel Editors' }).click();
  await expect(page).toHaveURL(/group=\w+/);
  await expect(membersPage.rowFor('ana.lima')).toBeVisible();
  await expect(membersPage.rowFor('ben.okafor')).toBeVisible();
  const inGroup = await membersPage.rows().count();
  expect(inGroup).toBeGreaterThan(1);
  expect(await emulator.countMembers('*')).toBeGreaterThan(inGroup);

  const filters = page.getByRole('group', { name: 'Filters' });
  await filters.getByLabel('Role').click();
  await page.getByRole('option', { name: 'Data Editor' }).click();
  await expect(membersPage.rowFor('ben.okafor')).toBeVisible();
  await expect(membersPage.rowFor('ana.lima')).toHaveCount(0);
  for (const text of await membersPage.rows().allInnerTexts()) expect(text).toContain('Data Editor');
});

test('add a selected member to a group, then remove them from the member page', async ({ page, membersPage }) => {
  const dialog = new MemberPage(page);
  await membersPage.search().fill('carla.rossi');
  await tickRow(membersPage.rowFor('carla.rossi'));
  await membersPage.search().fill('dan.ng');
  await expect(membersPage.rowFor('dan.ng')).toBeVisible();
  await expect(page.getByText('1 member selected')).toHaveCount(0); // a new search starts a new selection
  await tickRow(membersPage.rowFor('dan.ng'));
  await expect(page.getByText('1 member selected')).toBeVisible();
  await dialog.openAction('Add to group');
  await dialog.dialog().getByLabel('Group').fill('GIS');
  await page.getByRole('option', { name: 'GIS Team' }).click();
  await dialog.confirmButton('Add 1 member to GIS Team').click();
  await expect(dialog.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await dialog.dialog().getByRole('link', { name: 'dan.ng' }).click();

  await expect(dialog.section(/^Groups/)).toContainText('GIS Team');
  await dialog.openAction('Remove from group');
  await dialog.dialog().getByLabel('Group').fill('GIS');
  await page.getByRole('option', { name: 'GIS Team' }).click();
  await dialog.confirmButton('Remove 1 member from GIS Team').click();
  await expect(dialog.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await dialog.close();
  await expect(dialog.section(/^Groups/)).not.toContainText('GIS Team');
});

test('a member the portal keeps in a group is a failed row that says so', async ({ page, emulator, membersPage }) => {
  const dialog = new MemberPage(page);
  const gisTeam = await emulator.groupIdByTitle('GIS Team');
  await emulator.callAs(demo.admin, `community/groups/${gisTeam}/addUsers`, { users: 'dan.ng' });
  // The portal answers that it kept dan.ng (as it keeps a group's owner) and removes nobody.
  await page.route('**/community/groups/*/removeUsers', (route) => route.fulfill({ json: { notRemoved: ['dan.ng'] } }));
  await membersPage.search().fill('dan.ng');
  await tickRow(membersPage.rowFor('dan.ng'));
  await dialog.openAction('Remove from group');
  await dialog.dialog().getByLabel('Group').fill('GIS');
  await page.getByRole('option', { name: 'GIS Team' }).click();
  await dialog.confirmButton('Remove 1 member from GIS Team').click();
  await expect(dialog.resultSummary()).toHaveText('0 done, 1 failed, 0 unchanged, 0 skipped.');
  await expect(dialog.results().getByRole('row').filter({ hasText: 'dan.ng' })).toContainText(
    'Not removed: the portal kept this member in the group (a group’s owner cannot be removed).',
  );
  const members = await emulator.callAs(demo.admin, `community/groups/${gisTeam}/users`);
  expect(members.users).toContain('dan.ng');
});

test('a bulk run can be cancelled; members not sent are reported', async ({ page, emulator, membersPage }) => {
  const dialog = new MemberPage(page);
  await emulator.setFaults({ match: 'updateUserRole', latencyMs: 400 });
  await page.goto('/members?role=iAAAAAAAAAAAAAAA&type=editorUT');
  await membersPage.selectFirstRow();
  await page.getByRole('button', { name: /^Select all \d+ that match$/ }).click();
  await dialog.openAction('Change role');
  await dialog.choose('New role', 'Data Editor');
  await dialog.confirmButton(/^Change the role of \d+ members to Data Editor$/).click();
  await expect(dialog.dialog().getByRole('status')).toContainText(/^[1-9]\d* of \d+ members handled/);
  await dialog.dialog().getByRole('button', { name: 'Cancel run' }).click();
  await expect(dialog.resultSummary()).toHaveText(/^Cancelled\. [1-9]\d* done, 0 failed, 0 unchanged, 0 skipped, [1-9]\d* not sent\.$/);
  await expect(dialog.results().getByRole('row').filter({ hasText: 'Not sent' }).first()).toBeVisible();
});

test('a row unticked after "select all that match" is left out, on any page', async ({ page, emulator, membersPage }) => {
  const dialog = new MemberPage(page);
  const filter = { role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'editorUT' };
  const { total: matching } = await emulator.listMembers(filter);
  expect(matching).toBeGreaterThan(25);

  await page.goto('/members?role=iAAAAAAAAAAAAAAA&type=editorUT');
  await expect(membersPage.summary()).toHaveText(`${String(matching)} members match the filters`);
  await membersPage.selectFirstRow();
  await page.getByRole('button', { name: `Select all ${String(matching)} that match` }).click();
  const [leftOut = ''] = (await emulator.listMembers({ ...filter, sortField: 'username', sortOrder: 'asc', start: '26', num: '1' })).usernames;
  await membersPage.nextPage();
  await expect(membersPage.rows().first()).toContainText(leftOut);
  await membersPage.rows().first().getByRole('checkbox').uncheck();
  await expect(page.getByText(`${String(matching - 1)} members selected`)).toBeVisible();

  await dialog.openAction('Change role');
  await dialog.choose('New role', 'Data Editor');
  const change = `Change the role of ${String(matching - 1)} members to Data Editor`;
  await expect(dialog.dialog().getByRole('status', { name: 'Preview' })).toContainText(change);
  await dialog.confirmButton(change).click();
  await expect(dialog.resultSummary()).toHaveText(`${String(matching - 1)} done, 0 failed, 0 unchanged, 0 skipped.`);
  // Only the unticked member still matches: everyone else became a Data Editor.
  expect((await emulator.listMembers(filter)).usernames).toEqual([leftOut]);
});

test('on a portal that reports no purchased seats, a user type change is not blocked and says so', async ({ page, emulator, membersPage }) => {
  const dialog = new MemberPage(page);
  await emulator.setProfile({ hideSeats: true });
  await emulator.setSeatsLeft({ viewerUT: 0 }); // the portal still has seats; it just does not report them
  await page.reload();
  await page.goto('/members?role=iAAAAAAAAAAAAAAA&type=editorUT');
  await tickRow(membersPage.rows().nth(0));
  await tickRow(membersPage.rows().nth(1));
  await dialog.openAction('Change user type');
  await dialog.choose('New user type', /^Viewer — Viewer seats: not reported by the portal$/);
  const preview = dialog.dialog().getByRole('status', { name: 'Preview' });
  await expect(preview).toContainText('Viewer seats: not reported by the portal; this change needs 2 (the portal checks its seats when the change is sent).');
  await expect(dialog.dialog().getByRole('alert').filter({ hasText: 'Not enough' })).toHaveCount(0);
  await dialog.confirmButton('Change the user type of 2 members to Viewer').click();
  // The portal decides: with no seat left it refuses each member, and the result gives its reason.
  await expect(dialog.resultSummary()).toHaveText('0 done, 2 failed, 0 unchanged, 0 skipped.');
  await expect(dialog.results()).toContainText("No 'Viewer' licenses are available.");
});

test('Change role lists every role and says next to each which selected members their user type keeps from it', async ({ page, emulator, membersPage }) => {
  test.setTimeout(120_000);
  const dialog = new MemberPage(page);
  // A portal that lists the roles each user type allows (Contributor: Viewer and Data Editor; Creator: any role).
  await emulator.setProfile({ extensions: true });
  await page.reload();
  const contributors = membersPage.rows().filter({ hasText: 'Contributor' });
  const creators = membersPage.rows().filter({ hasText: 'Creator' });
  await expect(contributors.nth(1)).toBeVisible({ timeout: 30_000 });
  await expect(creators.first()).toBeVisible();
  const usernameIn = async (row: ReturnType<typeof membersPage.rows>) => (await row.getByRole('link').first().textContent()) ?? '';
  const [first, second, creator] = [await usernameIn(contributors.nth(0)), await usernameIn(contributors.nth(1)), await usernameIn(creators.first())];
  for (const username of [first, second, creator]) {
    await tickRow(membersPage.rows().filter({ has: page.getByRole('link', { name: username, exact: true }) }));
  }
  await expect(page.getByText('3 members selected')).toBeVisible();

  await dialog.openAction('Change role');
  await dialog.dialog().getByLabel('New role').click();
  // Every role is offered, none greyed out; the ones a Contributor cannot hold say for whom.
  for (const name of ['Administrator', 'Publisher', 'User', 'Viewer', 'Data Editor']) {
    await expect(page.getByRole('option', { name, exact: true })).toBeEnabled();
  }
  const note = `Not allowed for 2 of 3 selected: ${first}, ${second} (Contributor)`;
  await expect(page.getByRole('option', { name: 'Publisher', exact: true })).toHaveAccessibleDescription(note);
  await expect(page.getByRole('option', { name: 'Publisher', exact: true })).toContainText(note);
  await expect(page.getByRole('option', { name: 'Administrator', exact: true })).toContainText(note);
  await expect(page.getByRole('option', { name: 'Viewer', exact: true })).not.toContainText('Not allowed');
  await expect(page.getByRole('option', { name: 'Data Editor', exact: true })).not.toContainText('Not allowed');
  await page.getByRole('option', { name: 'Publisher', exact: true }).click();
  await expect(dialog.dialog().getByLabel('New role')).toHaveText('Publisher');
  const preview = dialog.dialog().getByRole('status', { name: 'Preview' });
  await expect(preview).toContainText('Change the role of 1 member to Publisher.');
  await expect(preview).toContainText('Not sent for 2 members: Their user type Contributor does not allow the role Publisher.');
  await dialog.dialog().getByRole('button', { name: 'Cancel' }).click();

  // A portal that does not report compatibility: nothing is guessed, every role reads plainly.
  await emulator.setProfile({ extensions: false });
  await dialog.openAction('Change role');
  await dialog.dialog().getByLabel('New role').click();
  await expect(page.getByRole('option', { name: 'Publisher', exact: true })).toBeVisible();
  await expect(page.getByRole('listbox')).not.toContainText('Not allowed');
});
