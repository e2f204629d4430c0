import { demo, expect, test, testPortal, usePortals } from './fixtures';
import { EMULATOR_PORT, PORTAL_URL } from './urls';

test('an admin signs in through the portal page and lands on the overview', async ({ page, signInPage, membersPage }) => {
  await signInPage.goto('/');
  await expect(signInPage.heading()).toBeVisible();
  await signInPage.startButton().click();

  // The portal's own page, not Roster's: PKCE and state travel in the address.
  await expect(page).toHaveURL(/\/portal\/sharing\/rest\/oauth2\/authorize\?/);
  const authorizeUrl = new URL(page.url());
  expect(authorizeUrl.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorizeUrl.searchParams.get('response_type')).toBe('code');
  expect(authorizeUrl.searchParams.get('state')).toBeTruthy();
  await expect(page.getByRole('heading', { name: /Harbor City/ })).toBeVisible();

  await signInPage.submitPortalForm(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/overview$/);
  expect(page.url()).not.toMatch(/code=|token=|state=/);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members' }).click();
  await expect(membersPage.heading()).toBeVisible();
  await expect(membersPage.rows()).not.toHaveCount(0);
  await expect(membersPage.summary()).toContainText(/[\d,]+ members/);
  await expect(page.getByLabel('Organization')).toHaveText('Harbor City GIS');
});

test('a reload keeps the session, and sign-out ends it', async ({ page, signInPage, membersPage }) => {
  await signInPage.goto('/members?q=lima');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  // Signing in returns to the page that asked for it.
  await expect(page).toHaveURL(/\/members\?q=lima$/);
  await expect(membersPage.rowFor('ana.lima')).toBeVisible();

  await page.reload();
  await expect(membersPage.rowFor('ana.lima')).toBeVisible();
  await expect(signInPage.startButton()).toHaveCount(0);

  const revoke = page.waitForRequest((request) => request.url().includes('/oauth2/revokeToken'));
  await signInPage.signOut();
  await revoke;
  await expect(signInPage.heading()).toBeVisible();
  await expect(page.getByText('You have signed out.')).toBeVisible();

  await page.goto('/members');
  await expect(signInPage.heading()).toBeVisible();
  expect(await page.evaluate(() => Object.keys(sessionStorage).join(','))).toBe('');
});

test('a wrong password shows the portal error and keeps the user on the portal page', async ({ page, signInPage }) => {
  await signInPage.goto('/');
  await signInPage.startButton().click();
  await signInPage.submitPortalForm(demo.admin.username, 'not-the-password');
  await expect(page.getByRole('alert')).toContainText('Invalid username or password.');
  await expect(page).toHaveURL(/oauth2\/authorize/);
  await expect(page.getByLabel('Username')).toHaveValue(demo.admin.username);

  await signInPage.submitPortalForm(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
});

test('a viewer signs in and sees no admin navigation', async ({ page, signInPage }) => {
  await signInPage.goto('/');
  await signInPage.signIn(demo.viewer.username, demo.viewer.password);
  await expect(page.getByRole('heading', { name: /Welcome/ })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Members' })).toHaveCount(0);

  // Typing the address does not help either: the screen explains, and the portal refuses the data.
  await page.goto('/members');
  await expect(page.getByText(/needs the privilege to view members/)).toBeVisible();
  await expect(page.getByRole('grid', { name: 'Members' })).toHaveCount(0);
});

test('with several portals configured, the admin chooses one', async ({ page, signInPage }) => {
  await usePortals(page, [{ label: 'ArcGIS Online (production)', portalUrl: 'https://www.arcgis.com/sharing/rest', clientId: 'abc' }, testPortal]);
  await signInPage.goto('/');
  const choice = page.getByRole('radiogroup', { name: 'Organization' });
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await choice.getByRole('radio', { name: testPortal.label }).check();
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('heading', { name: 'Overview', level: 1 })).toBeVisible();
  expect(PORTAL_URL).toContain(String(EMULATOR_PORT));
});
