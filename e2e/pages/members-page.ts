import { expect, type Page } from '@playwright/test';

export class MembersPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Members', level: 1 });
  readonly grid = () => this.page.getByRole('grid', { name: 'Members' });
  readonly search = () => this.page.getByRole('searchbox', { name: 'Search members' });
  readonly summary = () => this.page.getByRole('status').filter({ hasText: /member/ });
  /** Data rows only (the header row has column headers, not cells). */
  readonly rows = () => this.grid().getByRole('row').filter({ has: this.page.getByRole('gridcell') });
  readonly rowFor = (text: string) => this.rows().filter({ hasText: text });

  async sortBy(column: string) {
    await this.grid().getByRole('columnheader', { name: column }).click();
  }

  /** Ticks the first row; tried again when the grid redraws under the click (the rows re-read, a column's names arrive). */
  async selectFirstRow() {
    await expect(async () => {
      const box = this.rows().first().getByRole('checkbox');
      if (!(await box.isChecked())) await box.check({ timeout: 5_000 });
      await expect(box).toBeChecked({ timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
  }

  async nextPage() {
    await this.page.getByRole('button', { name: 'Go to next page' }).click();
  }
}
