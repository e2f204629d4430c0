import type { Page } from '@playwright/test';

import { tickRow } from './tick-row';

/** One group's page (/groups/:id) and its dialogs. */
export class GroupDetailPage {
  constructor(readonly page: Page) {}

  readonly heading = (title: string) => this.page.getByRole('heading', { name: title, level: 1 });
  readonly membersGrid = () => this.page.getByRole('grid', { name: 'Group members' });
  readonly memberRows = () =>
    this.membersGrid()
      .getByRole('row')
      .filter({ has: this.page.getByRole('gridcell') });
  readonly memberRow = (username: string) => this.memberRows().filter({ has: this.page.getByRole('gridcell', { name: username, exact: true }) });
  readonly membersSummary = () => this.page.getByRole('status').filter({ hasText: /members?( match)?$/ });
  readonly memberSearch = () => this.page.getByRole('searchbox', { name: 'Search members of this group' });
  readonly selectionToolbar = () => this.page.getByRole('toolbar', { name: 'Selected members' });

  async selectMember(username: string) {
    await tickRow(this.memberRow(username));
  }

  /** The add-members dialog: paste usernames, check them, add; resolves when the report is shown. */
  async addMembersByPaste(usernames: string[]) {
    await this.page.getByRole('button', { name: 'Add members' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Add members to/ });
    await dialog.getByLabel('Paste usernames').fill(usernames.join('\n'));
    await dialog.getByRole('button', { name: 'Check usernames' }).click();
    await dialog.getByRole('button', { name: /^Add [\d,]+ members$/ }).click();
    await dialog.getByRole('button', { name: 'Download report (CSV)' }).waitFor();
    return dialog;
  }
}
