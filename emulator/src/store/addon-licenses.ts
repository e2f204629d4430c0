import type { Store } from './store';
import { licensedItemsOf, type LicensedItem } from './users-repo';

/**
 * The add-on licences this organization bought (`portals/self/purchases`): license-by-user listings, each with its
 * entitlement strings and how many of each were bought (`provision.orgEntitlements`, DOC provision-organization-
 * entitlements: `{maxUsers, entitlements: {<entitlement>: {num}}}`). The item ids are made up (dan.ng's seeded
 * `userLicensedItems` point at the first two); the entitlement strings are ArcGIS Pro's (DOC/PY, scripts calling
 * `provisionUserEntitlements` for the ArcGIS Pro listing). Who holds what lives in `users.licensed_items`.
 */
export type AddonListing = {
  itemId: string;
  title: string;
  snippet: string;
  type: string;
  maxUsers: number;
  entitlements: Readonly<Record<string, number>>;
};

export const ADDON_LISTINGS: readonly AddonListing[] = [
  {
    itemId: '3c1f5e0a9b2d4e6f8a7b6c5d4e3f2a10',
    title: 'ArcGIS Pro',
    snippet: 'ArcGIS Pro licences assigned to named users.',
    type: 'Desktop Application',
    maxUsers: 10,
    entitlements: { desktopBasicN: 5, desktopStdN: 2, desktopAdvN: 3 },
  },
  {
    itemId: '8e2d4c6b0a1f4e3d9c8b7a6f5e4d3c21',
    title: 'ArcGIS Pro Extensions',
    snippet: 'ArcGIS Pro extensions assigned to named users.',
    type: 'Desktop Application',
    maxUsers: 4,
    entitlements: { spatialAnalystN: 2, '3DAnalystN': 1, networkAnalystN: 2 },
  },
];

/** When the seeded purchases were made (fixed, so answers are stable). */
export const ADDON_PURCHASED_AT = Date.UTC(2024, 0, 15);

export function findListing(itemId: string): AddonListing | undefined {
  return ADDON_LISTINGS.find((listing) => listing.itemId.toLowerCase() === itemId.toLowerCase());
}

export type ListingHolder = { username: string; entitlements: string[] };

/** Members holding entitlements of the listing, by username. */
export function holdersOf(store: Store, itemId: string): ListingHolder[] {
  const rows = store
    .prepare("SELECT username, licensed_items FROM users WHERE licensed_items <> '[]' AND instr(licensed_items, ?) > 0 ORDER BY username")
    .all(itemId) as { username: string; licensed_items: string }[];
  return rows.flatMap((row) => {
    const item = licensedItemsOf(row).find((entry) => entry.itemId === itemId);
    return item && item.entitlements.length > 0 ? [{ username: row.username, entitlements: [...item.entitlements] }] : [];
  });
}

/** Replaces what the member holds of the listing (an empty list removes the listing from the member). */
export function setListingEntitlements(
  store: Store,
  username: string,
  current: readonly LicensedItem[],
  itemId: string,
  entitlements: readonly string[],
): void {
  const others = current.filter((entry) => entry.itemId !== itemId);
  const next = entitlements.length > 0 ? [...others, { itemId, entitlements: [...entitlements] }] : others;
  store.prepare('UPDATE users SET licensed_items = ? WHERE username = ?').run(JSON.stringify(next), username);
}
