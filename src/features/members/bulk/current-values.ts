import type { BulkAction } from './bulk-action';
import { type AttributeValue, valueBefore } from './bulk-undo';
import type { Member } from '../types';

/**
 * Each member's value now of the attribute `action` changes, by lower-case username (absent: no longer in the
 * organization). Group membership is read from the group's member list, not the member's row.
 */
export function currentValues(action: BulkAction, members: readonly Member[], groupMembers: ReadonlySet<string> | null): Map<string, AttributeValue> {
  const values = new Map<string, AttributeValue>();
  const inGroup = action.kind === 'addToGroup' || action.kind === 'removeFromGroup';
  for (const member of members) {
    const key = member.username.toLowerCase();
    values.set(key, inGroup ? (groupMembers?.has(key) ?? false) : (valueBefore(action, member) ?? null));
  }
  return values;
}
