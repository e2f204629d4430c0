import type { Page } from '@playwright/test';

import { tickRow } from './tick-row';

export class MembersPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Members', level: 1 });
  readonly grid = () => this.page.getByRole('grid', { name: 'Members' });
  readonly search = () => this.page.getByRole('searchbox', { name: 'Search members' });
  readonly summary = () => this.page.getByRole('status').filter({ hasText: /member/ });
  /** Data rows only (the header row has column headers, not cells). */
  readonly rows = () =>
    this.grid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
  readonly rowFor = (text: string) => this.rows().filter({ hasText: text });

  /** Clicks the column's title, as a person does: a narrow header's middle can be its sort or menu button. */
  async sortBy(column: string) {
    await this.grid().getByRole('columnheader', { name: column }).getByText(column, { exact: true }).click();
  }

  async selectFirstRow() {
    await tickRow(this.rows().first());
  }

  async nextPage() {
    await this.page.getByRole('button', { name: 'Go to next page' }).click();
  }
}
