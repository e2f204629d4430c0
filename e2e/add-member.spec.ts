import type { Page } from '@playwright/test';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';
import { PORTAL_URL } from './urls';

const newMember = {
  firstName: 'Nora',
  lastName: 'Quinn',
  email: 'nora.quinn@harborcity.example',
  username: 'nora.quinn',
  password: 'Harbor.Start2026',
};

/** `ADD_MEMBER_SHOTS=/some/dir` saves a screenshot of each step there, to look at the screens by eye. */
async function shoot(page: Page, name: string) {
  const dir = process.env.ADD_MEMBER_SHOTS;
  if (!dir) return;
  // A viewport as tall as the page: a full-page capture would paint the fixed app bar mid-page.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: 1440, height: Math.max(900, height) });
  await page.screenshot({ path: `${dir}/${name}.png` });
  await page.setViewportSize({ width: 1440, height: 900 });
}

/** Text fields by accessible name (the label without its required-field asterisk; password inputs included). */
const field = (page: Page, label: string) => page.getByRole('textbox', { name: label, exact: true });
const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2 });

test.beforeEach(async ({ page, signInPage }) => {
  await signInPage.goto('/members/add');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('heading', { name: 'Add a member', level: 1 })).toBeVisible();
  await expect(stepHeading(page, 'Details')).toBeVisible();
});

test('the details step checks the username, the password and the user type as the admin types', async ({ page }) => {
  // New member defaults: role User, the default type, group All Staff.
  await expect(page.getByRole('combobox', { name: 'Role' })).toContainText('User');
  await expect(page.getByRole('combobox', { name: 'User type' })).toContainText('Creator');
  await expect(page.getByRole('button', { name: 'All Staff' })).toBeVisible();

  // The username follows the email until the admin types one, and the portal says whether it is free.
  await field(page, 'Email').fill('ana.lima@harborcity.example');
  await expect(field(page, 'Username')).toHaveValue('ana.lima');
  await expect(field(page, 'Username')).toHaveAccessibleDescription(/^Taken — try ana\.lima2/);
  await shoot(page, '0-details-taken');
  await page.getByRole('button', { name: 'Use ana.lima2' }).click();
  await expect(field(page, 'Username')).toHaveValue('ana.lima2');
  await expect(field(page, 'Username')).toHaveAccessibleDescription(/Available$/);

  // The policy is shown and checked live; the toggle reveals and hides the password.
  const password = field(page, 'Password');
  await password.fill('harbor');
  await password.blur();
  await expect(password).toHaveAccessibleDescription(/^Password is too short and has no digit;/);
  await expect(password).toHaveAttribute('type', 'password');
  await page.getByRole('button', { name: 'Show password' }).click();
  await expect(password).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Hide password' }).click();
  await expect(password).toHaveAttribute('type', 'password');

  // User types come with their seats (bought, from subscriptionInfo, less assigned, from users/counts). The portal
  // does not report which roles each type allows, so none is hidden: the portal decides when the member is added.
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Administrator' }).click();
  await page.getByRole('combobox', { name: 'User type' }).click();
  await expect(page.getByRole('option', { name: /^Viewer \d+ seats left$/ })).toBeVisible();
  await expect(page.getByRole('option', { name: /^Creator/ })).toBeVisible();
  await page.keyboard.press('Escape');

  // Going on with gaps lists each problem, naming the field.
  await page.getByRole('button', { name: 'Next: review' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'need attention' });
  await expect(problems).toContainText('First name is required.');
  await expect(problems).toContainText('Last name is required.');
  await expect(problems).toContainText('Password is too short and has no digit');
  await expect(field(page, 'First name')).toBeFocused();
  await shoot(page, '0-details-problems');
  expect(await seriousViolations(page)).toEqual([]);

  // An enterprise account has no password; its IdP username defaults to the username.
  await page.getByRole('radio', { name: /Enterprise/ }).check();
  await expect(field(page, 'Password')).toHaveCount(0);
  await expect(field(page, 'IdP username')).toHaveValue('ana.lima2');
  await shoot(page, '0-details-enterprise');
});

test('an admin adds a built-in member, finds them in the table, and they sign in', async ({ page, signInPage, membersPage }) => {
  test.setTimeout(90_000);
  await field(page, 'First name').fill(newMember.firstName);
  await field(page, 'Last name').fill(newMember.lastName);
  await field(page, 'Email').fill(newMember.email);
  await expect(field(page, 'Username')).toHaveValue(newMember.username);

  // A taken name, then a free one.
  await field(page, 'Username').fill('ana.lima');
  await expect(field(page, 'Username')).toHaveAccessibleDescription(/^Taken — try ana\.lima2/);
  await field(page, 'Username').fill(newMember.username);
  await expect(field(page, 'Username')).toHaveAccessibleDescription(/Available$/);

  await field(page, 'Password').fill(newMember.password);
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'User', exact: true }).click();
  await page.getByRole('combobox', { name: 'User type' }).click();
  await page.getByRole('option', { name: /^Mobile Worker \d+ seats left$/ }).click();
  await expect(page.getByRole('combobox', { name: 'User type' })).toContainText('Mobile Worker');

  // One group: the default All Staff is swapped for GIS Team.
  const groups = page.getByRole('combobox', { name: 'Groups' });
  await groups.click();
  await page.keyboard.press('Backspace');
  await expect(page.getByRole('button', { name: 'All Staff' })).toHaveCount(0);
  await groups.fill('GIS Te');
  await page.getByRole('option', { name: 'GIS Team' }).click();
  await expect(page.getByRole('button', { name: 'GIS Team' })).toBeVisible();
  await page.keyboard.press('Escape');

  await field(page, 'Description').fill('Parks crew lead');
  await expect(field(page, 'Description')).toHaveAccessibleDescription(/15\/250$/);
  await shoot(page, '1-details');
  expect(await seriousViolations(page)).toEqual([]);

  // Review: exactly what will be sent, the password only as "set (hidden)".
  await page.getByRole('button', { name: 'Next: review' }).click();
  await expect(stepHeading(page, 'Review')).toBeFocused();
  const sent = page.getByRole('table', { name: 'What will be sent' });
  const row = (label: string) => sent.getByRole('row').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
  await expect(row('Username')).toContainText(newMember.username);
  await expect(row('Full name')).toContainText('Nora Quinn');
  await expect(row('Password')).toContainText('set (hidden)');
  // Names, never ids: "User", not org_user; "Mobile Worker", not fieldWorkerUT; group titles, not GUIDs.
  await expect(row('Role')).toContainText('User');
  await expect(row('Role')).not.toContainText('org_user');
  await expect(row('User type')).toContainText('Mobile Worker');
  await expect(row('User type')).not.toContainText('fieldWorkerUT');
  await expect(row('Groups')).toContainText('GIS Team');
  await expect(row('Groups')).not.toContainText(/[0-9a-f]{32}/);
  await expect(row('Description')).toContainText('Parks crew lead');
  await expect(sent).not.toContainText(newMember.password);
  await shoot(page, '2-review');
  expect(await seriousViolations(page)).toEqual([]);

  const invite = page.waitForRequest((request) => request.url().includes('/portals/self/invite'));
  await page.getByRole('button', { name: 'Add member' }).click();
  expect((await invite).url()).not.toContain(newMember.password);
  await expect(stepHeading(page, 'Result')).toBeFocused();
  await expect(page.getByRole('alert')).toContainText(`${newMember.username} was added`);
  await shoot(page, '3-result');
  expect(await seriousViolations(page)).toEqual([]);

  // The password never reached the address bar or the browser's storage.
  const stored = await page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((storage) => Object.keys(storage).map((key) => storage.getItem(key))).join('\n'),
  );
  expect(stored).not.toContain(newMember.password);
  expect(page.url()).not.toContain(newMember.password);

  await page.getByRole('link', { name: `Find ${newMember.username} in Members` }).click();
  await expect(page).toHaveURL(/\/members\?q=nora\.quinn$/);
  await expect(membersPage.rowFor(newMember.username)).toContainText('Nora Quinn');
  await expect(membersPage.rowFor(newMember.username)).toContainText('Mobile Worker');

  await signInPage.signOut();
  await expect(signInPage.heading()).toBeVisible();
  await signInPage.signIn(newMember.username, newMember.password);
  await expect(page.getByRole('heading', { name: 'Welcome, Nora Quinn', level: 1 })).toBeVisible();
});

test('an enterprise member is added without a password, under their identity provider name', async ({ page, membersPage }) => {
  await page.getByRole('radio', { name: /Enterprise/ }).check();
  await field(page, 'First name').fill('Sam');
  await field(page, 'Last name').fill('Okoro');
  await field(page, 'Email').fill('sam.okoro@harborcity.example');
  await expect(field(page, 'IdP username')).toHaveValue('sam.okoro');
  await field(page, 'IdP username').fill('sam.okoro@corp.harborcity.example');
  await expect(field(page, 'Username')).toHaveAccessibleDescription(/Available$/);
  await page.getByRole('button', { name: 'Next: review' }).click();

  const sent = page.getByRole('table', { name: 'What will be sent' });
  await expect(sent).toContainText('Enterprise / SAML');
  await expect(sent).toContainText('sam.okoro@corp.harborcity.example');
  await expect(sent.getByRole('rowheader', { name: 'Password' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('alert')).toContainText('sam.okoro was added');
  await expect(page.getByRole('alert')).toContainText('identity provider as sam.okoro@corp.harborcity.example');

  await page.getByRole('link', { name: 'Find sam.okoro in Members' }).click();
  await expect(membersPage.rowFor('sam.okoro')).toContainText('Sam Okoro');
});

test('when the portal refuses the member, the result says why and keeps the entries', async ({ page, request }) => {
  await field(page, 'First name').fill(newMember.firstName);
  await field(page, 'Last name').fill(newMember.lastName);
  await field(page, 'Email').fill(newMember.email);
  await field(page, 'Password').fill(newMember.password);
  await expect(field(page, 'Username')).toHaveAccessibleDescription(/Available$/);
  await page.getByRole('button', { name: 'Next: review' }).click();
  await expect(stepHeading(page, 'Review')).toBeVisible();

  // Someone else takes the name while the admin reviews.
  const tokenResponse = await request.post(`${PORTAL_URL}/generateToken`, {
    form: { f: 'json', username: demo.admin.username, password: demo.admin.password, client: 'requestip' },
  });
  const { token } = (await tokenResponse.json()) as { token: string };
  const taken = await request.post(`${PORTAL_URL}/portals/self/invite`, {
    form: {
      f: 'json',
      token,
      invitationList: JSON.stringify({
        invitations: [
          {
            username: newMember.username,
            password: 'Other.Person1',
            firstname: 'Other',
            lastname: 'Person',
            email: 'other.person@harborcity.example',
            role: 'org_user',
            userLicenseType: 'creatorUT',
          },
        ],
      }),
    },
  });
  expect(await taken.json()).toMatchObject({ notInvited: [] });

  await page.getByRole('button', { name: 'Add member' }).click();
  const result = page.getByRole('alert');
  await expect(result).toContainText(`${newMember.username} was not added`);
  await expect(result).toContainText(`The username ${newMember.username} is already taken. Try ${newMember.username}2`);
  await shoot(page, '4-result-refused');
  await page.getByRole('button', { name: 'Change the details' }).click();
  await expect(stepHeading(page, 'Details')).toBeFocused();
  await expect(field(page, 'First name')).toHaveValue(newMember.firstName);
  await expect(field(page, 'Username')).toHaveAccessibleDescription(/^Taken — try nora\.quinn2/);
});
