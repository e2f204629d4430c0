import { demo, expect, test } from './fixtures';

type Account = { username: string; fullname: string; email: string };

// A run of 1,000+ accounts waiting out injected failures, on a busy 2-core machine.
test.describe.configure({ timeout: 240_000 });

test('the 1,100 accounts of an enterprise group under faults, with a reload mid-run and a continue: each account with an e-mail ends a member exactly once, none failed', async ({
  page,
  signInPage,
  emulator,
}) => {
  await emulator.setProfile({ flavor: 'enterprise' });
  const group = 'HARBOR\\GIS Users';
  const { users } = (await emulator.adminCall('security/groups/getUsersWithinEnterpriseGroup', { groupName: group, maxCount: '5000' })) as { users: Account[] };
  const withEmail = users.filter((user) => user.email);
  const before = await emulator.listMembers({ provider: 'enterprise', num: '1' });

  await signInPage.goto('/members/add-enterprise');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await page.getByRole('tab', { name: 'From an enterprise group' }).click();
  const matching = ((await emulator.adminCall('security/groups/searchEnterpriseGroups', { filter: 'GIS', maxCount: '100' })) as { groups: unknown[] }).groups;
  await page.getByRole('textbox', { name: 'Search enterprise groups' }).fill('GIS');
  // The list of the groups matching "GIS", not the one before it.
  await expect(page.getByRole('list', { name: 'Enterprise groups' }).getByRole('button')).toHaveCount(matching.length);
  await page.getByRole('button', { name: group }).click();
  await page.getByRole('button', { name: `Review the ${users.length.toLocaleString('en-US')} accounts of ${group}` }).click();
  await expect(page).toHaveURL(/[?&]step=review/);
  const summary = page.getByRole('status').filter({ hasText: 'will be added' });
  await expect(summary).toContainText('are already members', { timeout: 30_000 });
  const text = (await summary.textContent()) ?? '';
  const number = (pattern: RegExp) => Number(pattern.exec(text)?.[1]?.replace(/,/g, ''));
  const ready = number(/([\d,]+) accounts will be added/);
  const members = number(/([\d,]+) are already members/);
  const noEmail = users.length - withEmail.length;
  expect(ready + members).toBe(withEmail.length);

  await page.getByRole('combobox', { name: 'Role for every added account' }).click();
  await page.getByRole('option', { name: 'Viewer' }).click();
  await page.getByRole('combobox', { name: 'User type for every added account' }).click();
  await page.getByRole('option', { name: /^Viewer — / }).click();

  // A reload of the review keeps it and the choices (the step is in the address, the rest in the tab).
  await page.reload();
  await expect(summary).toContainText(`${ready.toLocaleString('en-US')} accounts will be added`, { timeout: 30_000 });
  await expect(page.getByRole('combobox', { name: 'User type for every added account' })).toContainText(/^Viewer — /);

  // About one request in ten fails (a 503, a 429 or a dropped connection, in turn); slow enough for the reload to land mid-run.
  await emulator.setFaults({ failEvery: 10, failureKind: 'mixed', latencyMs: 150 });
  await page.getByRole('button', { name: `Add ${ready.toLocaleString('en-US')} members` }).click();
  await expect(page).toHaveURL(/[?&]step=result/);
  const progress = page.getByRole('status').filter({ hasText: /^(Adding accounts|Paused): / });
  const answered = async () => Number(/: ([\d,]+) of/.exec((await progress.textContent()) ?? '')?.[1]?.replace(/,/g, '') ?? 0);
  await expect.poll(answered, { timeout: 120_000 }).toBeGreaterThan(300);
  page.on('dialog', (dialog) => void dialog.accept()); // the "leave the page?" question
  await page.reload();

  const notice = page.getByRole('alert').filter({ hasText: `Adding the accounts of ${group} was interrupted` });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText(`of ${users.length.toLocaleString('en-US')} accounts were answered when it stopped`);
  await expect(notice).toContainText('0 failed');
  // The reload landed mid-run: some accounts are members already, not all (asked with the faults off for a moment).
  await emulator.setFaults({});
  const midway = (await emulator.listMembers({ provider: 'enterprise', num: '1' })).total - before.total;
  expect(midway).toBeGreaterThan(0);
  expect(midway).toBeLessThan(ready);
  // Continued under faults again, and this time every access token expires once mid-run, the first renewal failing too.
  await emulator.setFaults({ failEvery: 10, failureKind: 'mixed', latencyMs: 50, expireTokensAfter: 100, failTokenRefreshes: 1 });

  await notice.getByRole('button', { name: 'Continue adding' }).click();
  const result = page
    .getByRole('status')
    .filter({ hasText: 'added' })
    .filter({ hasNotText: /^Adding accounts/ });
  await expect(result).toContainText(`${ready.toLocaleString('en-US')} accounts added`, { timeout: 200_000 });
  await expect(result).toContainText(`${members.toLocaleString('en-US')} already members`);
  await expect(result).toContainText(`${noEmail.toLocaleString('en-US')} accounts not sent`);
  await expect(result).not.toContainText('failed');
  await expect(page.getByText(/was interrupted/)).toHaveCount(0);

  const injected = await emulator.faultStatus();
  expect(injected.counters.failures).toBeGreaterThan(10);
  expect(injected.counters.tokenExpiries).toBe(1);
  expect(injected.counters.refreshFailures).toBe(1);
  await emulator.setFaults({});
  // The portal: exactly the new accounts were made, and every account of the group with an e-mail is a member once.
  const after = await emulator.listMembers({ provider: 'enterprise', num: '1' });
  expect(after.total - before.total).toBe(ready);
  const logins: string[] = [];
  for (let start = 1; start > 0;) {
    const page = (await emulator.callAs(demo.admin, 'portals/self/users', { provider: 'enterprise', start: String(start), num: '100' })) as unknown as {
      nextStart: number;
      users: { username: string; idpUsername?: string }[];
    };
    logins.push(...page.users.map((user) => (user.idpUsername || user.username).toLowerCase()));
    start = page.nextStart;
  }
  expect(new Set(logins).size).toBe(logins.length);
  const memberLogins = new Set(logins);
  expect(withEmail.filter((user) => !memberLogins.has(user.username.toLowerCase()))).toEqual([]);
  expect(users.filter((user) => !user.email && memberLogins.has(user.username.toLowerCase()))).toEqual([]);
});

test('an interrupted run is offered after a reload, and the sign-out drops it with everything else', async ({ page, signInPage, emulator }) => {
  await emulator.setProfile({ flavor: 'enterprise' });
  const group = 'HARBOR\\GIS Users';
  const matching = ((await emulator.adminCall('security/groups/searchEnterpriseGroups', { filter: 'GIS', maxCount: '100' })) as { groups: unknown[] }).groups;
  await signInPage.goto('/members/add-enterprise');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await page.getByRole('tab', { name: 'From an enterprise group' }).click();
  await page.getByRole('textbox', { name: 'Search enterprise groups' }).fill('GIS');
  await expect(page.getByRole('list', { name: 'Enterprise groups' }).getByRole('button')).toHaveCount(matching.length);
  await page.getByRole('button', { name: group }).click();
  await page.getByRole('button', { name: /^Review the [\d,]+ accounts of / }).click();
  await page.getByRole('combobox', { name: 'User type for every added account' }).click();
  await page.getByRole('option', { name: /^Viewer — / }).click();
  await page.getByRole('combobox', { name: 'Role for every added account' }).click();
  await page.getByRole('option', { name: 'Viewer' }).click();
  // Slow enough that the run is far from done when the page is reloaded.
  await emulator.setFaults({ latencyMs: 300 });
  await page.getByRole('button', { name: /^Add [\d,]+ members$/ }).click();
  const progress = page.getByRole('status').filter({ hasText: /^(Adding accounts|Paused): / });
  await expect(progress).toContainText(/: [1-9]\d+ of/, { timeout: 60_000 });
  page.on('dialog', (dialog) => void dialog.accept()); // the "leave the page?" question
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: `Adding the accounts of ${group} was interrupted` });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await emulator.setFaults({});

  await signInPage.signOut();
  await expect(signInPage.heading()).toBeVisible();
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await page.goto('/members/add-enterprise?step=result');
  // Nothing to continue: the wizard starts from finding accounts.
  await expect(page.getByRole('heading', { name: 'Find accounts', level: 2 })).toBeVisible({ timeout: 30_000 });
  await expect(page).not.toHaveURL(/step=/);
  await expect(page.getByText(/was interrupted/)).toHaveCount(0);
});
