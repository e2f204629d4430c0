/**
 * Add-on licences (ArcGIS Pro, its extensions, apps bought from the marketplace): what the organization bought
 * (`portals/self/purchases`) and who holds which entitlements (`content/listings/{id}/userEntitlements`). Only the
 * documented fields are read; a count the portal does not report is `null`, never guessed.
 */
export type AddonEntitlement = { name: string; purchased: number | null };
export type AddonLicense = {
  itemId: string;
  title: string;
  /** How many members may hold the listing at once (`orgEntitlements.maxUsers`), or null when not reported. */
  maxUsers: number | null;
  entitlements: AddonEntitlement[];
  trial: boolean;
};
export type LicenseHolder = { username: string; entitlements: string[] };
/** A member's add-on licences (`userLicensedItems`): the listing and its entitlements. */
export type LicensedItem = { itemId: string; entitlements: string[] };

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);

function parseEntry(entry: unknown, trial: boolean): AddonLicense | null {
  const listing = record(record(entry)?.listing);
  const provision = record(record(entry)?.provision);
  const itemId = typeof listing?.itemId === 'string' ? listing.itemId : typeof provision?.itemId === 'string' ? provision.itemId : '';
  if (!itemId) return null;
  const orgEntitlements = record(provision?.orgEntitlements);
  const entitlements = Object.entries(record(orgEntitlements?.entitlements) ?? {}).map(([name, value]) => ({ name, purchased: count(record(value)?.num) }));
  return {
    itemId,
    title: typeof listing?.title === 'string' && listing.title ? listing.title : itemId,
    maxUsers: count(orgEntitlements?.maxUsers),
    entitlements,
    trial,
  };
}

/** The licences bought or tried, from `portals/self/purchases` (interests hold no licences). */
export function parsePurchases(body: unknown): AddonLicense[] {
  const answer = record(body);
  const list = (key: string) => (Array.isArray(answer?.[key]) ? (answer[key] as unknown[]) : []);
  return [...list('purchases').map((entry) => parseEntry(entry, false)), ...list('trials').map((entry) => parseEntry(entry, true))].filter(
    (license): license is AddonLicense => license !== null,
  );
}

/** One page of `userEntitlements`; members holding nothing of the listing are left out. */
export function parseUserEntitlements(body: unknown): { holders: LicenseHolder[]; nextStart: number } {
  const answer = record(body);
  const entries = Array.isArray(answer?.userEntitlements) ? (answer.userEntitlements as unknown[]) : [];
  const holders = entries.flatMap((entry) => {
    const item = record(entry);
    if (typeof item?.username !== 'string') return [];
    const entitlements = Array.isArray(item.entitlements) ? item.entitlements.filter((name): name is string => typeof name === 'string' && name !== '') : [];
    return entitlements.length > 0 ? [{ username: item.username, entitlements }] : [];
  });
  // Without `nextStart` the answer is the whole list (DOC shows none; PY pages only when it is there).
  return { holders, nextStart: typeof answer?.nextStart === 'number' ? answer.nextStart : -1 };
}

export type EntitlementUsage = {
  name: string;
  purchased: number | null;
  assigned: number;
  /** null when the portal did not report how many were bought. */
  left: number | null;
  holders: string[];
};

/** Per entitlement of the listing: bought, assigned, left and who holds it. */
export function entitlementUsage(license: AddonLicense, holders: readonly LicenseHolder[]): EntitlementUsage[] {
  const names = [...license.entitlements.map((entitlement) => entitlement.name)];
  // An entitlement a member holds that the purchase does not list is still shown (its total unknown).
  for (const holder of holders) for (const name of holder.entitlements) if (!names.includes(name)) names.push(name);
  return names.map((name) => {
    const purchased = license.entitlements.find((entitlement) => entitlement.name === name)?.purchased ?? null;
    const who = holders.filter((holder) => holder.entitlements.includes(name)).map((holder) => holder.username);
    return { name, purchased, assigned: who.length, left: purchased === null ? null : Math.max(0, purchased - who.length), holders: who };
  });
}

/** "1 of 2 left", or what the portal did not report. */
export function leftText(usage: Pick<EntitlementUsage, 'purchased' | 'left'>): string {
  if (usage.purchased === null || usage.left === null) return 'how many were bought is not reported by the portal';
  return `${usage.left.toLocaleString()} of ${usage.purchased.toLocaleString()} left`;
}
