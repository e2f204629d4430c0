import { demo, expect, test } from './fixtures';
import { GroupDetailPage } from './pages/groups-detail-page';
import { GroupsPage } from './pages/groups-page';

// A Windows-domain login as an identity provider names it (seeded: see emulator/README.md).
const domainLogin = 'CONTOSO\\jsmith';

test('the members search finds a DOMAIN\\user login as typed, backslash included', async ({ page, signInPage, membersPage }) => {
  test.setTimeout(90_000);
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.search()).toBeVisible({ timeout: 30_000 });

  const searched = page.waitForRequest((request) => {
    const q = new URL(request.url()).searchParams.get('q') ?? new URLSearchParams(request.postData() ?? '').get('q');
    return /users\/search/i.test(request.url()) && (q ?? '').includes('CONTOSO');
  });
  await membersPage.search().fill(domainLogin);
  const request = await searched;
  const q = new URL(request.url()).searchParams.get('q') ?? new URLSearchParams(request.postData() ?? '').get('q');
  // The backslash is escaped inside the quoted phrase, not stripped.
  expect(q).toContain('"CONTOSO\\\\jsmith"');
  await expect(membersPage.rowFor(domainLogin)).toBeVisible();
  await expect(membersPage.rowFor(domainLogin)).toContainText('Jordan Smith');
  await expect(membersPage.summary()).toHaveText(/^1 member/);
});

test("a pasted list of DOMAIN\\user logins is found and added in a group's add members", async ({ page, signInPage }) => {
  test.setTimeout(90_000);
  await signInPage.goto('/groups');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const groups = new GroupsPage(page);
  const group = new GroupDetailPage(page);
  await groups.search().fill('Training and Onboarding');
  await groups.rowFor('Training and Onboarding').getByRole('link', { name: 'Training and Onboarding' }).click();
  await expect(group.heading('Training and Onboarding')).toBeVisible();

  await page.getByRole('button', { name: 'Add members' }).click();
  const dialog = page.getByRole('dialog', { name: /^Add members to/ });
  await dialog.getByLabel('Paste usernames').fill(`${domainLogin}\nana.lima`);
  await dialog.getByRole('button', { name: 'Check usernames' }).click();
  await expect(dialog.getByText(/Not a member of this organization/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Add 2 members' }).click();
  await expect(dialog.getByRole('button', { name: /^Training and Onboarding: 2 added$/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await group.memberSearch().fill('jsmith');
  await expect(group.memberRow(domainLogin)).toBeVisible();
});
