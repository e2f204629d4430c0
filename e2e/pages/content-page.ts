import type { Page } from '@playwright/test';

import { tickRow } from './tick-row';

/** The content browser (/content/:username) and its transfer dialog. */
export class ContentPage {
  constructor(readonly page: Page) {}

  readonly grid = () => this.page.getByRole('grid', { name: 'Items' });
  readonly rows = () =>
    this.grid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
  readonly rowFor = (title: string) => this.rows().filter({ hasText: title });
  readonly summary = () => this.page.getByRole('status').filter({ hasText: /items? (in|match)/ });
  readonly search = () => this.page.getByRole('searchbox', { name: 'Search by title' });
  readonly dialog = () => this.page.getByRole('dialog');
  readonly report = () => this.dialog().getByRole('table', { name: 'Results' });

  async goto(username: string, query = '') {
    await this.page.goto(`/content/${encodeURIComponent(username)}${query}`);
  }

  async chooseFolder(title: string) {
    await this.page.getByRole('combobox', { name: 'Folder' }).click();
    await this.page.getByRole('option', { name: title, exact: true }).click();
  }

  async tick(title: string) {
    await tickRow(this.rowFor(title));
  }

  async openTransfer() {
    await this.page.getByRole('button', { name: 'Transfer…' }).click();
  }

  /** Picks the receiving member from the search-as-you-type field. */
  async chooseReceiver(username: string, label = 'Receiving member') {
    const field = this.page.getByRole('combobox', { name: label });
    await field.fill(username);
    await this.page.getByRole('option', { name: new RegExp(`\\(${username.replace('.', '\\.')}\\)`) }).click();
  }

  async checkPlan() {
    await this.dialog().getByRole('button', { name: 'Check the plan' }).click();
  }

  async confirm() {
    await this.dialog()
      .getByRole('button', { name: /^Confirm and move/ })
      .click();
  }
}
