import { ADDON_LISTINGS, ADDON_PURCHASED_AT } from './addon-licenses';
import { orgInfo } from './portal-repo';
import type { EmulatorContext } from '../plugins/context';

/** The vendor organization of the listings (Esri's, made up). */
const VENDOR_ORG_ID = 'EsriListingsOrg0';

/**
 * `portals/self/purchases` entries: `{provision, listing}` (DOC purchases). `provision` has the documented provision
 * properties (DOC provision-organization-entitlements) with `orgEntitlements {maxUsers, entitlementsModified,
 * entitlements: {<entitlement>: {num}}}` (PY `License.report` reads `provision.orgEntitlements.entitlements[k].num`);
 * `listing` has the listing properties PY reads (`itemId`, `title`) and some of DOC listing's.
 */
export function purchasesOf(context: EmulatorContext): unknown[] {
  const orgId = orgInfo(context.store).id;
  return ADDON_LISTINGS.map((listing) => ({
    provision: {
      itemId: listing.itemId,
      orgId: VENDOR_ORG_ID,
      purchaserOrgId: orgId,
      purchaserUsername: 'portaladmin',
      startDate: ADDON_PURCHASED_AT,
      endDate: -1,
      purchased: true,
      trial: false,
      interested: false,
      created: ADDON_PURCHASED_AT,
      modified: ADDON_PURCHASED_AT,
      orgEntitlements: {
        maxUsers: listing.maxUsers,
        entitlementsModified: ADDON_PURCHASED_AT,
        entitlements: Object.fromEntries(Object.entries(listing.entitlements).map(([name, num]) => [name, { num }])),
      },
    },
    listing: {
      itemId: listing.itemId,
      listingAccess: 'public',
      trialSupported: false,
      licenseBy: 'licenseByUser',
      type: listing.type,
      title: listing.title,
      snippet: listing.snippet,
    },
  }));
}
