import type { FastifyInstance } from 'fastify';

import { arcgisErrors } from '../plugins/arcgis-error';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { bundlesHeldBy } from '../store/app-bundles';
import { listWindow, readPaging } from '../store/paging';
import { findUser } from '../store/users-repo';

/**
 * `community/users/{username}/appBundles` (DOC user-app-bundles, ArcGIS Online and Enterprise 10.7+): the app bundles
 * the member holds beyond their user type's, paged `{total, start, num, nextStart, appBundles:[{id, name, apps:[{id,
 * title, entitlements}]}]}`. Who may read it is not documented: the member or `viewUsers`, as `userLicenseType`.
 */
export function registerUserAppBundleRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'community/users/:username/appBundles', ({ caller, params, path }) => {
    const user = findUser(context.store, path.username ?? '');
    if (!user) throw arcgisErrors.userNotFound();
    requireAllowed(can.isSelf(caller, user.username) || can.viewAllMembers(caller));
    const bundles = bundlesHeldBy(context, user.username);
    const paging = readPaging(params.get('start'), params.get('num'));
    const window = listWindow(paging, bundles.length);
    return {
      total: bundles.length,
      start: paging.start,
      num: paging.num,
      nextStart: window.nextStart,
      appBundles: bundles.slice(window.offset, window.offset + window.limit).map((bundle) => ({
        id: bundle.itemId,
        name: bundle.name,
        apps: bundle.apps.map((entry) => ({ id: entry.id, title: entry.title, entitlements: [...entry.entitlements] })),
      })),
    };
  });
}
