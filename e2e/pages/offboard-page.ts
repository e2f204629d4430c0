import type { Page } from '@playwright/test';

/** The offboarding wizard (/members/:username/offboard). */
export class OffboardPage {
  constructor(readonly page: Page) {}

  readonly itemsSection = () => this.page.getByRole('region', { name: /^Items \(/ });
  readonly groupsSection = () => this.page.getByRole('region', { name: /^Groups owned \(/ });
  readonly preflightStatus = () => this.page.getByRole('status').filter({ hasText: /items checked/ });
  readonly verification = () => this.page.getByRole('status').filter({ hasText: /^Verified/ });
  readonly remaining = () => this.page.getByRole('table', { name: 'What remains' });

  async goto(username: string) {
    await this.page.goto(`/members/${encodeURIComponent(username)}/offboard`);
  }

  async next() {
    await this.page.getByRole('button', { name: 'Next: choose receivers' }).click();
  }

  async chooseReceiver(username: string, label = 'Receives the content') {
    await this.page.getByRole('combobox', { name: label }).fill(username);
    await this.page.getByRole('option', { name: new RegExp(`\\(${username.replace('.', '\\.')}\\)`) }).click();
  }

  async checkPlan() {
    await this.page.getByRole('button', { name: 'Check the plan' }).click();
  }

  /** Ticks every "Add <receiver> to …" offer of the pre-flight. */
  async addReceiverToFlaggedGroups() {
    for (const box of await this.page.getByRole('checkbox', { name: /^Add .* to “/ }).all()) await box.check();
  }

  /** Opts in to deleting the account: the choice, then the username typed on the plan step. */
  async chooseDelete() {
    await this.page.getByRole('radio', { name: 'Delete the account' }).check();
  }

  async typeUsernameToConfirm(username: string) {
    await this.page.getByRole('textbox', { name: `Type ${username} to confirm` }).fill(username);
  }

  /** The last button, which names everything it does ("Move 300 items and 4 groups, then delete frank.departing"). */
  async confirm(name: string | RegExp = /^Move /) {
    await this.page.getByRole('button', { name }).click();
  }
}
