import type { Page } from '@playwright/test';

import { APP_PORT } from '../urls';

/** Roster's sign-in screen and the portal's own sign-in form it hands over to. */
export class SignInPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Sign in', exact: true });
  readonly startButton = () => this.page.getByRole('button', { name: 'Sign in with ArcGIS' });

  async goto(path = '/') {
    await this.page.goto(path);
  }

  /** From Roster's screen through the portal's form; resolves once back in Roster. */
  async signIn(username: string, password: string) {
    await this.startButton().click();
    await this.submitPortalForm(username, password);
    await this.page.waitForURL((url) => url.port === String(APP_PORT) && !url.pathname.startsWith('/auth/'));
  }

  async submitPortalForm(username: string, password: string) {
    await this.page.getByLabel('Username').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign In' }).click();
  }

  async signOut() {
    await this.page.getByRole('button', { name: /account menu/ }).click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
  }
}
