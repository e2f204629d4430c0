import type { FastifyInstance } from 'fastify';

import { readSort } from './common';
import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { restRoute } from '../plugins/rest-route';
import { createFolderFor, findFolder, findFolderByTitle, foldersOf, ITEM_SORT_COLUMNS, itemsIn } from '../store/content-repo';
import { readPaging } from '../store/paging';
import { orgInfo } from '../store/portal-repo';
import { findUser } from '../store/users-repo';
import { folderJson, itemJson } from '../views/item-json';

export const folderNotFound = () => new ArcgisError({ code: 400, message: 'Folder does not exist or is inaccessible.', details: [] });

function userContent(context: EmulatorContext, caller: Caller, params: Params, username: string, folderId: string | null): unknown {
  const user = findUser(context.store, username);
  if (!user) throw arcgisErrors.userNotFound();
  requireAllowed(can.isSelf(caller, user.username) || can.viewAllContent(caller));
  const folder = folderId === null ? undefined : findFolder(context.store, user.username, folderId);
  if (folderId !== null && !folder) throw folderNotFound();
  const paging = readPaging(params.get('start'), params.get('num'));
  // No sort is documented for this resource: only with `--extensions` (off: newest first, whatever was asked).
  const sort = context.config.extensions && params.text('sortField') ? readSort(params, ITEM_SORT_COLUMNS, 'created') : null;
  const result = itemsIn(context.store, user.username, folder?.id ?? null, sort, paging);
  const orgId = orgInfo(context.store).id;
  const json: Record<string, unknown> = {
    username: user.username,
    total: result.total,
    start: paging.start,
    num: paging.num,
    nextStart: result.nextStart,
  };
  if (folder) json.currentFolder = folderJson(folder);
  json.items = result.rows.map((item) => itemJson(item, orgId));
  json.folders = foldersOf(context.store, user.username).map(folderJson);
  return json;
}

const FOLDER_TITLE_MAX = 255;

/**
 * `createFolder`: the member themself (with `portal:user:createItem`), or an administrator who may
 * update or reassign content (so a help desk can prepare the receiving folder).
 */
function createFolder(context: EmulatorContext, caller: Caller, params: Params, username: string): unknown {
  const user = findUser(context.store, username);
  if (!user) throw arcgisErrors.userNotFound();
  const self = can.isSelf(caller, user.username) && caller.privileges.has('portal:user:createItem');
  requireAllowed(self || can.reassignItems(caller) || caller.privileges.has('portal:admin:updateItems'));
  const title = params.text('title');
  if (!title) throw arcgisErrors.badRequest("Unable to create folder. 'title' must be specified.");
  if (title.length > FOLDER_TITLE_MAX || /[\\/]/.test(title) || title === '.' || title === '..') {
    throw arcgisErrors.badRequest(`Unable to create folder. '${title.slice(0, 80)}' is not a valid folder title.`);
  }
  if (findFolderByTitle(context.store, user.username, title)) {
    throw arcgisErrors.badRequest(`Unable to create folder. Folder title '${title}' not available.`, [
      `${user.username} already has a folder named '${title}'.`,
    ]);
  }
  const folder = createFolderFor(context.store, user.username, title);
  return { success: true, folder: { username: folder.username, id: folder.id, title: folder.title } };
}

/**
 * A member's content: root folder or one folder (owner, or `portal:admin:viewItems`), newest first (`sortField`/
 * `sortOrder` only with `--extensions`), and `createFolder`.
 */
export function registerContentRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'content/users/:username', ({ caller, params, path }) => userContent(context, caller, params, path.username ?? '', null));
  restRoute(app, context, 'content/users/:username/createFolder', ({ caller, params, path }) => createFolder(context, caller, params, path.username ?? ''));
  restRoute(app, context, 'content/users/:username/:folderId', ({ caller, params, path }) =>
    userContent(context, caller, params, path.username ?? '', path.folderId ?? ''),
  );
}
