import { countOf } from '@/lib/text/plural';

import {
  describeLicenseAction,
  isLicenseAction,
  LICENSE_MEMBERS_PER_REQUEST,
  type LicenseAction,
  type LicenseCheck,
  planLicenseAction,
} from '../licences/license-action';
import type { GroupOption, Member, RoleOption, UserTypeSeats } from '../types';

export type BulkAction =
  | { kind: 'role'; role: RoleOption }
  | { kind: 'userType'; userType: UserTypeSeats }
  | { kind: 'addToGroup'; group: GroupOption }
  | { kind: 'removeFromGroup'; group: GroupOption }
  | { kind: 'disable' }
  | { kind: 'enable' }
  | { kind: 'delete' }
  | LicenseAction
  | { kind: 'allocateCredits'; credits: number }
  | { kind: 'removeCredits' };

export type BulkActionKind = BulkAction['kind'];

export const bulkActionTitles: Record<BulkActionKind, string> = {
  role: 'Change role',
  userType: 'Change user type',
  addToGroup: 'Add to group',
  removeFromGroup: 'Remove from group',
  disable: 'Disable',
  enable: 'Enable',
  delete: 'Delete',
  assignLicense: 'Assign licence',
  revokeLicense: 'Revoke licence',
  allocateCredits: 'Allocate credits',
  removeCredits: 'Remove credit allocation',
};

export type BulkOutcome = 'done' | 'unchanged' | 'skipped' | 'failed' | 'not sent';
export type BulkResult = { username: string; fullName: string; outcome: BulkOutcome; reason: string };

/**
 * Members per request. `updateUserRole`, `disable`, `enable` and `delete` take one member. `addUsers`/`removeUsers`
 * take at most 25 (ORG_3100 above that). `updateUserLicenseType` takes a list with no documented limit: 25 keeps
 * each request well inside the smallest per-call member limit the portal documents (the group calls'), so an
 * undocumented cap on a real portal is not hit, a transient failure retries only 25 members, and 500 members
 * still need only 20 requests.
 */
export const membersPerRequest: Record<BulkAction['kind'], number> = {
  role: 1,
  userType: 25,
  addToGroup: 25,
  removeFromGroup: 25,
  disable: 1,
  enable: 1,
  delete: 1,
  assignLicense: LICENSE_MEMBERS_PER_REQUEST,
  revokeLicense: LICENSE_MEMBERS_PER_REQUEST,
  // assignUserCredits takes up to 100 (DOC); unassignUserCredits documents no limit. 25 for the reasons above.
  allocateCredits: 25,
  removeCredits: 25,
};

/** `left`/`purchased` are `null` when the portal does not report them: then nothing is blocked, the portal decides. */
export type SeatCheck = { typeName: string; left: number | null; purchased: number | null; needed: number; enough: boolean };

export type BulkPlan = {
  /** Usernames per request, in order. */
  batches: string[][];
  /** Members settled without a request: already as asked, or refused before sending (with the reason). */
  settled: BulkResult[];
  /** For a user type change: the seats it needs against the seats left. */
  seats: SeatCheck | null;
  /** For an add-on licence: the licences it needs against those left. */
  licenses?: LicenseCheck;
};

type PlanContext = {
  userTypes: readonly UserTypeSeats[];
  /** Names for role keys (built-in and custom), for the reasons. */
  roleName: (key: string) => string;
  /** The signed-in member, who cannot disable or delete their own account. */
  self: string;
  /** Deletes the portal would refuse, by lower-case username, checked before sending (owned content, licences). */
  deleteRefusals?: ReadonlyMap<string, string>;
};

/** The role key the portal's compatibility lists use: the role id when there is one, else the built-in role. */
export const roleKeyOf = (member: Pick<Member, 'role' | 'roleId'>) => member.roleId ?? member.role;

/** "7 of 50 Creator seats left", or what the portal did not report. */
export function seatsLeftText(type: Pick<UserTypeSeats, 'name' | 'purchased' | 'left'>): string {
  if (type.left === null || type.purchased === null) return `${type.name} seats: not reported by the portal`;
  return `${type.left.toLocaleString()} of ${type.purchased.toLocaleString()} ${type.name} seats left`;
}

/** What the confirmation says: "Change the role of 214 members to Publisher". */
export function describeBulkAction(action: BulkAction, count: number): string {
  const members = countOf(count, 'member');
  switch (action.kind) {
    case 'role':
      return `Change the role of ${members} to ${action.role.name}`;
    case 'userType':
      return `Change the user type of ${members} to ${action.userType.name}`;
    case 'addToGroup':
      return `Add ${members} to ${action.group.title}`;
    case 'removeFromGroup':
      return `Remove ${members} from ${action.group.title}`;
    case 'disable':
      return `Disable ${members}`;
    case 'enable':
      return `Enable ${members}`;
    case 'delete':
      return `Delete ${members}`;
    case 'assignLicense':
    case 'revokeLicense':
      return describeLicenseAction(action, count);
    case 'allocateCredits':
      return `Allocate ${countOf(action.credits, 'credit')} to ${members}`;
    case 'removeCredits':
      return `Remove the credit allocation of ${members}`;
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let index = 0; index < items.length; index += size) chunks.push(items.slice(index, index + size));
  return chunks;
}

/** Which members need a request, which are settled already (and why), and the seat check for user types. */
export function planBulkAction(action: BulkAction, members: readonly Member[], context: PlanContext): BulkPlan {
  if (isLicenseAction(action)) return planLicenseAction(action, members);
  const settled: BulkResult[] = [];
  const toSend: string[] = [];
  const typeById = new Map(context.userTypes.map((type) => [type.id, type]));
  const settle = (member: Member, outcome: BulkOutcome, reason: string) => {
    settled.push({ username: member.username, fullName: member.fullName, outcome, reason });
  };
  const seen = new Set<string>();
  for (const member of members) {
    const key = member.username.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const isSelf = key === context.self.toLowerCase();
    const role = roleKeyOf(member);
    switch (action.kind) {
      case 'role': {
        const type = member.userTypeId ? typeById.get(member.userTypeId) : undefined;
        if (isSelf) settle(member, 'skipped', 'You cannot change your own role.');
        else if (role === action.role.key) settle(member, 'unchanged', `Already ${action.role.name}.`);
        else if (type?.compatibleRoles && !type.compatibleRoles.includes(action.role.key)) {
          settle(member, 'skipped', `Their user type ${type.name} does not allow the role ${action.role.name}.`);
        } else toSend.push(member.username);
        break;
      }
      case 'userType': {
        const allowed = action.userType.compatibleRoles;
        if (member.userTypeId === action.userType.id) settle(member, 'unchanged', `Already ${action.userType.name}.`);
        else if (allowed && !allowed.includes(role)) {
          settle(member, 'skipped', `Their role ${context.roleName(role)} is not compatible with the user type ${action.userType.name}.`);
        } else toSend.push(member.username);
        break;
      }
      case 'disable':
        if (isSelf) settle(member, 'skipped', 'You cannot disable your own account.');
        else if (member.disabled) settle(member, 'unchanged', 'Already disabled.');
        else toSend.push(member.username);
        break;
      case 'enable':
        if (!member.disabled) settle(member, 'unchanged', 'Already active.');
        else toSend.push(member.username);
        break;
      case 'delete': {
        const refusal = context.deleteRefusals?.get(key);
        if (isSelf) settle(member, 'skipped', 'You cannot delete your own account.');
        else if (refusal) settle(member, 'skipped', refusal);
        else toSend.push(member.username);
        break;
      }
      case 'addToGroup':
      case 'removeFromGroup':
        toSend.push(member.username);
        break;
      case 'allocateCredits':
        if (member.assignedCredits === action.credits) settle(member, 'unchanged', `Already allocated ${countOf(action.credits, 'credit')}.`);
        else toSend.push(member.username);
        break;
      case 'removeCredits':
        if (member.assignedCredits === null) settle(member, 'unchanged', 'No allocation to remove.');
        else toSend.push(member.username);
        break;
    }
  }
  const seats =
    action.kind === 'userType'
      ? {
          typeName: action.userType.name,
          left: action.userType.left,
          purchased: action.userType.purchased,
          needed: toSend.length,
          enough: action.userType.left === null || toSend.length <= action.userType.left,
        }
      : null;
  return { batches: chunk(toSend, membersPerRequest[action.kind]), settled, seats };
}

/** What the portal answered for one request, reduced to what the result list needs. */
export type BatchAnswer =
  { ok: true; licenseResults?: { username: string; status: boolean; error?: { message?: string } }[]; refused?: string[] } | { ok: false; message: string };

/** One result per username of the batch, from the portal's answer. */
export function settleBatch(action: BulkAction, batch: readonly string[], answer: BatchAnswer, fullNames: ReadonlyMap<string, string>): BulkResult[] {
  const result = (username: string, outcome: BulkOutcome, reason = ''): BulkResult => ({
    username,
    fullName: fullNames.get(username) ?? '',
    outcome,
    reason,
  });
  if (!answer.ok) return batch.map((username) => result(username, 'failed', answer.message));
  if (action.kind === 'userType') {
    const byName = new Map((answer.licenseResults ?? []).map((entry) => [entry.username.toLowerCase(), entry]));
    return batch.map((username) => {
      const entry = byName.get(username.toLowerCase());
      if (!entry) return result(username, 'failed', 'The portal did not report on this member.');
      return entry.status ? result(username, 'done') : result(username, 'failed', entry.error?.message ?? 'Refused by the portal.');
    });
  }
  const refused = new Set((answer.refused ?? []).map((username) => username.toLowerCase()));
  const refusal =
    action.kind === 'addToGroup'
      ? 'Not added: the account does not exist or is already in the maximum of 512 groups.'
      : action.kind === 'allocateCredits'
        ? 'The portal did not allocate credits to this member.'
        : action.kind === 'removeCredits'
          ? 'The portal did not remove this member’s allocation.'
          : 'Not removed: the portal kept this member in the group (a group’s owner cannot be removed).';
  return batch.map((username) => (refused.has(username.toLowerCase()) ? result(username, 'failed', refusal) : result(username, 'done')));
}

export type BulkCounts = Record<BulkOutcome, number>;

export function countOutcomes(results: readonly BulkResult[]): BulkCounts {
  const counts: BulkCounts = { done: 0, unchanged: 0, skipped: 0, failed: 0, 'not sent': 0 };
  for (const { outcome } of results) counts[outcome] += 1;
  return counts;
}
