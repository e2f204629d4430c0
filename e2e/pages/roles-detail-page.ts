import type { Page } from '@playwright/test';

/** One role's page (`/roles/:roleId`): members, compatible user types, privileges, and its actions. */
export class RoleDetailPage {
  constructor(readonly page: Page) {}

  readonly heading = (name: string) => this.page.getByRole('heading', { name, level: 1 });
  readonly membersStatus = () => this.page.getByRole('region', { name: 'Members' }).getByRole('status');
  readonly privileges = () => this.page.getByRole('region', { name: /^Privileges/ });
  /** Plain-language privilege labels as listed on the page. */
  readonly privilegeItems = () => this.privileges().getByRole('listitem');
  readonly userTypes = () => this.page.getByRole('list', { name: 'Compatible user types' }).getByRole('listitem');
  readonly editButton = () => this.page.getByRole('link', { name: 'Edit role' });
  readonly copyButton = () => this.page.getByRole('link', { name: 'Copy as new role' });
  readonly deleteButton = () => this.page.getByRole('button', { name: 'Delete role' });
  readonly deleteDialog = () => this.page.getByRole('dialog', { name: /^Delete the role/ });
}
