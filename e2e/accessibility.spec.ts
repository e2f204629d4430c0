import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

import { demo, expect, test } from './fixtures';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the sign-in screen and the portal sign-in page have no serious accessibility violations', async ({
  page,
  signInPage,
}) => {
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
