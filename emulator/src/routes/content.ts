import type { FastifyInstance } from 'fastify';

import { ArcgisError, arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import type { Params } from '../plugins/params';
import { restRoute } from '../plugins/rest-route';
import { findFolder, foldersOf, itemsIn } from '../store/content-repo';
import { readPaging } from '../store/paging';
import { orgInfo } from '../store/portal-repo';
import { findUser } from '../store/users-repo';
import { folderJson, itemJson } from '../views/item-json';

function userContent(context: EmulatorContext, caller: Caller, params: Params, username: string, folderId: string | null): unknown {
  const user = findUser(context.store, username);
  if (!user) throw arcgisErrors.userNotFound();
  requireAllowed(can.isSelf(caller, user.username) || can.viewAllContent(caller));
  const folder = folderId === null ? undefined : findFolder(context.store, user.username, folderId);
  if (folderId !== null && !folder) {
    throw new ArcgisError({ code: 400, message: 'Folder does not exist or is inaccessible.', details: [] });
  }
  const paging = readPaging(params.get('start'), params.get('num'));
  const result = itemsIn(context.store, user.username, folder?.id ?? null, paging);
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

/** Minimal content listing: a member's root folder or one folder (owner, or `portal:admin:viewItems`). */
export function registerContentRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'content/users/:username', ({ caller, params, path }) =>
    userContent(context, caller, params, path.username ?? '', null),
  );
  restRoute(app, context, 'content/users/:username/:folderId', ({ caller, params, path }) =>
    userContent(context, caller, params, path.username ?? '', path.folderId ?? ''),
  );
}
