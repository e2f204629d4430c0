import type { FastifyInstance } from 'fastify';

import { assertPortalId } from './common';
import { userTypeSeats } from './license-info';
import { can, requireAllowed } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { pageWindow, readPaging } from '../store/paging';

export function registerUserTypeRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/userLicenseTypes', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    requireAllowed(can.viewAllMembers(caller));
    const seats = userTypeSeats(context);
    const paging = readPaging(params.get('start'), params.get('num'));
    const window = pageWindow(paging, seats.length);
    return {
      total: seats.length,
      start: paging.start,
      num: paging.num,
      nextStart: window.nextStart,
      userLicenseTypes: seats.slice(window.offset, window.offset + window.limit).map((type) => ({
        id: type.id,
        name: type.name,
        description: type.description,
        level: type.level,
        // Seats and role compatibility: no real portal is known to report them here (extensions only).
        ...(context.config.extensions
          ? {
              maxUsers: type.maxUsers,
              assignedUsers: type.assignedUsers,
              availableUsers: Math.max(0, type.maxUsers - type.assignedUsers),
              compatibleRoles: type.compatibleRoles,
            }
          : {}),
        apps: type.apps.map((name) => ({ name })),
      })),
    };
  });
}
