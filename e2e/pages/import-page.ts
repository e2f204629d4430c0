import type { Page } from '@playwright/test';
import path from 'node:path';

export class ImportPage {
  constructor(readonly page: Page) {}

  readonly summary = () => this.page.getByRole('status').filter({ hasText: /will be added/ });
  readonly reviewGrid = () => this.page.getByRole('grid', { name: 'Rows to review' });
  readonly reportGrid = () => this.page.getByRole('grid', { name: 'Import report' });
  readonly reportSummary = () => this.page.getByRole('status').filter({ hasText: /added, .* failed/ });

  async goto() {
    await this.page.goto('/members/import');
  }

  async upload(fileName: string) {
    await this.page.getByLabel('Member file').setInputFiles(path.join(import.meta.dirname, '..', 'data', fileName));
  }

  async uploadPath(filePath: string) {
    await this.page.getByLabel('Member file').setInputFiles(filePath);
  }

  async continueToReview() {
    await this.page.getByRole('button', { name: 'Continue to review' }).click();
  }

  async addAll() {
    await this.page.getByRole('button', { name: /^(Add [\d,]+ members?|Finish the import)…$/ }).click();
    await this.page.getByRole('button', { name: 'Confirm and add' }).click();
  }

  reviewRow(line: number) {
    return this.reviewGrid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell', { name: String(line), exact: true }) });
  }
}
