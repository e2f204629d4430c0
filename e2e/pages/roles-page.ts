import type { Page } from '@playwright/test';

/** The roles list (`/roles`). */
export class RolesPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Roles', level: 1 });
  readonly table = () => this.page.getByRole('table', { name: 'Roles' });
  readonly rowFor = (name: string) =>
    this.table()
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  /** The member count of a role, a link to the members table filtered by it. */
  readonly countLink = (name: string) => this.table().getByRole('link', { name: new RegExp(`^[\\d,]+ members? with the ${name} role$`) });
  readonly roleLink = (name: string) => this.table().getByRole('link', { name, exact: true });
  readonly createButton = () => this.page.getByRole('link', { name: 'Create role' });

  async goto() {
    await this.page.goto('/roles');
  }
}
