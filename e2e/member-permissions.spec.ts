import { demo, expect, test } from './fixtures';
import { MemberPage } from './pages/member-page';

test('a viewer finds no member actions, and the portal refuses them by API', async ({ page, signInPage, emulator }) => {
  const memberPage = new MemberPage(page);
  await signInPage.goto('/members/ana.lima');
  await signInPage.signIn(demo.viewer.username, demo.viewer.password);
  await expect(page.getByText('This page needs the privilege to view members')).toBeVisible();
  await expect(memberPage.actionsButton()).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Edit profile' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Offboard' })).toHaveCount(0);
  await page.goto('/members');
  await expect(page.getByText('This page needs the privilege to view members')).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Members' })).toHaveCount(0);
  await expect(memberPage.actionsButton()).toHaveCount(0);

  const refusals = await Promise.all([
    emulator.callAs(demo.viewer, 'portals/self/updateUserRole', { user: 'carla.rossi', role: 'org_admin' }),
    emulator.callAs(demo.viewer, 'portals/self/updateUserLicenseType', { users: 'carla.rossi', userLicenseType: 'creatorUT' }),
    emulator.callAs(demo.viewer, 'community/users/carla.rossi/disable'),
    emulator.callAs(demo.viewer, 'community/users/carla.rossi/delete'),
  ]);
  for (const answer of refusals) expect(answer).toMatchObject({ error: { code: 403 } });
  // Nothing changed.
  expect(await emulator.callAs(demo.admin, 'community/users/carla.rossi')).toMatchObject({
    username: 'carla.rossi',
    disabled: false,
    role: 'org_user',
    userLicenseTypeId: 'fieldWorkerUT',
  });
});
