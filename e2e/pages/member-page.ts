import { expect, type Page } from '@playwright/test';

/** The member page (/members/:username) and the action dialog it opens. */
export class MemberPage {
  constructor(readonly page: Page) {}

  readonly section = (name: string | RegExp) => this.page.getByRole('region', { name });
  readonly account = () => this.section('Account');
  readonly privileges = () => this.section(/^Privileges of the role/);
  readonly actionsButton = () => this.page.getByRole('button', { name: 'Actions' });
  readonly dialog = () => this.page.getByRole('dialog');
  readonly results = () => this.dialog().getByRole('grid', { name: 'Results' });
  readonly resultSummary = () =>
    this.dialog()
      .getByRole('status')
      .filter({ hasText: /done, .* failed/ });

  async goto(username: string) {
    await this.page.goto(`/members/${encodeURIComponent(username)}`);
  }

  /** Opens an action from the Actions menu (e.g. "Change role"). */
  async openAction(name: string) {
    await this.actionsButton().click();
    await this.page.getByRole('menuitem', { name: `${name}…` }).click();
    // The menu fades out over the dialog; until it is gone, its half-transparent items read as low contrast.
    await expect(this.page.getByRole('menu')).toBeHidden();
  }

  async choose(label: string, option: string | RegExp) {
    await this.dialog().getByLabel(label).click();
    await this.page.getByRole('option', { name: option }).click();
  }

  /** The confirm button reads as the change it makes ("Change the role of 1 member to Viewer"). */
  readonly confirmButton = (name: string | RegExp) => this.dialog().getByRole('button', { name });

  async close() {
    await this.dialog().getByRole('button', { name: 'Close' }).click();
  }
}
