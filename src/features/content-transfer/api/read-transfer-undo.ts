import { AppError } from '@/lib/arcgis/arcgis-error';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { mapWithConcurrency } from '@/lib/async/run-in-lanes';
import type { RunRecord } from '@/lib/history/run-record';

import { fetchGroupNow, fetchItemNow } from './content-api';
import { type PreparedTransfer, prepareTransferRequest } from './prepare-transfer';
import type { Caller } from '../transfer/transfer-privileges';
import { movedByRun, planTransferUndo, transferParties, type TransferUndoPlan } from '../transfer/transfer-undo';

/** What the undo of a transfer would take back, and the pre-flight reads of moving it (null when nothing goes back). */
export type TransferUndoPreview = { undo: TransferUndoPlan; prepared: PreparedTransfer | null };

/** Reads in flight at once (as a transfer's preparation does). */
const READ_CONCURRENCY = 8;

/**
 * Reads every item and group a recorded transfer moved as it is now, plans taking back what the receivers still hold,
 * and reads what the pre-flight of that move needs (the giver is the receiver now; each item goes to its old folder).
 */
export async function readTransferUndo(session: PortalSession, record: RunRecord, caller: Caller, signal?: AbortSignal): Promise<TransferUndoPreview> {
  const parties = transferParties(record);
  if (!parties) throw new AppError('validation', 'This run’s record does not say who gave and who received the content, so it cannot be undone.');
  const itemIds = movedByRun(record, 'item').map((detail) => detail.id);
  const groupIds = movedByRun(record, 'group').map((detail) => detail.id);
  const [items, groups] = await Promise.all([
    mapWithConcurrency(itemIds, READ_CONCURRENCY, (id) => fetchItemNow(session, id, signal)),
    mapWithConcurrency(groupIds, READ_CONCURRENCY, (id) => fetchGroupNow(session, id, signal)),
  ]);
  const undo = planTransferUndo(
    record,
    parties,
    new Map(itemIds.map((id, index) => [id, items[index] ?? null])),
    new Map(groupIds.map((id, index) => [id, groups[index] ?? null])),
  );
  if (undo.items.length === 0 && undo.groups.length === 0) return { undo, prepared: null };
  const prepared = await prepareTransferRequest(
    session,
    {
      owner: undo.itemReceiver ?? undo.giver,
      receiver: undo.giver,
      groupReceiver: undo.giver,
      selection: null,
      items: undo.items,
      hasGroups: undo.groups.length > 0,
      strategy: { kind: 'original', folders: undo.folders },
      caller,
    },
    signal,
  );
  return { undo, prepared };
}
