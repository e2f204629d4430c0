import type { FastifyInstance } from 'fastify';

import { folderNotFound } from './content';
import { canSeeItem, itemNotFound, ownedItem, userItemRoute } from './items';
import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { RawText, restRoute } from '../plugins/rest-route';
import {
  addItem,
  findFolder,
  findItem,
  itemData,
  setItemAccess,
  shareItemToGroup,
  unshareItemFromGroup,
  updateItem,
  type ItemChanges,
  type ItemRow,
} from '../store/content-repo';
import { findGroup, membershipOf } from '../store/groups-repo';
import { findUser } from '../store/users-repo';

const MAX_TITLE = 256;

/** `tags` and `typeKeywords`: a comma list (or a JSON array, as rest-js may send); blanks and repeats dropped. */
function listOf(params: Params, name: string): string[] | undefined {
  const raw = params.text(name);
  if (raw === undefined) return undefined;
  let values: unknown = raw.split(',');
  if (raw.trim().startsWith('[')) {
    try {
      values = JSON.parse(raw);
    } catch {
      throw arcgisErrors.badRequest(`'${name}' must be a comma-separated list.`);
    }
  }
  if (!Array.isArray(values)) throw arcgisErrors.badRequest(`'${name}' must be a comma-separated list.`);
  const seen = new Set<string>();
  return values.map((value) => String(value).trim()).filter((value) => value !== '' && !seen.has(value.toLowerCase()) && seen.add(value.toLowerCase()));
}

function changesOf(params: Params): ItemChanges {
  const title = params.text('title');
  if (title !== undefined && (title.trim() === '' || title.length > MAX_TITLE))
    throw arcgisErrors.badRequest(`'title' must be 1 to ${String(MAX_TITLE)} characters.`);
  return {
    title: title?.trim(),
    typeKeywords: listOf(params, 'typeKeywords'),
    tags: listOf(params, 'tags'),
    description: params.text('description'),
    snippet: params.text('snippet'),
    url: params.text('url'),
    text: params.text('text'),
  };
}

/** The owner, with `portal:user:createItem`. */
const isOwnerWhoCreates = (caller: Caller, owner: string) => can.isSelf(caller, owner) && caller.privileges.has('portal:user:createItem');

/**
 * `share`: `everyone`/`org` set the access when sent (`false` takes it back), `groups` adds group shares. A group is
 * shared to when it exists, the item's owner is one of its members and the caller may share to groups
 * (`portal:user:shareToGroup`, or `portal:admin:shareToGroup`); the others are listed in `notSharedWith`.
 */
function share(context: EmulatorContext, caller: Caller, item: ItemRow, params: Params): unknown {
  requireAllowed(isOwnerWhoCreates(caller, item.owner) || caller.privileges.has('portal:admin:shareToGroup'));
  const groupIds = (params.text('groups') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const mayShareToGroups = caller.privileges.has('portal:user:shareToGroup') || caller.privileges.has('portal:admin:shareToGroup');
  const notSharedWith: string[] = [];
  context.store.transaction(() => {
    for (const groupId of groupIds) {
      const group = findGroup(context.store, groupId);
      if (!mayShareToGroups || !group || membershipOf(context.store, group.id, item.owner) === undefined) notSharedWith.push(groupId);
      else shareItemToGroup(context.store, item, group.id);
    }
    const everyone = params.text('everyone');
    const org = params.text('org');
    const current = findItem(context.store, item.id) ?? item;
    if (everyone === 'true') setItemAccess(context.store, current, 'public');
    else if (org === 'true') setItemAccess(context.store, current, 'org');
    else if ((everyone === 'false' && current.access === 'public') || (org === 'false' && current.access === 'org')) {
      const shared = context.store.prepare('SELECT 1 FROM item_groups WHERE item_id = ?').get(item.id) !== undefined;
      setItemAccess(context.store, current, shared ? 'shared' : 'private');
    }
  });
  return { notSharedWith, itemId: item.id };
}

function unshare(context: EmulatorContext, caller: Caller, item: ItemRow, params: Params): unknown {
  requireAllowed(isOwnerWhoCreates(caller, item.owner) || caller.privileges.has('portal:admin:shareToGroup'));
  const groupIds = (params.text('groups') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const notUnsharedFrom: string[] = [];
  context.store.transaction(() => {
    for (const groupId of groupIds) {
      const group = findGroup(context.store, groupId);
      if (!group) notUnsharedFrom.push(groupId);
      else unshareItemFromGroup(context.store, item, group.id);
    }
  });
  return { notUnsharedFrom, itemId: item.id };
}

export function registerItemWriteRoutes(app: FastifyInstance, context: EmulatorContext): void {
  // addItem: only the member themself (with `portal:user:createItem`), in their root or one of their folders.
  for (const route of ['content/users/:username/addItem', 'content/users/:username/:folderId/addItem']) {
    restRoute(app, context, route, ({ caller, params, path }) => {
      const owner = findUser(context.store, path.username ?? '');
      if (!owner) throw arcgisErrors.userNotFound();
      requireAllowed(isOwnerWhoCreates(caller, owner.username));
      const folderId = path.folderId ?? null;
      if (folderId !== null && !findFolder(context.store, owner.username, folderId)) throw folderNotFound();
      const changes = changesOf(params);
      const type = params.text('type')?.trim();
      if (!changes.title) throw arcgisErrors.badRequest("'title' must be specified.");
      if (!type) throw arcgisErrors.badRequest("'type' must be specified.");
      const item = context.store.transaction(() =>
        addItem(context.store, {
          owner: owner.username,
          folderId,
          title: changes.title ?? '',
          type,
          typeKeywords: changes.typeKeywords ?? [],
          tags: changes.tags ?? [],
          description: changes.description ?? null,
          snippet: changes.snippet ?? null,
          url: changes.url ?? null,
          text: changes.text ?? null,
        }),
      );
      return { success: true, id: item.id, folder: folderId };
    });
  }

  // update: the owner (with `createItem`) or `portal:admin:updateItems`; only what is sent changes.
  userItemRoute(app, context, '/update', ({ caller, params, path }) => {
    const item = ownedItem(context, path);
    requireAllowed(isOwnerWhoCreates(caller, item.owner) || caller.privileges.has('portal:admin:updateItems'));
    const changes = changesOf(params);
    context.store.transaction(() => {
      updateItem(context.store, item, changes);
    });
    return { success: true, id: item.id };
  });

  userItemRoute(app, context, '/share', ({ caller, params, path }) => share(context, caller, ownedItem(context, path), params));
  userItemRoute(app, context, '/unshare', ({ caller, params, path }) => unshare(context, caller, ownedItem(context, path), params));

  // The item's data as it was sent (JSON text is answered as JSON); an item without data answers an empty body.
  restRoute(
    app,
    context,
    'content/items/:itemId/data',
    ({ caller, path }) => {
      const item = findItem(context.store, path.itemId ?? '');
      if (!item) throw itemNotFound();
      if (!canSeeItem(context, caller, item)) throw arcgisErrors.forbidden();
      const text = itemData(context.store, item.id) ?? '';
      let json = false;
      try {
        JSON.parse(text);
        json = true;
      } catch {
        json = false;
      }
      return new RawText(json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', text);
    },
    'optional',
  );
}
