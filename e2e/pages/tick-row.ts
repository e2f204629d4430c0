import { expect, type Locator } from '@playwright/test';

/**
 * Ticks a Data Grid row's checkbox, and ticks it again if the grid redraws under the click (its rows read again, a
 * column's names arrive) and the tick is lost: a person would simply click again.
 */
export async function tickRow(row: Locator) {
  await expect(async () => {
    const box = row.getByRole('checkbox');
    if (!(await box.isChecked())) await box.check({ timeout: 5_000 });
    await expect(box).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
}
