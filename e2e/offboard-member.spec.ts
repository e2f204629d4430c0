import type { Request } from '@playwright/test';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { OffboardPage } from './pages/offboard-page';

// 300 items are checked and moved one request each: give the journey room on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

const leaver = 'frank.departing';
const colleague = 'grace.receiver';

test('offboard a member with 300 items and 4 groups to one colleague: account deleted, nothing lost', async ({ page, emulator, signInPage }) => {
  const [leaverItems, leaverGroups, colleagueItems, colleagueGroups] = await Promise.all([
    emulator.contentOf(leaver),
    emulator.ownedGroupsOf(leaver),
    emulator.contentOf(colleague),
    emulator.ownedGroupsOf(colleague),
  ]);
  expect(leaverItems).toHaveLength(300);
  expect(leaverGroups).toHaveLength(4);

  const wizard = new OffboardPage(page);
  await signInPage.goto(`/members/${leaver}/offboard`);
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(wizard.itemsSection()).toHaveAccessibleName('Items (300)');
  await expect(wizard.groupsSection()).toHaveAccessibleName('Groups owned (4)');
  await expect(wizard.itemsSection().getByRole('row', { name: /Stormwater/ })).toContainText('60');
  await expect(page.getByText(/user type Creator/)).toBeVisible();
  await expect(page.getByText('Pending invitations: 0.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await wizard.next();
  // Checking before choosing who receives: the field says so, and nothing is asked of the portal.
  const asked: string[] = [];
  const onRequest = (request: Request) => {
    asked.push(request.url());
  };
  page.on('request', onRequest);
  await wizard.checkPlan();
  await expect(page.getByText('Receives the content: choose a member.')).toBeVisible();
  page.off('request', onRequest);
  expect(asked.filter((url) => url.includes('/sharing/rest/'))).toEqual([]);

  await wizard.chooseReceiver(colleague);
  // Nothing happens to the account unless asked for.
  await expect(page.getByRole('radio', { name: 'Leave the account as it is' })).toBeChecked();
  await wizard.chooseDelete();
  expect(await seriousViolations(page)).toEqual([]);
  await wizard.checkPlan();

  await expect(wizard.preflightStatus()).toHaveText(/^300 items checked: .*[1-9]\d* blocked\.$/, { timeout: 60_000 });
  await wizard.addReceiverToFlaggedGroups();
  await expect(wizard.preflightStatus()).toHaveText(/^300 items checked: .* 0 blocked\.$/);
  await expect(page.getByRole('table', { name: 'Group pre-flight' }).getByRole('row', { name: /Ready/ })).toHaveCount(4);
  expect(await seriousViolations(page)).toEqual([]);
  // A little latency on each reassign keeps the progress step on screen long enough to scan it.
  await emulator.setFaults({ latencyMs: 100, match: '/reassign' });
  const last = page.getByRole('button', { name: `Move 300 items and 4 groups, then delete ${leaver}` });
  await expect(last).toBeDisabled();
  await wizard.typeUsernameToConfirm(leaver);
  await last.click();
  await expect(page.getByRole('progressbar', { name: 'Transfer progress' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await expect(page.getByText(`The account ${leaver} was deleted.`)).toBeVisible({ timeout: 120_000 });
  await expect(wizard.verification()).toHaveText(`Verified: ${leaver} owns no items and no groups.`);
  expect(await seriousViolations(page)).toEqual([]);

  // Nothing lost: every item and group of the leaver is now the colleague's.
  const [afterItems, afterGroups] = await Promise.all([emulator.contentOf(colleague), emulator.ownedGroupsOf(colleague)]);
  expect(afterItems).toHaveLength(colleagueItems.length + 300);
  expect(afterGroups.toSorted()).toEqual([...colleagueGroups, ...leaverGroups].toSorted());
  const received = new Map(afterItems.map((item) => [item.id, item.folder]));
  for (const item of leaverItems) expect(received.get(item.id), item.title).toBe(item.folder);
  expect(await emulator.memberExists(leaver)).toBe(false);
});

test('a failure keeps the account and reports what remains; running the wizard again finishes', async ({ page, emulator, signInPage }) => {
  const wizard = new OffboardPage(page);
  await signInPage.goto(`/members/${leaver}/offboard`);
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(wizard.itemsSection()).toHaveAccessibleName('Items (300)');
  await wizard.next();
  await wizard.chooseReceiver(colleague);
  await wizard.chooseDelete();
  await wizard.checkPlan();
  await expect(wizard.preflightStatus()).toHaveText(/items checked/, { timeout: 60_000 });
  await wizard.addReceiverToFlaggedGroups();

  // After the check, someone takes the colleague out of All Staff: the portal now refuses every item shared there.
  const allStaff = await emulator.groupIdByTitle('All Staff');
  const removed = await emulator.callAs(demo.admin, `community/groups/${allStaff}/removeUsers`, { users: colleague });
  expect(removed.error).toBeUndefined();
  await wizard.typeUsernameToConfirm(leaver);
  await wizard.confirm(new RegExp(`^Move \\d+ items and 4 groups, then delete ${leaver.replace('.', '\\.')}$`));

  await expect(page.getByText(/^Offboarding not finished: \d+ items? remains?$/)).toBeVisible({ timeout: 120_000 });
  await expect(page.getByText(/The account was kept: the member still owns \d+ items?/)).toBeVisible();
  await expect(wizard.remaining()).toContainText('is not a member of the group the item is shared to: All Staff');
  expect(await seriousViolations(page)).toEqual([]);
  expect(await emulator.memberExists(leaver)).toBe(true);
  const left = await emulator.contentOf(leaver);
  expect(left.length).toBeGreaterThan(0);

  // Again: the inventory is read afresh, only what is left is planned, and All Staff is offered.
  await page.getByRole('button', { name: 'Run the wizard again' }).click();
  await expect(wizard.itemsSection()).toHaveAccessibleName(`Items (${String(left.length)})`);
  await expect(wizard.groupsSection()).toHaveAccessibleName('Groups owned (0)');
  await wizard.next();
  await wizard.chooseReceiver(colleague);
  await wizard.checkPlan();
  await expect(wizard.preflightStatus()).toHaveText(new RegExp(`^${String(left.length)} items? checked`));
  await expect(page.getByRole('checkbox', { name: /^Add grace\.receiver to “All Staff”/ })).toBeVisible();
  await wizard.addReceiverToFlaggedGroups();
  // The choice to delete was kept for the second run; the username is asked again.
  await wizard.typeUsernameToConfirm(leaver);
  await wizard.confirm(new RegExp(`, then delete ${leaver.replace('.', '\\.')}$`));
  await expect(page.getByText(`The account ${leaver} was deleted.`)).toBeVisible({ timeout: 60_000 });
  expect(await emulator.memberExists(leaver)).toBe(false);
});

test('a help desk member is told they can transfer but not delete', async ({ page, signInPage }) => {
  const wizard = new OffboardPage(page);
  await signInPage.goto(`/members/${leaver}/offboard`);
  await signInPage.signIn(demo.helpdesk.username, demo.helpdesk.password);
  await wizard.next();
  await expect(page.getByText('Your role can transfer content but cannot delete members.', { exact: false })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Delete the account' })).toBeDisabled();
  await expect(page.getByRole('radio', { name: 'Leave the account as it is' })).toBeChecked();
  await wizard.checkPlan();
  await expect(page.getByText('Receives the content: choose a member.')).toBeVisible();
  await wizard.chooseReceiver(colleague);
  await wizard.checkPlan();
  await expect(wizard.preflightStatus()).toHaveText(/^300 items checked/, { timeout: 60_000 });
  // Help Desk cannot reassign groups: each group says so.
  await expect(page.getByRole('table', { name: 'Group pre-flight' }).getByRole('row', { name: /ask an administrator/ })).toHaveCount(4);
  expect(await seriousViolations(page)).toEqual([]);
});

test('a member who holds add-on licences: the wizard says up front that the portal will not delete the account', async ({ page, signInPage }) => {
  const wizard = new OffboardPage(page);
  await signInPage.goto('/members/dan.ng/offboard');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByText('Add-on licences: 2.')).toBeVisible();
  await expect(page.getByText('Esri access: on. It is turned off just before the account is deleted, as the portal requires.')).toBeVisible();
  await wizard.next();
  await expect(page.getByRole('radio', { name: 'Delete the account' })).toBeDisabled();
  await expect(page.getByRole('radio', { name: 'Leave the account as it is' })).toBeChecked();
  await expect(page.getByText(/^The account cannot be deleted: dan\.ng holds 2 add-on licences \(.+\), and the portal does not delete/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
