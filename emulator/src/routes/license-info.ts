import type { EmulatorContext } from '../plugins/context';
import { ORG_AVAILABLE_CREDITS } from '../store/credits-repo';
import { assignableRoles } from '../store/roles-repo';
import { USER_TYPES, type UserTypeDefinition } from '../store/user-types';
import { countUsersByType } from '../store/users-repo';

export type UserTypeSeats = UserTypeDefinition & { maxUsers: number; assignedUsers: number; compatibleRoles: string[] };

/** Every user type with its seats and the role keys (built-in roles and role ids) it allows. */
export function userTypeSeats(context: EmulatorContext): UserTypeSeats[] {
  const maxima = new Map(
    (context.store.prepare('SELECT id, max_users FROM user_types').all() as { id: string; max_users: number }[]).map((row) => [row.id, row.max_users]),
  );
  const assigned = countUsersByType(context.store);
  const roles = assignableRoles(context.store);
  return USER_TYPES.map((type) => ({
    ...type,
    maxUsers: maxima.get(type.id) ?? 0,
    assignedUsers: assigned.get(type.id) ?? 0,
    compatibleRoles: roles.filter((role) => role.rank <= type.maxRoleRank).map((role) => role.key),
  }));
}

export function subscriptionInfo(context: EmulatorContext, orgId: string, seedNow: number): Record<string, unknown> {
  const seats = userTypeSeats(context);
  const perLevel = (level: number) => seats.filter((s) => s.level === level).reduce((sum, s) => sum + s.maxUsers, 0);
  return {
    id: `${orgId}-subscription`,
    type: 'In Use',
    state: 'active',
    expDate: seedNow + 365 * 86_400_000,
    maxUsers: seats.reduce((sum, s) => sum + s.maxUsers, 0),
    availableCredits: ORG_AVAILABLE_CREDITS,
    maxUsersPerLevel: { 1: perLevel(1), 2: perLevel(2) },
    // Purchased seats per user type (RJS `SubscriptionInfoResponse`); a test switch hides them (`hideSeats`).
    ...(context.config.hideSeats ? {} : { userLicenseTypes: Object.fromEntries(seats.map((s) => [s.id, s.maxUsers])) }),
    companionUserLicenseTypes: {},
  };
}
