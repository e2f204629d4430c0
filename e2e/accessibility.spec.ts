import { seriousViolations } from './axe';
import { demo, expect, test } from './fixtures';

test('the sign-in screen and the portal sign-in page have no serious accessibility violations', async ({ page, signInPage }) => {
  await signInPage.goto('/');
  await expect(signInPage.startButton()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await signInPage.startButton().click();
  await expect(page.getByLabel('Username')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the members page has no serious accessibility violations', async ({ page, signInPage, membersPage }) => {
  await signInPage.goto('/members');
  await signInPage.signIn(demo.admin.username, demo.admin.password);
  await expect(membersPage.rows()).not.toHaveCount(0);
  expect(await seriousViolations(page)).toEqual([]);
});
