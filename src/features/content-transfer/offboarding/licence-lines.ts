import type { AccountHoldings } from '../types';

type LicensedItem = NonNullable<AccountHoldings['licensedItems']>[number];

/** The listing titles of `portals/self/purchases` (`listing.itemId` → `listing.title`: DOC purchases, PY `License`). */
export function purchaseTitles(purchases: unknown): Map<string, string> {
  const titles = new Map<string, string>();
  const list = (purchases as { purchases?: unknown } | null)?.purchases;
  if (!Array.isArray(list)) return titles;
  for (const purchase of list as { listing?: { itemId?: unknown; title?: unknown } }[]) {
    const { itemId, title } = purchase.listing ?? {};
    if (typeof itemId === 'string' && typeof title === 'string' && title !== '') titles.set(itemId, title);
  }
  return titles;
}

/** "ArcGIS Pro: desktopAdvN"; a licence whose title the portal did not report is named by its listing id. */
export function licenceLine(item: LicensedItem): string {
  const name = item.title ?? `the licence listed as ${item.itemId}`;
  return `${name}: ${item.entitlements.join(', ') || 'no entitlements listed'}`;
}
