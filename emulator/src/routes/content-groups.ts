import type { FastifyInstance } from 'fastify';

import { searchItemsFor } from './search';
import { arcgisErrors } from '../plugins/arcgis-error';
import { can, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { findGroup, membershipOf, type GroupRow } from '../store/groups-repo';
import type { SqlCondition } from '../store/search-sql';

/** A group the caller may see (public and org groups; private ones for members and `viewGroups`). */
function visibleGroup(context: EmulatorContext, caller: Caller | null, groupId: string): GroupRow {
  const group = findGroup(context.store, groupId);
  if (!group) throw arcgisErrors.groupNotFound();
  if (group.access === 'public') return group;
  if (!caller) throw arcgisErrors.groupNotFound();
  if (group.access === 'private' && !membershipOf(context.store, group.id, caller.user.username) && !can.viewAllGroups(caller)) {
    throw arcgisErrors.groupNotFound();
  }
  return group;
}

const sharedTo = (groupId: string): SqlCondition => ({
  sql: 'EXISTS (SELECT 1 FROM item_groups s WHERE s.item_id = i.id AND s.group_id = ?)',
  params: [groupId],
});

/**
 * A group's content (rest-js `getGroupContent`, `searchGroupContent`): the items shared to it that the caller
 * may see. `content/groups/{id}/search?q=owner:x` reads a member's sharing to that group in one page.
 */
export function registerContentGroupRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(
    app,
    context,
    'content/groups/:groupId/search',
    ({ caller, params, path }) => searchItemsFor(context, caller, params, sharedTo(visibleGroup(context, caller, path.groupId ?? '').id)),
    'optional',
  );
  restRoute(
    app,
    context,
    'content/groups/:groupId',
    ({ caller, params, path }) => {
      const body = searchItemsFor(context, caller, params, sharedTo(visibleGroup(context, caller, path.groupId ?? '').id));
      return { total: body.total, start: body.start, num: body.num, nextStart: body.nextStart, items: body.results };
    },
    'optional',
  );
}
