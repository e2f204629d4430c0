import type { Page } from '@playwright/test';

/** The groups list (/groups). */
export class GroupsPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Groups', level: 1 });
  readonly grid = () => this.page.getByRole('grid', { name: 'Groups' });
  readonly filters = () => this.page.getByRole('group', { name: 'Filters' });
  readonly search = () => this.filters().getByRole('searchbox', { name: 'Search groups' });
  readonly summary = () => this.page.getByRole('status').filter({ hasText: /group/ });
  readonly rows = () =>
    this.grid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
  readonly rowFor = (text: string) => this.rows().filter({ hasText: text });

  async filterByAccess(label: string) {
    await this.filters().getByLabel('Access').click();
    await this.page.getByRole('option', { name: label, exact: true }).click();
  }

  async sortBy(column: string) {
    await this.grid().getByRole('columnheader', { name: column }).click();
  }
}
