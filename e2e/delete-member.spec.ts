import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';
import { tickRow } from './pages/tick-row';

test.beforeEach(async ({ signInPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
});

test('a member who owns nothing is deleted with a button that names them', async ({ page, emulator }) => {
  test.setTimeout(90_000);
  expect(await emulator.ownedItemCount('eva.schmidt')).toBe(0);
  expect(await emulator.ownedGroupsOf('eva.schmidt')).toEqual([]);
  const memberPage = new MemberPage(page);
  await memberPage.goto('eva.schmidt');
  await memberPage.openAction('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete eva.schmidt' });
  // What the member owns is read before anything is offered.
  await expect(dialog.getByRole('status')).toHaveText('eva.schmidt owns no items and no groups. Deleting the account cannot be undone.');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Delete eva.schmidt' }).click();
  await expect(memberPage.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.', { timeout: 30_000 });
  expect(await emulator.memberExists('eva.schmidt')).toBe(false);
  await memberPage.close();
  await expect(page.getByText('There is no member eva.schmidt in this organization (any more).')).toBeVisible();
});

test('a member who owns content is offered transfer and delete in the dialog: everything moves, then the account goes', async ({ page, emulator }) => {
  test.setTimeout(180_000);
  const leaver = 'frank.departing';
  const colleague = 'grace.receiver';
  const [leaverItems, leaverGroups, colleagueItems, colleagueGroups] = await Promise.all([
    emulator.contentOf(leaver),
    emulator.ownedGroupsOf(leaver),
    emulator.contentOf(colleague),
    emulator.ownedGroupsOf(colleague),
  ]);
  expect(leaverItems).toHaveLength(300);
  expect(leaverGroups).toHaveLength(4);

  const memberPage = new MemberPage(page);
  await memberPage.goto(leaver);
  await memberPage.openAction('Delete');
  const dialog = page.getByRole('dialog', { name: `Delete ${leaver}` });
  await expect(dialog.getByRole('status').first()).toContainText(
    `${leaver} owns 300 items and 4 groups. The portal deletes a member only once they own nothing`,
    { timeout: 60_000 },
  );
  // No plain delete is offered for a member the portal would refuse.
  await expect(dialog.getByRole('button', { name: `Delete ${leaver}` })).toHaveCount(0);

  await dialog.getByLabel('Move everything to').fill('grace');
  await page.getByRole('option', { name: /grace\.receiver/ }).click();
  const check = dialog.getByRole('status', { name: 'Transfer check' });
  await expect(check).toContainText(`300 items and 4 groups can move to ${colleague}`, { timeout: 90_000 });
  const last = dialog.getByRole('button', { name: `Move 300 items and 4 groups to ${colleague}, then delete ${leaver}` });
  await expect(last).toBeDisabled();
  await dialog.getByLabel(`Type ${leaver} to confirm`).fill(leaver);
  expect(await seriousViolations(page)).toEqual([]);
  await last.click();

  await expect(dialog.getByText(`The account ${leaver} was deleted.`)).toBeVisible({ timeout: 150_000 });
  await expect(dialog.getByText(`Verified: ${leaver} owns no items and no groups.`)).toBeVisible();
  const [afterItems, afterGroups] = await Promise.all([emulator.contentOf(colleague), emulator.ownedGroupsOf(colleague)]);
  expect(afterItems).toHaveLength(colleagueItems.length + 300);
  expect(afterGroups.toSorted()).toEqual([...colleagueGroups, ...leaverGroups].toSorted());
  expect(await emulator.memberExists(leaver)).toBe(false);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText(`There is no member ${leaver} in this organization (any more).`)).toBeVisible();
});

test('a member with add-on licences cannot be deleted, and the dialog says why', async ({ page }) => {
  const memberPage = new MemberPage(page);
  await memberPage.goto('dan.ng');
  await memberPage.openAction('Delete');
  const dialog = page.getByRole('dialog', { name: 'Delete dan.ng' });
  await expect(dialog.getByRole('status')).toContainText('dan.ng cannot be deleted: dan.ng holds 2 add-on licences');
  await expect(dialog.getByRole('button', { name: /^Delete dan\.ng/ })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /^Move/ })).toHaveCount(0);
});

test('a bulk delete sends only members who own nothing; the others are named with the reason', async ({ page, emulator, membersPage }) => {
  test.setTimeout(120_000);
  const created = await emulator.callAs(demo.admin, 'community/createGroup', { title: 'Leaving this month', access: 'org' });
  const groupId = (created.group as { id: string }).id;
  expect((await emulator.callAs(demo.admin, `community/groups/${groupId}/addUsers`, { users: 'ana.lima,carla.rossi' })).notAdded).toEqual([]);
  expect(await emulator.ownedItemCount('ana.lima')).toBe(6);

  await page.goto(`/members?group=${groupId}`);
  await expect(membersPage.rowFor('carla.rossi')).toBeVisible({ timeout: 30_000 });
  await tickRow(membersPage.rowFor('ana.lima'));
  // The grid redraws its rows for the new selection: the next click waits for that.
  await expect(page.getByText('1 member selected')).toBeVisible();
  await tickRow(membersPage.rowFor('carla.rossi'));
  await expect(page.getByText('2 members selected')).toBeVisible();
  const memberPage = new MemberPage(page);
  await memberPage.openAction('Delete');
  const preview = memberPage.dialog().getByRole('status', { name: 'Preview' });
  await expect(preview).toContainText('Delete 1 member.', { timeout: 30_000 });
  await expect(preview).toContainText('Not sent for ana.lima: Owns 6 items and 1 group — use Transfer and delete.');
  await memberPage.confirmButton('Delete 1 member').click();
  await expect(memberPage.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 1 skipped.', { timeout: 30_000 });
  await expect(memberPage.results().getByRole('row').filter({ hasText: 'ana.lima' })).toContainText('Owns 6 items and 1 group — use Transfer and delete.');
  expect(await emulator.memberExists('carla.rossi')).toBe(false);
  expect(await emulator.memberExists('ana.lima')).toBe(true);
});
