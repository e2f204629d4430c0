import { portalAdminRequest } from '@/lib/arcgis/portal-admin';
import type { PortalSession } from '@/lib/arcgis/portal-session';

import { get, post, userPath } from './portal-request';
import { type AppBundle, parseAppBundles } from '../licences/app-bundles';
import { type LicensedAddon, parseLicensedAddons } from '../licences/enterprise-license';
import { type AddonLicense, type LicensedItem, type LicenseHolder, parsePurchases, parseUserEntitlements } from '../licences/licenses';

/** `portals/self/purchases`: the add-on licences bought or tried. */
export async function fetchAddonLicenses(session: PortalSession, signal?: AbortSignal): Promise<AddonLicense[]> {
  return parsePurchases(await get<unknown>(session, `${session.portal}/portals/self/purchases`, {}, signal));
}

/** Every holder of the listing: `content/listings/{id}/userEntitlements`, paged while `nextStart` says so. */
export async function fetchLicenseHolders(session: PortalSession, itemId: string, signal?: AbortSignal): Promise<LicenseHolder[]> {
  const holders: LicenseHolder[] = [];
  let start = 1;
  do {
    const page = parseUserEntitlements(
      await get<unknown>(session, `${session.portal}/content/listings/${encodeURIComponent(itemId)}/userEntitlements`, { start, num: 100 }, signal),
    );
    holders.push(...page.holders);
    // A portal that does not page answers everything at once (no `nextStart`); never loop on a start that does not move.
    start = page.nextStart > start ? page.nextStart : -1;
  } while (start > 0);
  return holders;
}

/** The member's add-on licences (`returnUserLicensedItems=true`), or null when the portal does not report them. */
export async function fetchMemberLicensedItems(session: PortalSession, username: string, signal?: AbortSignal): Promise<LicensedItem[] | null> {
  const user = await get<{ userLicensedItems?: unknown }>(session, userPath(session, username), { returnUserLicensedItems: true }, signal);
  if (!Array.isArray(user.userLicensedItems)) return null;
  return (user.userLicensedItems as { itemId?: unknown; entitlements?: unknown }[]).flatMap((item) =>
    typeof item.itemId === 'string'
      ? [
          {
            itemId: item.itemId,
            entitlements: Array.isArray(item.entitlements) ? item.entitlements.filter((name): name is string => typeof name === 'string') : [],
          },
        ]
      : [],
  );
}

/**
 * `provisionUserEntitlements`: the members (≤ 25) hold exactly `entitlements` of the listing afterwards; none revokes
 * it. Throws the portal's error unchanged (the bulk runner tells transient failures from refusals).
 */
export async function sendProvisionUserEntitlements(
  session: PortalSession,
  itemId: string,
  usernames: readonly string[],
  entitlements: readonly string[],
  signal?: AbortSignal,
): Promise<boolean> {
  const answer = await post<{ success?: boolean }>(
    session,
    `${session.portal}/content/listings/${encodeURIComponent(itemId)}/provisionUserEntitlements`,
    { userEntitlements: JSON.stringify({ users: usernames, entitlements }), suppressCustomerEmail: true },
    signal,
  );
  return answer.success === true;
}

/** The organization's app bundles (`portals/self/appBundles`, PY `LicenseManager.bundles`), 100 a page while `nextStart` moves. */
export async function fetchAppBundles(session: PortalSession, signal?: AbortSignal): Promise<AppBundle[]> {
  const bundles: AppBundle[] = [];
  let start = 1;
  do {
    const page = parseAppBundles(await get<unknown>(session, `${session.portal}/portals/self/appBundles`, { start, num: 100 }, signal));
    bundles.push(...page.bundles);
    start = page.nextStart > start ? page.nextStart : -1;
  } while (start > 0);
  return bundles;
}

/** An Enterprise portal's add-on licences with their counts (Portal Administrator API `license`); null when not listed. */
export async function fetchLicensedAddons(session: PortalSession, signal?: AbortSignal): Promise<LicensedAddon[] | null> {
  return parseLicensedAddons(await portalAdminRequest<unknown>(session, 'license', { f: 'json' }, signal));
}

/** The app bundles a member holds beyond their user type's (DOC user-app-bundles), 100 a page while `nextStart` moves. */
export async function fetchMemberAppBundles(session: PortalSession, username: string, signal?: AbortSignal): Promise<AppBundle[]> {
  const bundles: AppBundle[] = [];
  let start = 1;
  do {
    const page = parseAppBundles(await get<unknown>(session, `${userPath(session, username)}/appBundles`, { start, num: 100 }, signal));
    bundles.push(...page.bundles);
    start = page.nextStart > start ? page.nextStart : -1;
  } while (start > 0);
  return bundles;
}
