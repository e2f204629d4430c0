import type { Page } from '@playwright/test';

/** The role editor (`/roles/new`, `/roles/:roleId/edit`) and its confirmation dialog. */
export class RoleEditorPage {
  constructor(readonly page: Page) {}

  readonly form = () => this.page.getByRole('form');
  readonly name = () => this.page.getByRole('textbox', { name: 'Name' });
  readonly description = () => this.page.getByRole('textbox', { name: 'Description' });
  readonly startFrom = () => this.page.getByRole('combobox', { name: 'Start from' });
  readonly privilege = (label: string) => this.page.getByRole('checkbox', { name: label, exact: true });
  readonly selectedCount = () => this.page.getByRole('status').filter({ hasText: /privileges? selected/ });
  readonly review = () => this.page.getByRole('button', { name: /^Review/ });
  readonly dialog = () => this.page.getByRole('dialog');

  async chooseTemplate(name: string) {
    await this.startFrom().click();
    await this.page.getByRole('option', { name, exact: true }).click();
  }

  /** Review, then confirm in the dialog (Create role / Save changes). */
  async confirm() {
    await this.review().click();
    await this.dialog()
      .getByRole('button', { name: /^(Create role|Save changes)$/ })
      .click();
  }
}
