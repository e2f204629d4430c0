import type { Page } from '@playwright/test';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';
import { RoleDetailPage } from './pages/roles-detail-page';
import { RoleEditorPage } from './pages/roles-editor-page';
import { RolesPage } from './pages/roles-page';
import type { SignInPage } from './pages/sign-in-page';

async function signInToRoles(signInPage: SignInPage, page: Page) {
  await signInPage.goto('/roles');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const roles = new RolesPage(page);
  await expect(roles.heading()).toBeVisible();
  return roles;
}

test('the roles list shows every role with the member count the portal reports', async ({ page, emulator, signInPage, membersPage }) => {
  const roles = await signInToRoles(signInPage, page);
  const viewer = await emulator.roleIdNamed('Viewer');
  const helpDesk = await emulator.roleIdNamed('Help Desk');
  const expected: [string, string][] = [
    ['Administrator', 'org_admin'],
    ['Publisher', 'org_publisher'],
    ['User', 'org_user'],
    ['Viewer', viewer],
    ['Help Desk', helpDesk],
  ];
  for (const [name, q] of expected) {
    const { total: count } = await emulator.listMembers({ role: q });
    expect(count).toBeGreaterThan(0);
    await expect(roles.countLink(name)).toHaveText(count.toLocaleString('en-US'));
  }
  await expect(roles.table().getByRole('row')).toHaveCount(1 + 7); // header + 3 built-in + Viewer, Data Editor, 2 custom
  expect(await seriousViolations(page)).toEqual([]);

  const { total: helpDeskCount } = await emulator.listMembers({ role: helpDesk });
  await roles.countLink('Help Desk').click();
  await expect(page).toHaveURL(new RegExp(`/members\\?role=${helpDesk}$`));
  await expect(membersPage.summary()).toHaveText(new RegExp(`^${String(helpDeskCount)} members match the filters`));
});

test('create a role from a template, change its privileges, and read them on the role page', async ({ page, emulator, signInPage }) => {
  test.setTimeout(120_000); // the longest journey: create, assign, edit, on a shared two-core machine
  const roles = await signInToRoles(signInPage, page);
  const editor = new RoleEditorPage(page);
  const rolePage = new RoleDetailPage(page);

  await roles.createButton().click();
  await editor.chooseTemplate('Publisher');
  await expect(editor.privilege('Publish hosted feature layers')).toBeChecked();
  await expect(editor.privilege('View all members')).not.toBeChecked();
  // Field rules with live counters, before anything is sent.
  await editor.name().fill('x'.repeat(129));
  await expect(page.getByText('Name is 129 characters; the portal allows 128.')).toBeVisible();
  await expect(page.getByText('129 / 128')).toBeVisible();
  await editor.name().fill('Help Desk');
  await expect(page.getByText('A role named “Help Desk” already exists.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await editor.name().fill('Field Supervisor');
  await editor.description().fill('Publishes field data and reviews members.');
  await editor.privilege('Publish hosted tile layers').uncheck();
  await editor.privilege('View all members').check();
  await editor.review().click();
  const dialog = editor.dialog();
  await expect(dialog).toContainText('Privileges: ');
  await expect(dialog).toContainText('starting from Publisher');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Create role' }).click();

  await expect(rolePage.heading('Field Supervisor')).toBeVisible();
  await expect(page.getByText('The role “Field Supervisor” was created.')).toBeVisible();
  await expect(rolePage.membersStatus()).toHaveText('0 members hold this role.');
  await expect(rolePage.privilegeItems().filter({ hasText: 'View all members' })).toHaveCount(1);
  await expect(rolePage.privilegeItems().filter({ hasText: 'Publish hosted feature layers' })).toHaveCount(1);
  await expect(rolePage.privilegeItems().filter({ hasText: 'Publish hosted tile layers' })).toHaveCount(0);
  // The portal does not report which user types allow a role: the page says so instead of guessing.
  await expect(rolePage.userTypes()).toHaveCount(0);
  await expect(page.getByText(/^Not reported by the portal: it checks whether a member.s user type allows a role/)).toBeVisible();
  const roleId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
  const created = await emulator.rolePrivileges(roleId);
  expect(created).toContain('portal:admin:viewUsers');
  expect(created).not.toContain('portal:publisher:publishTiles');
  expect(await seriousViolations(page)).toEqual([]);

  // The administrator gives the role to a member on the member page; the member's privileges follow it.
  const memberPage = new MemberPage(page);
  await memberPage.goto('ana.lima');
  await expect(memberPage.privileges()).not.toContainText('View all members');
  await memberPage.openAction('Change role');
  await memberPage.choose('New role', 'Field Supervisor');
  await memberPage.confirmButton('Change the role of 1 member to Field Supervisor').click();
  await expect(memberPage.resultSummary()).toHaveText('1 done, 0 failed, 0 unchanged, 0 skipped.');
  await memberPage.close();
  await expect(page.getByRole('heading', { name: 'Privileges of the role Field Supervisor' })).toBeVisible();
  await expect(memberPage.privileges()).toContainText('View all members');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await expect(roles.countLink('Field Supervisor')).toHaveText('1');
  await roles.roleLink('Field Supervisor').click();
  await expect(rolePage.membersStatus()).toHaveText('1 member holds this role.');
  await expect(page.getByRole('table', { name: 'Members with the Field Supervisor role' })).toContainText('ana.lima');
  expect(await emulator.memberPrivileges('ana.lima')).toContain('portal:admin:viewUsers');

  await rolePage.editButton().click();
  await expect(editor.name()).toHaveValue('Field Supervisor');
  await editor.privilege('View all members').uncheck();
  await editor.privilege('Publish hosted tile layers').check();
  await editor.review().click();
  await expect(editor.dialog().getByRole('list', { name: /Privileges added/ })).toHaveText(/Publish hosted tile layers/);
  await expect(editor.dialog().getByRole('list', { name: /Privileges removed/ })).toHaveText(/View all members/);
  await editor.dialog().getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByText('The role “Field Supervisor” was saved.')).toBeVisible();
  await expect(rolePage.privilegeItems().filter({ hasText: 'View all members' })).toHaveCount(0);
  await expect(rolePage.privilegeItems().filter({ hasText: 'Publish hosted tile layers' })).toHaveCount(1);
  const changed = await emulator.rolePrivileges(roleId);
  expect(changed).toContain('portal:publisher:publishTiles');
  expect(changed).not.toContain('portal:admin:viewUsers');
  // The member holding the role has the new privileges at once.
  const member = await emulator.memberPrivileges('ana.lima');
  expect(member).toContain('portal:publisher:publishTiles');
  expect(member).not.toContain('portal:admin:viewUsers');
  await memberPage.goto('ana.lima');
  await expect(memberPage.privileges()).toContainText('Publish hosted tile layers');
  await expect(memberPage.privileges()).not.toContainText('View all members');
});

test('deleting a role members hold is refused with the count; an unused role is deleted', async ({ page, emulator, signInPage, membersPage }) => {
  const helpDesk = await emulator.roleIdNamed('Help Desk');
  const { total: holders } = await emulator.listMembers({ role: helpDesk });
  const unused = await emulator.createRole('Seasonal Interns', ['portal:user:joinGroup', 'portal:user:viewOrgItems']);
  const roles = await signInToRoles(signInPage, page);
  const rolePage = new RoleDetailPage(page);

  await roles.roleLink('Help Desk').click();
  await expect(rolePage.heading('Help Desk')).toBeVisible();
  await rolePage.deleteButton().click();
  const refusal = rolePage.deleteDialog();
  await expect(refusal).toContainText(`${String(holders)} members hold this role, so it cannot be deleted.`);
  await expect(refusal.getByRole('button', { name: 'Delete role' })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  await refusal.getByRole('link', { name: `Show the ${String(holders)} members` }).click();
  await expect(page).toHaveURL(new RegExp(`/members\\?role=${helpDesk}$`));
  await expect(membersPage.summary()).toHaveText(new RegExp(`^${String(holders)} members match the filters`));

  await roles.goto();
  await roles.roleLink('Seasonal Interns').click();
  await expect(rolePage.heading('Seasonal Interns')).toBeVisible();
  await rolePage.deleteButton().click();
  const confirm = rolePage.deleteDialog();
  await expect(confirm).toContainText('No member holds this role.');
  await confirm.getByRole('button', { name: 'Delete role' }).click();
  await expect(roles.heading()).toBeVisible();
  await expect(page.getByText('The role “Seasonal Interns” was deleted.')).toBeVisible();
  await expect(roles.roleLink('Seasonal Interns')).toHaveCount(0);
  await expect(roles.roleLink('Help Desk')).toBeVisible();
  const gone = await emulator.callAs(demo.admin, `portals/self/roles/${unused}/privileges`);
  expect(gone.error?.message).toBe('Role does not exist or is inaccessible.');
});

test('viewer_demo sees no Roles screen, and the portal refuses their role changes', async ({ page, emulator, signInPage }) => {
  const helpDesk = await emulator.roleIdNamed('Help Desk');
  await signInPage.goto('/');
  await signInPage.signIn(demo.viewer.username, demo.viewer.password);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Roles' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveCount(0);
  await page.goto('/roles/new');
  await expect(page.getByText(/needs the privilege to manage roles/)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveCount(0);

  const forbidden = { code: 403 };
  expect((await emulator.callAs(demo.viewer, 'portals/self/createRole', { name: 'Mine' })).error).toMatchObject(forbidden);
  const privileges = JSON.stringify({ privileges: ['portal:admin:viewUsers'] });
  expect((await emulator.callAs(demo.viewer, `portals/self/roles/${helpDesk}/setPrivileges`, { privileges })).error).toMatchObject(forbidden);
  expect((await emulator.callAs(demo.viewer, `portals/self/roles/${helpDesk}/delete`)).error).toMatchObject(forbidden);
  expect(await emulator.rolePrivileges(helpDesk)).not.toEqual(['portal:admin:viewUsers']);
});

test('helpdesk_demo reads roles but gets no way to change them', async ({ page, signInPage }) => {
  await signInPage.goto('/');
  await signInPage.signIn(demo.helpdesk.username, demo.helpdesk.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  const roles = new RolesPage(page);
  await expect(roles.countLink('Viewer')).toBeVisible();
  await expect(roles.createButton()).toHaveCount(0);
  await roles.roleLink('Help Desk').click();
  const rolePage = new RoleDetailPage(page);
  await expect(rolePage.heading('Help Desk')).toBeVisible();
  await expect(rolePage.privilegeItems().filter({ hasText: 'Reassign content ownership' })).toHaveCount(1);
  await expect(rolePage.editButton()).toHaveCount(0);
  await expect(rolePage.deleteButton()).toHaveCount(0);
  await expect(rolePage.copyButton()).toHaveCount(0);
});

test('privileges a holder’s user type cannot carry are refused with the portal’s reason, and the role stays as it was', async ({
  page,
  emulator,
  signInPage,
}) => {
  test.setTimeout(120_000);
  // ben.okafor is a Contributor: his user type carries editing, not publishing.
  const roleId = await emulator.createRole('Field Checkers', await emulator.rolePrivileges(await emulator.roleIdNamed('Viewer')));
  expect((await emulator.callAs(demo.admin, 'portals/self/updateUserRole', { user: 'ben.okafor', role: roleId })).success).toBe(true);
  const before = await emulator.rolePrivileges(roleId);

  await signInToRoles(signInPage, page);
  await page.goto(`/roles/${roleId}/edit`);
  const editor = new RoleEditorPage(page);
  await expect(editor.name()).toHaveValue('Field Checkers');
  await editor.name().fill('Field Publishers');
  await editor.privilege('Publish hosted feature layers').check();
  await editor.confirm();
  const refusal = editor.dialog().getByRole('alert');
  await expect(refusal).toContainText(
    'The portal refused: Unable to set privileges: 1 member holding Field Checkers has a user type that cannot carry these privileges (Contributor: 1).',
  );
  await expect(refusal).toContainText('Nothing was changed: the role is as it was.');
  await expect(editor.dialog()).not.toContainText('were not set');
  // Neither the name nor the privileges changed.
  expect(await emulator.rolePrivileges(roleId)).toEqual(before);
  const roles = (await emulator.callAs(demo.admin, 'portals/self/roles', { num: '100' })).roles as { id: string; name: string }[];
  expect(roles.find((role) => role.id === roleId)?.name).toBe('Field Checkers');

  // The changes are still in the form; leaving asks first.
  await editor.dialog().getByRole('button', { name: 'Back to the form' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave this page?' });
  await expect(leave).toContainText('Leaving now loses your changes to this role.');
  await leave.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(editor.name()).toHaveValue('Field Publishers');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await page.getByRole('dialog', { name: 'Leave this page?' }).getByRole('button', { name: 'Leave and lose it' }).click();
  await expect(page.getByRole('heading', { name: 'Roles', level: 1 })).toBeVisible();
});
