import type { FastifyInstance } from 'fastify';

import { itemNotFound, ownedItem, userItemRoute } from './items';
import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { restRoute } from '../plugins/rest-route';
import { createFolderFor, findFolderByTitle, findItem, itemGroups, moveItemToOwner, type ItemRow } from '../store/content-repo';
import { membershipOf } from '../store/groups-repo';
import { privilegesForRoleKey } from '../store/roles-repo';
import type { Store } from '../store/store';
import { findUserType } from '../store/user-types';
import { findUser, roleKeyOf, type UserRow } from '../store/users-repo';

/** `canReassignItems` takes at most 100 item ids (the documented limit of the batch operations). */
export const MAX_REASSIGN_ITEMS = 100;
/** User types whose members can own content (Mobile Worker and above; not Viewer or Contributor). */
const CONTENT_RANK = 3;
/** Hosted services (reserved type keyword) need the receiver to hold the matching publishing privilege. */
const HOSTED_KEYWORD = 'Hosted Service';
const PUBLISH_PRIVILEGE: Readonly<Record<string, string>> = {
  'Feature Service': 'portal:publisher:publishFeatures',
  'Vector Tile Service': 'portal:publisher:publishTiles',
  'Map Service': 'portal:publisher:publishTiles',
  'Scene Service': 'portal:publisher:publishScenes',
};

type Receiver = { user: UserRow; privileges: ReadonlySet<string> };

const refusal = (message: string, details: unknown[]) => new ArcgisError({ code: 400, message: `Unable to reassign item. ${message}`, details });

function typeKeywords(item: ItemRow): string[] {
  return JSON.parse(item.type_keywords) as string[];
}

/** The receiving member, or the refusal that applies to every item (unknown, disabled, privileges, user type). */
function readReceiver(store: Store, params: Params): Receiver {
  const targetUsername = params.text('targetUsername');
  if (!targetUsername) throw arcgisErrors.badRequest("'targetUsername' must be specified.");
  const user = findUser(store, targetUsername);
  if (!user) throw refusal(`Target user '${targetUsername}' does not exist or is inaccessible.`, [{ targetUsername }]);
  return { user, privileges: new Set(privilegesForRoleKey(store, roleKeyOf(user))) };
}

function receiverRefusal(receiver: Receiver, requireReceiveItems: boolean): ArcgisError | null {
  const { user } = receiver;
  if (user.disabled) return refusal(`Target user '${user.username}' is disabled.`, [{ targetUsername: user.username, disabled: true }]);
  if (requireReceiveItems && !can.receiveItems(receiver)) {
    return refusal(`Target user '${user.username}' does not have the privilege to receive items.`, [
      { targetUsername: user.username, missingPrivilege: 'portal:user:receiveItems' },
    ]);
  }
  const type = findUserType(user.usertype);
  if (!type || type.maxRoleRank < CONTENT_RANK) {
    return refusal(`The user type of target user '${user.username}' (${type?.name ?? user.usertype}) cannot own content.`, [
      { targetUsername: user.username, userLicenseTypeId: user.usertype },
    ]);
  }
  return null;
}

/** Everything that stops this item from going to this receiver, as the portal's error body; null = can go. */
function itemRefusal(context: EmulatorContext, item: ItemRow, receiver: Receiver): ArcgisError | null {
  const { store } = context;
  const { user } = receiver;
  if (item.owner.toLowerCase() === user.username.toLowerCase()) {
    return refusal(`The item is already owned by '${user.username}'.`, [{ itemId: item.id, owner: item.owner, targetUsername: user.username }]);
  }
  const general = receiverRefusal(receiver, context.config.requireReceiveItems);
  if (general) return general;
  const keywords = typeKeywords(item);
  const needed = PUBLISH_PRIVILEGE[item.type];
  if (keywords.includes(HOSTED_KEYWORD) && needed && !receiver.privileges.has(needed)) {
    return refusal(`Target user '${user.username}' does not have the privileges to own the hosted service '${item.title}'.`, [
      { itemId: item.id, type: item.type, url: item.url, reservedTypeKeywords: [HOSTED_KEYWORD], owner: item.owner },
    ]);
  }
  const outside = itemGroups(store, item.id).filter((group) => membershipOf(store, group.id, user.username) === undefined);
  if (outside.length > 0) {
    return refusal(
      `Target user '${user.username}' is not a member of ${outside.length === 1 ? 'the group' : `${String(outside.length)} groups`} the item is shared to: ${outside.map((g) => g.title).join(', ')}.`,
      outside.map((group) => ({ itemId: item.id, type: item.type, owner: item.owner, groupId: group.id, groupTitle: group.title })),
    );
  }
  return null;
}

/** `targetFolderName`: missing, empty or `/` = root; an existing folder (any case); else a new folder. */
function targetFolder(store: Store, receiver: UserRow, name: string | undefined): string | null {
  if (name === undefined || name === '/') return null;
  if (/[\\/]/.test(name) || name.length > 255) throw arcgisErrors.badRequest(`Unable to reassign item. '${name.slice(0, 80)}' is not a valid folder title.`);
  return (findFolderByTitle(store, receiver.username, name) ?? createFolderFor(store, receiver.username, name)).id;
}

function requireReassigner(caller: Caller): void {
  requireAllowed(can.reassignItems(caller));
}

export function registerItemReassignRoutes(app: FastifyInstance, context: EmulatorContext): void {
  const { store } = context;

  userItemRoute(app, context, '/reassign', ({ caller, params, path }) => {
    requireReassigner(caller);
    const item = ownedItem(context, path);
    const receiver = readReceiver(store, params);
    const refused = itemRefusal(context, item, receiver);
    if (refused) throw refused;
    store.transaction(() => {
      const folderId = targetFolder(store, receiver.user, params.text('targetFolderName'));
      moveItemToOwner(store, item, receiver.user.username, folderId);
    });
    return { success: true, itemId: item.id };
  });

  userItemRoute(app, context, '/canReassign', ({ caller, params, path }) => {
    requireReassigner(caller);
    const item = ownedItem(context, path);
    const refused = itemRefusal(context, item, readReceiver(store, params));
    if (refused) throw refused;
    return { success: true, itemId: item.id };
  });

  /** `items` (≤ 100) of `{username}` checked for `targetUsername`, each with its refusal or null. */
  const checkItems = (params: Params, username: string): { receiver: Receiver; checks: { id: string; item?: ItemRow; refused: ArcgisError | null }[] } => {
    const owner = findUser(store, username);
    if (!owner) throw arcgisErrors.userNotFound();
    const ids = (params.text('items') ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (ids.length === 0) throw arcgisErrors.badRequest("'items' must be specified.");
    if (ids.length > MAX_REASSIGN_ITEMS) {
      throw arcgisErrors.badRequest('Exceeded maximum number of items allowed per call.', [
        `At most ${String(MAX_REASSIGN_ITEMS)} items per request; this one has ${String(ids.length)}.`,
      ]);
    }
    const receiver = readReceiver(store, params);
    const checks = ids.map((id) => {
      const item = findItem(store, id);
      if (!item || item.owner.toLowerCase() !== owner.username.toLowerCase()) return { id, refused: itemNotFound() };
      return { id, item, refused: itemRefusal(context, item, receiver) };
    });
    return { receiver, checks };
  };
  const resultOf = (check: { id: string; refused: ArcgisError | null }) =>
    check.refused ? { itemId: check.id, success: false, error: check.refused.body } : { itemId: check.id, success: true };

  restRoute(app, context, 'content/users/:username/canReassignItems', ({ caller, params, path }) => {
    requireReassigner(caller);
    return { results: checkItems(params, path.username ?? '').checks.map(resultOf) };
  });

  // The batch move (Enterprise 11.0+ in the docs): the items that pass move, the others report why not.
  restRoute(app, context, 'content/users/:username/reassignItems', ({ caller, params, path }) => {
    requireReassigner(caller);
    const { receiver, checks } = checkItems(params, path.username ?? '');
    store.transaction(() => {
      const movable = checks.filter((check) => check.item && !check.refused);
      if (movable.length === 0) return;
      const folderId = targetFolder(store, receiver.user, params.text('targetFolderName'));
      for (const check of movable) if (check.item) moveItemToOwner(store, check.item, receiver.user.username, folderId);
    });
    return { results: checks.map(resultOf) };
  });
}
