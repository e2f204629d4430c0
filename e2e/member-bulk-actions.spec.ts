import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';

test.beforeEach(async ({ signInPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
});

test('bulk-change the user type of a filtered selection across pages: refused without seats, done with them', async ({
  page,
  emulator,
  membersPage,
}) => {
  const dialog = new MemberPage(page);
  const filter = 'roleid:iAAAAAAAAAAAAAAA AND userlicensetype:editorUT';
  const matching = await emulator.countMembers(filter);
  expect(matching).toBeGreaterThan(25); // more than one page
  await emulator.setSeatsLeft({ viewerUT: matching - 1 });

  await page.goto('/members?role=iAAAAAAAAAAAAAAA&type=editorUT');
  await expect(membersPage.summary()).toHaveText(`${String(matching)} members match the filters`);
  await membersPage.rows().first().getByRole('checkbox').check();
  await page.getByRole('button', { name: `Select all ${String(matching)} that match` }).click();
  await expect(page.getByText(`All ${String(matching)} matching members are selected`)).toBeVisible();

  await dialog.openAction('Change user type');
  await dialog.choose('New user type', /^Viewer —/);
  const preview = dialog.dialog().getByRole('status', { name: 'Preview' });
  await expect(preview).toContainText(new RegExp(`^Change the user type of ${String(matching)} members to Viewer\\.${String(matching - 1)} of [\\d,]+ Viewer seats left; this change needs ${String(matching)}\\.$`));
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
  await dialog.close();

  await expect(page.getByText('No members match the filters.')).toBeVisible();
  expect(await emulator.countMembers(filter)).toBe(0);
  expect(await emulator.countMembers('roleid:iAAAAAAAAAAAAAAA AND userlicensetype:viewerUT')).toBeGreaterThanOrEqual(matching);
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
