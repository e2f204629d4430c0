import type { AttributeValue, BeforeImage } from '@/lib/history/run-record';

import type { BulkAction, BulkResult } from './bulk-action';
import type { Member, UserTypeSeats } from '../types';

/**
 * Undo of a bulk run (issue 18): the run keeps a before-image of each member it changed (only the one attribute its
 * action changes), and the undo plans the reverse of exactly that, member by member. A member someone changed since
 * the run is left alone and reported; deletes and licence changes are not undoable.
 */

export type { AttributeValue, BeforeImage };

/** What a finished run leaves for its undo: the action and, for each member it changed, what they were and became. */
export type RunRecord = { action: BulkAction; changed: BeforeImage[] };

export type UndoStep = { action: BulkAction; usernames: string[] };
export type UndoSkip = { username: string; fullName: string; reason: string };
export type UndoPlan = { steps: UndoStep[]; skipped: UndoSkip[] };

type Names = {
  roleName: (key: string) => string;
  userTypes: readonly UserTypeSeats[];
};

/** Why an action cannot be undone, or `null` when it can. Said before a run starts, not after. */
export function notUndoableReason(action: BulkAction): string | null {
  switch (action.kind) {
    case 'delete':
      return 'Deleting members cannot be undone: the accounts, and what they owned, are gone.';
    case 'assignLicense':
    case 'revokeLicense':
      return 'Licence changes are not recorded for undo yet; change them back from the Licences page.';
    default:
      return null;
  }
}

/** The member's value of the attribute `action` changes, read from their row before the run. */
export function valueBefore(action: BulkAction, member: Member): AttributeValue | undefined {
  switch (action.kind) {
    case 'role':
      return member.roleId ?? member.role;
    case 'userType':
      return member.userTypeId ?? null;
    case 'disable':
    case 'enable':
      return member.disabled;
    // Only members the portal reports as added or removed are recorded, so their membership before is the opposite.
    case 'addToGroup':
      return false;
    case 'removeFromGroup':
      return true;
    case 'allocateCredits':
    case 'removeCredits':
      // Not reported by the portal: nothing to restore, so the member is not undoable.
      return member.assignedCredits === undefined ? undefined : member.assignedCredits;
    default:
      return undefined;
  }
}

/** The value the run set. */
export function valueAfter(action: BulkAction): AttributeValue | undefined {
  switch (action.kind) {
    case 'role':
      return action.role.key;
    case 'userType':
      return action.userType.id;
    case 'disable':
      return true;
    case 'enable':
      return false;
    case 'addToGroup':
      return true;
    case 'removeFromGroup':
      return false;
    case 'allocateCredits':
      return action.credits;
    case 'removeCredits':
      return null;
    default:
      return undefined;
  }
}

/** The record a run keeps: one before-image per member the portal reports as changed ("done"). */
export function recordRun(action: BulkAction, membersBefore: readonly Member[], results: readonly BulkResult[]): RunRecord {
  const after = valueAfter(action);
  if (after === undefined || notUndoableReason(action)) return { action, changed: [] };
  const byName = new Map(membersBefore.map((member) => [member.username.toLowerCase(), member]));
  const changed: BeforeImage[] = [];
  for (const result of results) {
    if (result.outcome !== 'done') continue;
    const member = byName.get(result.username.toLowerCase());
    const before = member ? valueBefore(action, member) : undefined;
    if (before === undefined) continue;
    changed.push({ username: result.username, fullName: result.fullName, before, after });
  }
  return { action, changed };
}

/** "Publisher", "Creator", "disabled", "in the group", "500 credits": a value as the report says it. */
export function describeValue(action: BulkAction, value: AttributeValue, names: Names): string {
  switch (action.kind) {
    case 'role':
      return typeof value === 'string' ? names.roleName(value) : 'no role';
    case 'userType':
      return typeof value === 'string' ? (names.userTypes.find((type) => type.id === value)?.name ?? value) : 'no user type';
    case 'disable':
    case 'enable':
      return value ? 'disabled' : 'active';
    case 'addToGroup':
    case 'removeFromGroup':
      return value ? 'in the group' : 'not in the group';
    default:
      return typeof value === 'number' ? `${value.toLocaleString()} credits` : 'no credit allocation';
  }
}

/** The action that puts one member back to `before`, or a reason it cannot. */
function reverseOf(action: BulkAction, before: AttributeValue, names: Names): BulkAction | string {
  switch (action.kind) {
    case 'role':
      return typeof before === 'string' ? { kind: 'role', role: { key: before, name: names.roleName(before) } } : 'The role before the run is not known.';
    case 'userType': {
      const userType = names.userTypes.find((type) => type.id === before);
      return userType ? { kind: 'userType', userType } : `The user type ${String(before)} is no longer offered by the organization.`;
    }
    case 'disable':
    case 'enable':
      return before ? { kind: 'disable' } : { kind: 'enable' };
    case 'addToGroup':
      return { kind: 'removeFromGroup', group: action.group };
    case 'removeFromGroup':
      return { kind: 'addToGroup', group: action.group };
    case 'allocateCredits':
    case 'removeCredits':
      return typeof before === 'number' ? { kind: 'allocateCredits', credits: before } : { kind: 'removeCredits' };
    default:
      return notUndoableReason(action) ?? 'This change cannot be undone.';
  }
}

/** One key per distinct reverse action, so members going back to the same value travel together. */
function stepKey(action: BulkAction): string {
  switch (action.kind) {
    case 'role':
      return `role:${action.role.key}`;
    case 'userType':
      return `userType:${action.userType.id}`;
    case 'allocateCredits':
      return `credits:${String(action.credits)}`;
    default:
      return action.kind;
  }
}

/**
 * The undo of a run: for each member it changed, the reverse action, unless their value now (`current`, by lower-case
 * username; missing = no longer in the organization) is no longer what the run set.
 */
export function planUndo(record: RunRecord, current: ReadonlyMap<string, AttributeValue>, names: Names): UndoPlan {
  const steps = new Map<string, UndoStep>();
  const skipped: UndoSkip[] = [];
  for (const image of record.changed) {
    const skip = (reason: string) => skipped.push({ username: image.username, fullName: image.fullName, reason });
    const key = image.username.toLowerCase();
    if (!current.has(key)) {
      skip('No longer in the organization.');
      continue;
    }
    const now = current.get(key) ?? null;
    if (now !== image.after) {
      skip(
        `Changed since this run: now ${describeValue(record.action, now, names)}, not ${describeValue(record.action, image.after, names)} as the run left them.`,
      );
      continue;
    }
    const reverse = reverseOf(record.action, image.before, names);
    if (typeof reverse === 'string') {
      skip(reverse);
      continue;
    }
    const stepId = stepKey(reverse);
    const step = steps.get(stepId) ?? { action: reverse, usernames: [] };
    step.usernames.push(image.username);
    steps.set(stepId, step);
  }
  return { steps: [...steps.values()], skipped };
}
