import type { FastifyInstance } from 'fastify';

import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { type AddonListing, findListing, holdersOf, setListingEntitlements } from '../store/addon-licenses';
import { listWindow, readPaging } from '../store/paging';
import { findUser, licensedItemsOf } from '../store/users-repo';

/** Members per `provisionUserEntitlements` request (DOC: "A maximum of 25 users can be provisioned in one request"). */
export const MAX_PROVISION_USERS = 25;

/** Members per `userEntitlements` page when `num` is not sent (our choice; PY `License.all` sends `num=100`). */
const DEFAULT_ENTITLEMENTS_PAGE = 25;

function listingOrRefuse(itemId: string | undefined): AddonListing {
  const listing = findListing(itemId ?? '');
  // DOC provision-user-entitlements: the answer for a listing the organization has not bought or tried.
  if (!listing) throw arcgisErrors.badRequest('item not provisioned');
  return listing;
}

/** `userEntitlements` = `{"users":[…],"entitlements":[…]}` (DOC; PY `License.assign` sends it as JSON). */
function readUserEntitlements(value: string | undefined): { users: string[]; entitlements: string[] } {
  if (value === undefined || value.trim() === '') throw arcgisErrors.badRequest("'userEntitlements' is required.");
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw arcgisErrors.badRequest("'userEntitlements' is not valid JSON.");
  }
  const body = parsed as { users?: unknown; entitlements?: unknown } | null;
  if (!body || !Array.isArray(body.users) || (body.entitlements !== undefined && !Array.isArray(body.entitlements))) {
    throw arcgisErrors.badRequest('\'userEntitlements\' must be {"users":[…],"entitlements":[…]}.');
  }
  const users = body.users
    .map(String)
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const entitlements = [...new Set(((body.entitlements as unknown[] | undefined) ?? []).map(String).filter((name) => name !== ''))];
  return { users, entitlements };
}

/**
 * Add-on licences of a license-by-user listing: who holds which entitlements (`userEntitlements`, paged by
 * `start`/`num` → `nextStart` as PY `License.all` reads it) and assigning or revoking them
 * (`provisionUserEntitlements`: the given entitlements replace what each member held of the listing; none revokes
 * the listing). Both need `portal:admin:manageLicenses` (DOC: "a user with Manage Licenses privilege").
 */
export function registerAddonLicenseRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'content/listings/:itemId/userEntitlements', ({ caller, params, path }) => {
    requireAllowed(can.manageLicenses(caller));
    const listing = listingOrRefuse(path.itemId);
    const holders = holdersOf(context.store, listing.itemId);
    const paging = readPaging(params.get('start'), params.get('num'), DEFAULT_ENTITLEMENTS_PAGE);
    const window = listWindow(paging, holders.length);
    const page = holders.slice(window.offset, window.offset + window.limit);
    return {
      userEntitlements: page.map((holder) => ({ username: holder.username, lastLogin: -1, disconnected: false, entitlements: holder.entitlements })),
      nextStart: window.nextStart,
    };
  });

  restRoute(app, context, 'content/listings/:itemId/provisionUserEntitlements', ({ caller, params, path }) => {
    requireAllowed(can.manageLicenses(caller));
    const listing = listingOrRefuse(path.itemId);
    const request = readUserEntitlements(params.get('userEntitlements'));
    if (request.users.length === 0) throw arcgisErrors.badRequest("'userEntitlements' names no users.");
    if (request.users.length > MAX_PROVISION_USERS) {
      throw arcgisErrors.badRequest(`A maximum of ${String(MAX_PROVISION_USERS)} users can be provisioned in one request.`);
    }
    const unknownEntitlements = request.entitlements.filter((name) => !(name in listing.entitlements));
    if (unknownEntitlements.length > 0) {
      throw arcgisErrors.badRequest(`Unknown entitlements for '${listing.title}': ${unknownEntitlements.join(', ')}.`, unknownEntitlements);
    }
    const store = context.store;
    return store.transaction(() => {
      const users = request.users.map((name) => ({ name, row: findUser(store, name) }));
      const strangers = users.filter((user) => !user.row).map((user) => user.name);
      if (strangers.length > 0) {
        throw arcgisErrors.badRequest(`Only members of the organization can be provisioned: ${strangers.join(', ')}.`, strangers);
      }
      const held = new Map(holdersOf(store, listing.itemId).map((holder) => [holder.username, holder.entitlements]));
      const before = countEntitlements(held);
      const usersBefore = held.size;
      for (const user of users) {
        if (!user.row) continue;
        if (request.entitlements.length > 0) held.set(user.row.username, request.entitlements);
        else held.delete(user.row.username);
      }
      const after = countEntitlements(held);
      // Only what this request adds is checked against what was bought: a revoke always goes through.
      const short = Object.entries(listing.entitlements).filter(
        ([name, num]) => (after.get(name) ?? 0) > num && (after.get(name) ?? 0) > (before.get(name) ?? 0),
      );
      if (short.length > 0) {
        const [name = '', num = 0] = short[0] ?? [];
        throw arcgisErrors.badRequest(
          `Not enough '${name}' licenses: ${String(num)} purchased, ${String(after.get(name) ?? 0)} would be assigned.`,
          short.map(([entitlement]) => entitlement),
        );
      }
      if (held.size > listing.maxUsers && held.size > usersBefore) {
        throw arcgisErrors.badRequest(
          `Not enough licenses for '${listing.title}': at most ${String(listing.maxUsers)} users, ${String(held.size)} would be provisioned.`,
        );
      }
      for (const user of users) {
        if (!user.row) continue;
        setListingEntitlements(store, user.row.username, licensedItemsOf(user.row), listing.itemId, request.entitlements);
      }
      return { success: true };
    });
  });
}

function countEntitlements(held: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entitlements of held.values()) for (const name of entitlements) counts.set(name, (counts.get(name) ?? 0) + 1);
  return counts;
}
