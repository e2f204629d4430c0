import type { Page } from '@playwright/test';

import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** `LICENSES_SHOTS=/some/dir` saves screenshots of the screens at 1440 and 1024 wide. */
async function shoot(page: Page, name: string) {
  const dir = process.env.LICENSES_SHOTS;
  if (!dir) return;
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${dir}/${name}-${String(width)}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

const licence = (page: Page) => page.getByRole('region', { name: "Add-on licences in the portal's licence" });
const memberBundles = (page: Page) => page.getByRole('region', { name: 'App bundles' });

test.describe('on ArcGIS Enterprise', () => {
  test.beforeEach(async ({ emulator }) => {
    await emulator.setProfile({ flavor: 'enterprise' });
  });

  test("the Licences screen shows the licence's add-on apps and app bundles with assigned, licensed and left", async ({ page, signInPage }) => {
    await signInPage.goto('/licenses');
    await signInPage.signIn(demo.admin.username, demo.admin.password);
    await expect(page.getByRole('heading', { name: 'Add-on licences', level: 1 })).toBeVisible();
    const rows = licence(page).getByRole('row');
    await expect(rows.filter({ hasText: 'Field Apps Bundle' })).toHaveText(/^Field Apps BundleApp bundle253/);
    await expect(rows.filter({ hasText: /^ArcGIS ProApp/ })).toHaveText(/^ArcGIS ProApp1109/);
    await expect(rows.filter({ hasText: 'ArcGIS Pro Extensions' })).toHaveText(/^ArcGIS Pro ExtensionsApp143/);
    await expect(licence(page)).toContainText('Roster does not assign these');
    await expect(page.getByRole('region', { name: 'App bundles' })).toContainText("the portal's licence above does");
    // The bought listings stay below, with who holds each entitlement (Enterprise answers portals/self/purchases too).
    await expect(page.getByRole('region', { name: 'ArcGIS Pro Extensions', exact: true })).toContainText('Held by 1 member of at most 4');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'licenses-enterprise');
  });

  test("a member's page shows the app bundles they hold, and a member holding none says so", async ({ page, signInPage }) => {
    await signInPage.goto('/members/ana.lima');
    await signInPage.signIn(demo.admin.username, demo.admin.password);
    await expect(memberBundles(page).getByRole('row', { name: /^Field Apps Bundle/ })).toHaveText('Field Apps BundleArcGIS Workforce, ArcGIS Survey123');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'member-app-bundles');
    await page.goto('/members/dan.ng');
    await expect(memberBundles(page)).toContainText('No app bundles beyond the user type.');
  });

  test('a licence that does not report add-on apps or counts is said so, and no number is made up', async ({ page, signInPage }) => {
    let answer: unknown = { userTypes: [{ id: 'creatorUT', maximumRegisteredMembers: 10, currentRegisteredMembers: 1 }] };
    await page.route('**/portaladmin/license', (route) => route.fulfill({ json: answer }));
    await signInPage.goto('/licenses');
    await signInPage.signIn(demo.admin.username, demo.admin.password);
    await expect(licence(page)).toContainText("The portal's licence does not report its add-on apps or app bundles.");

    answer = { apps: [{ id: 'unlistedApp' }] };
    await page.reload();
    await expect(licence(page).getByRole('row', { name: /^unlistedApp/ })).toHaveText(
      'unlistedApp (name not reported)AppNot reportedNot reportedNot reportedNot reported',
    );
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('on ArcGIS Online the Licences screen has no licence section and a member page says when the portal lacks the bundles resource', async ({
  page,
  signInPage,
}) => {
  await page.route('**/community/users/ana.lima/appBundles**', (route) =>
    route.fulfill({ json: { error: { code: 400, message: 'Invalid URL', details: [] } } }),
  );
  await signInPage.goto('/licenses');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(page.getByRole('region', { name: 'ArcGIS Pro', exact: true })).toBeVisible();
  await expect(licence(page)).toHaveCount(0);
  await page.goto('/members/ana.lima');
  await expect(memberBundles(page)).toContainText("The portal does not report this member's app bundles.");
});
