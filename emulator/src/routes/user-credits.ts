import type { FastifyInstance } from 'fastify';

import { assertPortalId } from './common';
import { arcgisErrors } from '../plugins/arcgis-error';
import { requireAllowed, type Caller } from '../plugins/auth';
import type { EmulatorContext } from '../plugins/context';
import { restRoute } from '../plugins/rest-route';
import { allocationOf, assignCredits, ORG_AVAILABLE_CREDITS, unassignCredits } from '../store/credits-repo';
import { findUser } from '../store/users-repo';

/** DOC assign-user-credits: "A maximum of 100 users can be assigned all together in each request." */
export const MAX_CREDIT_ASSIGNMENTS_PER_REQUEST = 100;

/** DOC assign/unassign-user-credits ("allocate credits … in ArcGIS Online"); the Maps SDKs' ManageCredits privilege. */
const canManageCredits = (caller: Caller | null) => caller?.privileges.has('portal:admin:manageCredits') ?? false;

/** A member's credit fields as `community/users/{u}` and the searches report them; `null` on ArcGIS Enterprise. */
export function userCreditsJson(context: EmulatorContext, username: string): { availableCredits: number; assignedCredits: number } | null {
  if (context.store.flavor === 'enterprise') return null;
  const allocation = allocationOf(context.store, username);
  if (allocation?.assigned == null) return { availableCredits: -1, assignedCredits: -1 };
  return { assignedCredits: allocation.assigned, availableCredits: Math.max(0, allocation.assigned - allocation.used) };
}

/** `portals/self` credit fields (RJS PortalResponse; PY `CreditManager.is_enabled`/`credits`); none on Enterprise. */
export function portalCreditsJson(context: EmulatorContext): Record<string, unknown> {
  if (context.store.flavor === 'enterprise') return {};
  return {
    availableCredits: ORG_AVAILABLE_CREDITS,
    creditAssignments: context.config.creditAllocationOff ? 'disabled' : 'enabled',
  };
}

function parseJsonList(value: string | undefined, name: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(value ?? '');
    if (Array.isArray(parsed)) return parsed;
  } catch {
    // answered below
  }
  throw arcgisErrors.badRequest(`'${name}' must be a JSON array.`);
}

/** `portals/self/assignUserCredits` and `portals/self/unassignUserCredits` (ArcGIS Online only; the DOC says POST only, the answer to a GET is not documented, so GET is served like everywhere). */
export function registerUserCreditRoutes(app: FastifyInstance, context: EmulatorContext): void {
  restRoute(app, context, 'portals/:portalId/assignUserCredits', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    if (context.store.flavor === 'enterprise') throw arcgisErrors.invalidUrl();
    requireAllowed(canManageCredits(caller));
    const assignments = parseJsonList(params.get('userAssignments'), 'userAssignments');
    if (assignments.length === 0) throw arcgisErrors.badRequest("'userAssignments' is required.");
    if (assignments.length > MAX_CREDIT_ASSIGNMENTS_PER_REQUEST) {
      throw arcgisErrors.badRequest(`At most ${String(MAX_CREDIT_ASSIGNMENTS_PER_REQUEST)} users can be assigned credits in one request.`);
    }
    const notAssignedUsers: string[] = [];
    context.store.transaction(() => {
      for (const entry of assignments) {
        const { username, credits } = (typeof entry === 'object' && entry !== null ? entry : {}) as { username?: unknown; credits?: unknown };
        const name = typeof username === 'string' ? username : JSON.stringify(username ?? null);
        const user = typeof username === 'string' ? findUser(context.store, username) : undefined;
        // Unknown members and credits that are not a number ≥ 0 are reported back, not refused whole (DOC: a subset).
        if (!user || typeof credits !== 'number' || !Number.isFinite(credits) || credits < 0) notAssignedUsers.push(name);
        else assignCredits(context.store, user.username, credits);
      }
    });
    return { success: true, notAssignedUsers };
  });

  restRoute(app, context, 'portals/:portalId/unassignUserCredits', ({ caller, params, path }) => {
    assertPortalId(context, path.portalId);
    if (context.store.flavor === 'enterprise') throw arcgisErrors.invalidUrl();
    requireAllowed(canManageCredits(caller));
    const usernames = parseJsonList(params.get('usernames'), 'usernames');
    if (usernames.length === 0) throw arcgisErrors.badRequest("'usernames' is required.");
    const notUnAssignedUsers: string[] = [];
    context.store.transaction(() => {
      for (const username of usernames) {
        const user = typeof username === 'string' ? findUser(context.store, username) : undefined;
        if (!user) notUnAssignedUsers.push(typeof username === 'string' ? username : JSON.stringify(username));
        else unassignCredits(context.store, user.username);
      }
    });
    return { success: true, notUnAssignedUsers };
  });
}
