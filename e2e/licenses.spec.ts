import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';
import { OffboardPage } from './pages/offboard-page';
import { tickRow } from './pages/tick-row';

test.describe.configure({ timeout: 120_000 });

const extensions = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'ArcGIS Pro Extensions' });

test('the Licences screen shows each add-on licence with assigned/bought and who holds it', async ({ page, signInPage }) => {
  await signInPage.goto('/licenses');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('heading', { name: 'Add-on licences', level: 1 })).toBeVisible();
  const pro = page.getByRole('region', { name: 'ArcGIS Pro', exact: true });
  await expect(pro.getByRole('row', { name: /^desktopAdvN/ })).toHaveText(/desktopAdvN132dan\.ng/);
  await expect(extensions(page).getByRole('row', { name: /^spatialAnalystN/ })).toHaveText(/spatialAnalystN121dan\.ng/);
  await expect(extensions(page)).toContainText('Held by 1 member of at most 4');
  expect(await seriousViolations(page)).toEqual([]);
  await pro.getByRole('link', { name: 'dan.ng' }).click();
  await expect(page.getByRole('region', { name: 'Licences' })).toContainText('desktopAdvN');
});

test('assign a licence to a selection with the count left; refused before sending when not enough', async ({ page, signInPage, membersPage, emulator }) => {
  const dialog = new MemberPage(page);
  const { total: matching } = await emulator.listMembers({ role: 'iAAAAAAAAAAAAAAA', userLicenseType: 'editorUT' });
  await signInPage.goto('/members?role=iAAAAAAAAAAAAAAA&type=editorUT');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await membersPage.selectFirstRow();
  await page.getByRole('button', { name: `Select all ${String(matching)} that match` }).click();
  await dialog.openAction('Assign licence');
  await dialog.choose('Licence', /^ArcGIS Pro Extensions — networkAnalystN \(2 of 2 left\)$/);
  const preview = dialog.dialog().getByRole('status', { name: 'Preview' });
  await expect(preview).toContainText(`2 of 2 networkAnalystN licences (ArcGIS Pro Extensions) left; this assigns ${String(matching)}.`);
  await expect(dialog.dialog().getByRole('alert')).toContainText(`Not enough networkAnalystN licences: ${String(matching)} needed, 2 left.`);
  await expect(dialog.confirmButton(`Assign networkAnalystN (ArcGIS Pro Extensions) to ${String(matching)} members`)).toBeDisabled();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.dialog().getByRole('button', { name: 'Cancel' }).click();

  // Two picked members fit: the run assigns, and the Licences screen counts them.
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await tickRow(membersPage.rows().nth(0));
  await tickRow(membersPage.rows().nth(1));
  await dialog.openAction('Assign licence');
  await dialog.choose('Licence', /^ArcGIS Pro Extensions — networkAnalystN/);
  await expect(preview).toContainText('2 of 2 networkAnalystN licences (ArcGIS Pro Extensions) left; this assigns 2.');
  await dialog.confirmButton('Assign networkAnalystN (ArcGIS Pro Extensions) to 2 members').click();
  await expect(dialog.resultSummary()).toHaveText('2 done, 0 failed, 0 unchanged, 0 skipped.');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.close();
  await page.goto('/licenses');
  await expect(extensions(page).getByRole('row', { name: /^networkAnalystN/ })).toHaveText(/^networkAnalystN220/);
});

test('revoke a licence on the member page', async ({ page, signInPage }) => {
  const member = new MemberPage(page);
  await signInPage.goto('/members/dan.ng');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const licences = page.getByRole('region', { name: 'Licences' });
  await expect(licences.getByRole('row')).toHaveCount(3);
  expect(await seriousViolations(page)).toEqual([]);
  await licences.getByRole('button', { name: 'Revoke spatialAnalystN' }).click();
  await expect(member.dialog().getByRole('status', { name: 'Preview' })).toContainText(
    '1 of 2 spatialAnalystN licences (ArcGIS Pro Extensions) left; this frees 1.',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await member.confirmButton('Revoke spatialAnalystN (ArcGIS Pro Extensions) from 1 member').click();
  await expect(member.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await member.close();
  await expect(licences.getByRole('row')).toHaveCount(2);
  await expect(licences).not.toContainText('spatialAnalystN');
});

test('offboard dan.ng: the plan offers to revoke his 2 add-on licences, and the run revokes them before the delete', async ({ page, signInPage, emulator }) => {
  const wizard = new OffboardPage(page);
  await signInPage.goto('/members/dan.ng/offboard');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByText('Add-on licences: 2.')).toBeVisible();
  await wizard.next();
  await wizard.chooseReceiver('grace.receiver');
  const deleteChoice = page.getByRole('radio', { name: 'Delete the account' });
  await expect(deleteChoice).toBeDisabled();
  await page.getByRole('checkbox', { name: 'Revoke 2 add-on licences before deleting' }).check();
  // The licences are named by their titles, as the organization's purchases list them.
  await expect(page.getByRole('listitem').filter({ hasText: 'ArcGIS Pro: desktopAdvN' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'ArcGIS Pro Extensions: spatialAnalystN' })).toBeVisible();
  await wizard.chooseDelete();
  expect(await seriousViolations(page)).toEqual([]);
  await wizard.checkPlan();
  await wizard.addReceiverToFlaggedGroups();
  await wizard.typeUsernameToConfirm('dan.ng');
  await wizard.confirm(/then delete dan\.ng$/);
  await expect(page.getByText('The account dan.ng was deleted.')).toBeVisible({ timeout: 60_000 });
  expect(await emulator.memberExists('dan.ng')).toBe(false);
  await page.goto('/licenses');
  await expect(extensions(page)).toContainText('Held by 0 members of at most 4');
});

test('the Licences screen lists app bundles with what they include, and says when the portal lists none', async ({ page, signInPage, emulator }) => {
  await signInPage.goto('/licenses');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const bundles = page.getByRole('region', { name: 'App bundles' });
  await expect(bundles).toContainText('The portal lists no app bundles for this organization.');

  // A portal that lists a bundle (the emulator's extension: no document shows this listing's entries).
  await emulator.setProfile({ extensions: true });
  await page.reload();
  await expect(bundles.getByRole('row', { name: /^Field Apps Bundle/ })).toHaveText('Field Apps BundleArcGIS Workforce, ArcGIS Survey123');
  await expect(bundles).toContainText('The portal does not report how many members hold each bundle or how many were bought.');
  expect(await seriousViolations(page)).toEqual([]);
});
