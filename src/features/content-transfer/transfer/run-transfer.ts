import { runInLanes } from '@/lib/async/run-in-lanes';
import { type RetryPolicy, withRetries } from '@/lib/async/with-retries';

import type { PlannedItem, TransferPlan } from './build-transfer-plan';

export type ItemOutcomeStatus = 'moved' | 'failed' | 'not-moved';

export type ItemOutcome = {
  itemId: string;
  title: string;
  type: string;
  sourceFolder: string;
  targetFolder: string;
  status: ItemOutcomeStatus;
  /** Why it failed or was not moved (the portal's reason when it refused); empty when moved cleanly. */
  reason: string;
  attempts: number;
};

export type TransferProgress = { total: number; settled: number; moved: number; failed: number; notMoved: number };

export type RunTransferOptions = {
  plan: TransferPlan;
  /** Units to send; the others are reported as not moved with `blockedReasons`. */
  runnable: ReadonlySet<string>;
  blockedReasons: ReadonlyMap<string, string>;
  reassign: (entry: PlannedItem) => Promise<void>;
  /**
   * After a retried move is refused: does the receiver own the item now? (The first attempt may have gone through
   * with its answer lost; the retry is then refused because the item already moved.)
   */
  isMoved: (entry: PlannedItem) => Promise<boolean>;
  reasonOf: (error: unknown) => string;
  retry: RetryPolicy;
  concurrency: number;
  isCancelled: () => boolean;
  /** Ends the waiting of requests held by the retry rule (cancel). */
  signal?: AbortSignal;
  onProgress: (progress: TransferProgress, outcomes: ReadonlyMap<string, ItemOutcome>) => void;
};

const outcome = (entry: PlannedItem, status: ItemOutcomeStatus, reason: string, attempts: number): ItemOutcome => ({
  itemId: entry.item.id,
  title: entry.item.title,
  type: entry.item.type,
  sourceFolder: entry.sourceFolder,
  targetFolder: entry.targetFolder,
  status,
  reason,
  attempts,
});

export function summarizeOutcomes(outcomes: Iterable<ItemOutcome>, total: number): TransferProgress {
  const progress: TransferProgress = { total, settled: 0, moved: 0, failed: 0, notMoved: 0 };
  for (const entry of outcomes) {
    progress.settled += 1;
    if (entry.status === 'moved') progress.moved += 1;
    else if (entry.status === 'failed') progress.failed += 1;
    else progress.notMoved += 1;
  }
  return progress;
}

/** Whether a look-up answered yes; a look-up that keeps failing answers no (the failure is reported as it was). */
async function confirmed(lookUp: () => Promise<boolean>, retry: RetryPolicy, signal?: AbortSignal): Promise<boolean> {
  const answer = await withRetries(lookUp, retry, signal);
  return answer.ok && answer.value;
}

/**
 * Moves the plan's units with bounded concurrency. Items of one unit (related items) go one after the other;
 * if one fails, the rest of its unit is not sent and every item of the unit names the failure.
 */
export async function runTransfer(options: RunTransferOptions): Promise<Map<string, ItemOutcome>> {
  const { plan, reassign, reasonOf, retry } = options;
  const outcomes = new Map<string, ItemOutcome>();
  const report = () => {
    options.onProgress(summarizeOutcomes(outcomes.values(), plan.itemCount), outcomes);
  };

  for (const unit of plan.units) {
    if (options.runnable.has(unit.id)) continue;
    for (const entry of unit.items) {
      outcomes.set(entry.item.id, outcome(entry, 'not-moved', options.blockedReasons.get(entry.item.id) ?? 'Blocked by the pre-flight check.', 0));
    }
  }
  report();

  const units = plan.units.filter((unit) => options.runnable.has(unit.id));
  const neverStarted = await runInLanes(
    units.length,
    options.concurrency,
    async (index) => {
      const unit = units[index];
      if (!unit) return;
      const moved: PlannedItem[] = [];
      for (const [position, entry] of unit.items.entries()) {
        const result = await withRetries(() => reassign(entry), retry, options.signal);
        const movedEarlier = !result.ok && result.attempts > 1 && (await confirmed(() => options.isMoved(entry), retry, options.signal));
        if (result.ok || movedEarlier) {
          moved.push(entry);
          outcomes.set(entry.item.id, outcome(entry, 'moved', result.ok ? '' : 'Moved (confirmed after a retried request).', result.attempts));
          report();
          continue;
        }
        const reason = reasonOf(result.error);
        outcomes.set(entry.item.id, outcome(entry, 'failed', reason, result.attempts));
        for (const done of moved) {
          outcomes.set(done.item.id, outcome(done, 'moved', `Moved, but the related “${entry.item.title}” failed: ${reason}`, 1));
        }
        for (const rest of unit.items.slice(position + 1)) {
          outcomes.set(rest.item.id, outcome(rest, 'not-moved', `Not sent: the related “${entry.item.title}” failed: ${reason}`, 0));
        }
        report();
        return;
      }
    },
    options.isCancelled,
  );
  for (const index of neverStarted) {
    for (const entry of units[index]?.items ?? []) outcomes.set(entry.item.id, outcome(entry, 'not-moved', 'Cancelled before it was sent.', 0));
  }
  report();
  return outcomes;
}
