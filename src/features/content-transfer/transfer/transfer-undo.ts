import type { RunDetail, RunRecord } from '@/lib/history/run-record';

import { ROOT_FOLDER_NAME } from './folder-strategy';
import type { ContentItem, GroupSummary } from '../types';

/** Who a recorded transfer moved things between: the giver gets them back from the receivers. */
export type TransferParties = { giver: string; itemReceiver: string | null; groupReceiver: string | null };

/** A moved item or group the undo leaves where it is, and why. */
export type LeftAlone = { kind: RunDetail['kind']; id: string; title: string; type: string; reason: string };

export type TransferUndoPlan = TransferParties & {
  /** Items to move back from the item receiver to the giver, as they are now. */
  items: ContentItem[];
  /** Item id → the giver's folder it goes back to ('/' = root). */
  folders: ReadonlyMap<string, string>;
  /** Items whose folder the record did not keep (older records): they go to the giver's root folder. */
  toRootForLackOfFolder: number;
  groups: GroupSummary[];
  leftAlone: LeftAlone[];
};

const isName = (value: unknown): value is string => typeof value === 'string' && value !== '';
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** The giver and receivers of a recorded transfer, or null when the record does not name them. */
export function transferParties(record: RunRecord): TransferParties | null {
  const action = record.asked.action as Record<string, unknown> | null;
  if (record.kind !== 'transfer' || !action || typeof action !== 'object' || !isName(action.giver)) return null;
  return {
    giver: action.giver,
    itemReceiver: isName(action.itemReceiver) ? action.itemReceiver : null,
    groupReceiver: isName(action.groupReceiver) ? action.groupReceiver : null,
  };
}

/** What a recorded transfer moved: only these are undone (what failed or never went stays as it is). */
export const movedByRun = (record: RunRecord, kind: RunDetail['kind']) => record.details.filter((detail) => detail.kind === kind && detail.status === 'moved');

/**
 * Why a moved thing is not taken back: it is gone, already back (an undo run again after it was cancelled or partly
 * failed), or someone else holds it now.
 */
function changedSince(now: { owner: string } | null, receiver: string | null, giver: string): string | null {
  if (now === null) return 'No longer found: deleted since the run, or no longer visible to you.';
  if (same(now.owner, giver)) return `Already back with ${giver}.`;
  if (receiver === null || !same(now.owner, receiver)) return `Now owned by ${now.owner}, not ${receiver ?? 'the receiver'} as the run left it.`;
  return null;
}

/**
 * The reverse of a recorded transfer, from what the portal says now: every item and group the run moved goes back to
 * the giver (items into the folder they came from) unless it was deleted or moved on since — those are left alone,
 * each with the reason. `items`/`groups` map each moved id to what the portal reports now (null: not found).
 */
export function planTransferUndo(
  record: RunRecord,
  parties: TransferParties,
  items: ReadonlyMap<string, ContentItem | null>,
  groups: ReadonlyMap<string, GroupSummary | null>,
): TransferUndoPlan {
  const plan: TransferUndoPlan = { ...parties, items: [], folders: new Map(), toRootForLackOfFolder: 0, groups: [], leftAlone: [] };
  const folders = new Map<string, string>();
  for (const detail of movedByRun(record, 'item')) {
    const now = items.get(detail.id) ?? null;
    const reason = changedSince(now, parties.itemReceiver, parties.giver);
    if (reason !== null || now === null) {
      plan.leftAlone.push({ kind: 'item', id: detail.id, title: now?.title ?? detail.title, type: detail.type, reason: reason ?? '' });
      continue;
    }
    plan.items.push(now);
    folders.set(now.id, detail.folder ?? ROOT_FOLDER_NAME);
    if (detail.folder === undefined) plan.toRootForLackOfFolder += 1;
  }
  for (const detail of movedByRun(record, 'group')) {
    const now = groups.get(detail.id) ?? null;
    const reason = changedSince(now, parties.groupReceiver, parties.giver);
    if (reason !== null || now === null) {
      plan.leftAlone.push({ kind: 'group', id: detail.id, title: now?.title ?? detail.title, type: 'Group', reason: reason ?? '' });
      continue;
    }
    plan.groups.push(now);
  }
  return { ...plan, folders };
}
