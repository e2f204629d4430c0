import type { FastifyInstance } from 'fastify';

import { folderNotFound } from './content';
import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute, type RestRequest } from '../plugins/rest-route';
import { deleteItem, findFolder, findItem, itemGroups, relatedItems, type ItemRow } from '../store/content-repo';
import { findGroup, membershipOf } from '../store/groups-repo';
import { orgInfo } from '../store/portal-repo';
import { findUser } from '../store/users-repo';
import { groupJson } from '../views/group-json';
import { itemJson, itemSharingJson } from '../views/item-json';

export const itemNotFound = () => new ArcgisError({ code: 400, message: 'Item does not exist or is inaccessible.', details: [] });

/** Whether a member may see an item: owner, `viewItems`, public or org-wide, or shared to one of their groups. */
export function canSeeItem(context: EmulatorContext, caller: Caller | null, item: ItemRow): boolean {
  if (item.access === 'public') return true;
  if (!caller) return false;
  if (can.isSelf(caller, item.owner) || can.viewAllContent(caller) || item.access === 'org') return true;
  return itemGroups(context.store, item.id).some((group) => membershipOf(context.store, group.id, caller.user.username) !== undefined);
}

/** An item the caller may see; unknown → 400, hidden → 403 (the portal's answers for a private item). */
function visibleItem(context: EmulatorContext, caller: Caller | null, id: string): ItemRow {
  const item = findItem(context.store, id);
  if (!item) throw itemNotFound();
  if (!canSeeItem(context, caller, item)) throw arcgisErrors.forbidden();
  return item;
}

/**
 * The item at `content/users/{username}[/{folderId}]/items/{id}`: it must belong to that member (and sit in
 * that folder when the path names one, as the ArcGIS API for Python sends it).
 */
export function ownedItem(context: EmulatorContext, path: Record<string, string>): ItemRow {
  const user = findUser(context.store, path.username ?? '');
  if (!user) throw arcgisErrors.userNotFound();
  if (path.folderId !== undefined && !findFolder(context.store, user.username, path.folderId)) throw folderNotFound();
  const item = findItem(context.store, path.itemId ?? '');
  if (!item || item.owner.toLowerCase() !== user.username.toLowerCase()) throw itemNotFound();
  if (path.folderId !== undefined && item.folder_id !== path.folderId) throw itemNotFound();
  return item;
}

/** Registers a member's item resource with and without the folder segment. */
export function userItemRoute(app: FastifyInstance, context: EmulatorContext, operation: string, handler: (req: RestRequest<Caller>) => unknown): void {
  for (const base of ['content/users/:username/items/:itemId', 'content/users/:username/:folderId/items/:itemId']) {
    restRoute(app, context, `${base}${operation}`, handler);
  }
}

const RELATIONSHIP_DIRECTIONS = new Set(['forward', 'reverse']);

export function registerItemRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(
    app,
    context,
    'content/items/:itemId',
    ({ caller, path }) => itemJson(visibleItem(context, caller, path.itemId ?? ''), orgInfo(context.store).id),
    'optional',
  );

  // The groups an item is shared to, split by the caller's membership (only groups the caller may see).
  restRoute(
    app,
    context,
    'content/items/:itemId/groups',
    ({ caller, path }) => {
      const item = visibleItem(context, caller, path.itemId ?? '');
      const orgId = orgInfo(context.store).id;
      const answer: Record<'admin' | 'member' | 'other', unknown[]> = { admin: [], member: [], other: [] };
      for (const shared of itemGroups(context.store, item.id)) {
        const group = findGroup(context.store, shared.id);
        if (!group) continue;
        const membership = caller ? membershipOf(context.store, group.id, caller.user.username) : undefined;
        if (membership === 'owner' || membership === 'admin') answer.admin.push(groupJson(group, orgId));
        else if (membership === 'member') answer.member.push(groupJson(group, orgId));
        else if (group.access !== 'private' || can.viewAllGroups(caller)) answer.other.push(groupJson(group, orgId));
      }
      return answer;
    },
    'optional',
  );

  restRoute(
    app,
    context,
    'content/items/:itemId/relatedItems',
    ({ caller, params, path }) => {
      const item = visibleItem(context, caller, path.itemId ?? '');
      // rest-js sends `relationshipTypes` for a list, `relationshipType` for one.
      const types = (params.text('relationshipType') ?? params.text('relationshipTypes') ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
      if (types.length === 0) throw arcgisErrors.badRequest("'relationshipType' must be specified.");
      const direction = (params.text('direction') ?? 'forward').toLowerCase();
      if (!RELATIONSHIP_DIRECTIONS.has(direction)) throw arcgisErrors.badRequest("'direction' must be forward or reverse.");
      const related = relatedItems(context.store, item.id, types, direction as 'forward' | 'reverse').filter((r) => canSeeItem(context, caller, r));
      const orgId = orgInfo(context.store).id;
      return { total: related.length, relatedItems: related.map((r) => itemJson(r, orgId)) };
    },
    'optional',
  );

  // A member's item with its sharing (owner, or `portal:admin:viewItems`).
  userItemRoute(app, context, '', ({ caller, path }) => {
    const item = ownedItem(context, path);
    requireAllowed(can.isSelf(caller, item.owner) || can.viewAllContent(caller));
    const groupIds = itemGroups(context.store, item.id).map((group) => group.id);
    return { item: itemJson(item, orgInfo(context.store).id), sharing: itemSharingJson(item, groupIds) };
  });

  // Delete: the owner (with `portal:user:createItem`) or `portal:admin:deleteItems`.
  userItemRoute(app, context, '/delete', ({ caller, path }) => {
    const item = ownedItem(context, path);
    const owner = can.isSelf(caller, item.owner) && caller.privileges.has('portal:user:createItem');
    requireAllowed(owner || caller.privileges.has('portal:admin:deleteItems'));
    context.store.transaction(() => deleteItem(context.store, item));
    return { success: true, itemId: item.id };
  });
}
