import type { Page } from '@playwright/test';

/** The overview (`/overview`): totals, and charts whose numbers are also listed as links. */
export class OverviewPage {
  constructor(readonly page: Page) {}

  readonly heading = () => this.page.getByRole('heading', { name: 'Overview', level: 1 });
  readonly totals = () => this.page.getByRole('list', { name: 'Organization totals' });
  readonly panel = (title: string) => this.page.getByRole('region', { name: title });
  /** The listed entry of a chart: a link whose text starts with the label and ends with the number. */
  readonly entry = (panel: string, label: string) =>
    this.panel(panel)
      .getByRole('list')
      .getByRole('link', { name: new RegExp(`^${label}\\b`) });
  readonly chart = (panel: string) => this.panel(panel).getByRole('img');

  /** Clicks the bar of `label` in a horizontal bar chart: just right of its axis label. */
  async clickBar(panel: string, label: string) {
    const tick = this.chart(panel).getByText(label, { exact: true });
    const box = await tick.boundingBox();
    if (!box) throw new Error(`no axis label ${label}`);
    await this.page.mouse.click(box.x + box.width + 24, box.y + box.height / 2);
  }

  async goto() {
    await this.page.goto('/overview');
  }
}
