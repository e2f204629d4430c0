import type { Page } from '@playwright/test';

/** Add members to groups by keyword (/groups/add-members). */
export class GroupsKeywordPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Add members to groups by keyword', level: 1 });
  readonly matchingGroups = () => this.page.getByRole('list', { name: 'Matching groups' });

  async findGroups(keyword: string) {
    await this.page.getByLabel('Keyword').fill(keyword);
    await this.page.getByRole('button', { name: 'Find groups' }).click();
  }

  async pasteMembers(usernames: string[]) {
    await this.page.getByLabel('Paste usernames').fill(usernames.join(', '));
    await this.page.getByRole('button', { name: 'Check usernames' }).click();
  }
}
