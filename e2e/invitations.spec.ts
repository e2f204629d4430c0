import type { Page } from '@playwright/test';

import { seriousViolations } from './axe';
import { demo, type Emulator, expect, test } from './fixtures';
import { OverviewPage } from './pages/overview-page';
import { tickRow } from './pages/tick-row';
import { EMULATOR_URL } from './urls';

const invitees = ['invitee.one', 'invitee.two', 'invitee.three'];

// Sign-in, the overview's totals and a data grid each test: slow on a busy machine.
test.slow();

/** Pending invitations exist only on a portal that keeps invitations without a password pending (`--extensions`). */
async function invite(emulator: Emulator, usernames: string[]) {
  await emulator.setProfile({ extensions: true });
  const invitations = usernames.map((username) => ({
    username,
    firstname: 'Invited',
    lastname: 'Person',
    email: `${username}@example.org`,
    role: 'org_user',
    userLicenseType: 'creatorUT',
  }));
  const answer = await emulator.callAs(demo.admin, 'portals/self/invite', { invitationList: JSON.stringify({ invitations }) });
  expect(answer.notInvited).toEqual([]);
}

async function suggestedFor(emulator: Emulator, username: string): Promise<string> {
  const answer = (await emulator.callAs(demo.admin, 'community/checkUsernames', { usernames: username })) as { usernames: { suggested: string }[] };
  return answer.usernames[0]?.suggested ?? '';
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Pending invitations' });
const row = (page: Page, username: string) => grid(page).getByRole('row').filter({ hasText: username });

test('the overview’s count opens the list: who, when, by whom, until when', async ({ page, emulator, signInPage }) => {
  await invite(emulator, invitees);
  await signInPage.goto('/');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  const overview = new OverviewPage(page);
  const count = overview.totals().getByRole('link', { name: /^Pending invitations/ });
  await expect(count).toHaveText('Pending invitations3', { timeout: 30_000 });
  await count.click();

  await expect(page).toHaveURL(/\/members\/invitations$/);
  await expect(page.getByRole('heading', { name: 'Pending invitations', level: 1 })).toBeVisible();
  await expect(page.getByText('3 pending invitations')).toBeVisible();
  const first = row(page, 'invitee.one');
  await expect(first).toContainText('invitee.one@example.org');
  await expect(first).toContainText('User');
  await expect(first).toContainText('Creator');
  await expect(first).toContainText('portaladmin');
  await expect(first).toContainText(/in 14 days/);
  await expect(page.getByText(/Invitations expire 14 days after they are sent/)).toBeVisible();
  await expect(page.getByText(/no way to resend an invitation/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The members page links here too.
  await page.goto('/members');
  await page.getByRole('link', { name: 'Pending invitations' }).click();
  await expect(page).toHaveURL(/\/members\/invitations$/);
});

test('cancelling a selection: preview, confirm naming it, report per invitation; the usernames are free again', async ({ page, emulator, signInPage }) => {
  await invite(emulator, invitees);
  await signInPage.goto('/members/invitations');
  await signInPage.signIn(demo.admin.username, demo.admin.password);

  for (const username of ['invitee.one', 'invitee.two']) await tickRow(row(page, username));
  await expect(page.getByText('2 invitations selected')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel invitations…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Cancel invitations' });
  const preview = dialog.getByRole('status', { name: 'Preview' });
  await expect(preview).toContainText('Cancel 2 invitations:');
  await expect(preview).toContainText('invitee.one (invitee.one@example.org)');
  await expect(preview).toContainText('invitee.two');
  await expect(preview).not.toContainText('invitee.three');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel 2 invitations' }).click();

  await expect(dialog.getByText('2 cancelled, 0 no longer pending, 0 failed.')).toBeVisible();
  const results = dialog.getByRole('grid', { name: 'Results' });
  await expect(results.getByRole('row').filter({ hasText: 'invitee.one' })).toContainText('Cancelled');
  await expect(results.getByRole('row').filter({ hasText: 'invitee.two' })).toContainText('Cancelled');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByText('1 pending invitation', { exact: true })).toBeVisible();
  await expect(row(page, 'invitee.three')).toBeVisible();
  await expect(row(page, 'invitee.one')).toHaveCount(0);
  expect(await suggestedFor(emulator, 'invitee.one')).toBe('invitee.one');
  expect(await suggestedFor(emulator, 'invitee.three')).toBe('invitee.three1');
});

test('an invitation that expired meanwhile is explained: its username stays taken', async ({ page, emulator, signInPage, request }) => {
  await invite(emulator, invitees);
  await signInPage.goto('/members/invitations');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await tickRow(row(page, 'invitee.two'));
  await tickRow(row(page, 'invitee.three'));

  // Fourteen days pass for invitee.two while the list is open.
  const expired = await request.post(`${EMULATOR_URL}/__emulator/invitations/expire`, { data: { username: 'invitee.two' } });
  expect(await expired.json()).toEqual({ ok: true, expired: 1 });

  await page.getByRole('button', { name: 'Cancel invitations…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cancel invitations' });
  await dialog.getByRole('button', { name: 'Cancel 2 invitations' }).click();
  await expect(dialog.getByText('1 cancelled, 1 no longer pending, 0 failed.')).toBeVisible();
  const gone = dialog.getByRole('grid', { name: 'Results' }).getByRole('row').filter({ hasText: 'invitee.two' });
  await expect(gone).toContainText('No longer pending');
  await expect(gone).toContainText('it expired');
  await expect(gone).toContainText('cannot be used in a new invitation');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // It has left the list; the page says why, and the portal still holds the name.
  await expect(page.getByText('1 pending invitation', { exact: true })).toBeVisible();
  await expect(row(page, 'invitee.two')).toHaveCount(0);
  await expect(page.getByText(/An expired invitation keeps its username/).first()).toBeVisible();
  expect(await suggestedFor(emulator, 'invitee.two')).toBe('invitee.two1');
  expect(await suggestedFor(emulator, 'invitee.three')).toBe('invitee.three');
});

test('a Help Desk member sees the list but cannot cancel', async ({ page, emulator, signInPage }) => {
  await invite(emulator, invitees);
  await signInPage.goto('/members/invitations');
  await signInPage.signIn(demo.helpdesk.username, demo.helpdesk.password);
  await expect(row(page, 'invitee.one')).toBeVisible();
  await expect(grid(page).getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Cancel invitations/ })).toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
  // The portal refuses it anyway.
  const list = (await emulator.callAs(demo.helpdesk, 'portals/self/invitations')) as { invitations: { id: string }[] };
  const refused = await emulator.callAs(demo.helpdesk, `portals/self/invitations/${list.invitations[0]?.id ?? ''}/delete`);
  expect(refused.error?.code).toBe(403);
});
