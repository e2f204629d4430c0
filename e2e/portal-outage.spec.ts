import { demo, expect, test } from './fixtures';

// Each journey waits out retries with backoff (capped at 8 s a wait) on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** The portal stops answering altogether (every REST request, token renewals included) until the faults are cleared. */
const portalDown = (failureKind: 'network' | 'http-503') => ({ outageAfter: 0, outageMs: 600_000, failureKind });

test.beforeEach(async ({ signInPage, membersPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.rows()).not.toHaveCount(0);
});

test('after a reload while the portal is down, Roster says so and opens the members page by itself once the portal is back', async ({
  page,
  emulator,
  membersPage,
}) => {
  await emulator.setFaults(portalDown('network'));
  await page.reload();

  const notice = page.getByRole('alert').filter({ hasText: 'Cannot reach the portal' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('Harbor City GIS (test emulator) is not answering');
  await expect(notice).toContainText('Roster keeps trying');
  await expect(notice.getByRole('button', { name: 'Retry' })).toBeVisible();
  // Retry while the portal is still down: the notice stays, nothing breaks.
  await notice.getByRole('button', { name: 'Retry' }).click();
  await expect(notice).toBeVisible();
  await expect(membersPage.heading()).toBeHidden();
  // The app kept asking all along: the portal saw the failed requests.
  expect((await emulator.faultStatus()).counters.outageFailures).toBeGreaterThan(2);

  // The portal answers again; nobody touches the page.
  await emulator.setFaults({});
  await expect(membersPage.heading()).toBeVisible({ timeout: 45_000 });
  await expect(membersPage.rows()).not.toHaveCount(0, { timeout: 30_000 });
  await expect(notice).toBeHidden();
  await expect(page.getByLabel('Organization')).toHaveText('Harbor City GIS', { timeout: 30_000 });
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Members', exact: true })).toBeVisible();
});

test('Retry asks the portal again at once, and the page opens', async ({ page, emulator, membersPage }) => {
  await emulator.setFaults(portalDown('http-503'));
  await page.reload();
  const notice = page.getByRole('alert').filter({ hasText: 'Cannot reach the portal' });
  await expect(notice).toBeVisible({ timeout: 30_000 });
  await expect(notice).toContainText('HTTP 503');

  await emulator.setFaults({});
  const asked = page.waitForRequest((request) => new URL(request.url()).pathname.endsWith('/community/self'), { timeout: 5_000 });
  await notice.getByRole('button', { name: 'Retry' }).click();
  await asked;
  await expect(membersPage.heading()).toBeVisible({ timeout: 15_000 });
  await expect(membersPage.rows()).not.toHaveCount(0, { timeout: 30_000 });
});

test('a refusal is not taken for an outage: no notice, and the portal is not asked again and again', async ({ page, membersPage }) => {
  let asked = 0;
  await page.route(
    (url) => url.pathname.endsWith('/community/self'),
    async (route) => {
      asked += 1;
      // The portal's own refusal: HTTP 200 with an error body.
      await route.fulfill({ json: { error: { code: 400, message: 'Unable to load the user.', details: [] } } });
    },
  );
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: 'Your account could not be read' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Cannot reach the portal')).toBeHidden();
  await expect(membersPage.heading()).toBeHidden();
  // Two readers ask for it (the shell, and the members page's search-clause probe), each once: a retried refusal
  // would have been asked up to seven times each.
  expect(asked).toBeGreaterThan(0);
  expect(asked).toBeLessThanOrEqual(2);
});
