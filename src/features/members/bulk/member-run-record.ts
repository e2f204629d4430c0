import { buildRunRecord, type RunRecord } from '@/lib/history/run-record';

import { type BulkAction, type BulkPlan, type BulkResult, membersPerRequest } from './bulk-action';
import { notUndoableReason, recordRun, type RunRecord as UndoRecord } from './bulk-undo';
import type { Member } from '../types';

export type MemberRunContext = {
  membersBefore: readonly Member[];
  label: string;
  ranBy: string;
  startedAt: Date;
  finishedAt: Date;
  /** Set for an undo: the record id of the run it undid (`null` when that run never reached the history). */
  undo?: { of: string | null };
};

/** The history record of a members' bulk run: each member's outcome and, for an undoable action, the before-images. */
export function memberRunRecord(
  steps: readonly { action: BulkAction; plan: BulkPlan }[],
  results: readonly BulkResult[],
  context: MemberRunContext,
): RunRecord {
  const [first] = steps;
  const single = steps.length === 1 && first && !context.undo ? first.action : null;
  return buildRunRecord({
    kind: 'memberAction',
    // An undo is not itself undone: it keeps the actions it sent, not before-images.
    action: single ?? { kind: 'undo', steps: steps.map((step) => step.action) },
    label: context.label,
    ranBy: context.ranBy,
    startedAt: context.startedAt,
    finishedAt: context.finishedAt,
    outcomes: results.map((result) => ({ username: result.username, fullName: result.fullName, status: result.outcome, message: result.reason })),
    beforeImages: single ? recordRun(single, context.membersBefore, results).changed : [],
    undoOf: context.undo ? context.undo.of : null,
  });
}

const isBulkAction = (value: unknown): value is BulkAction =>
  Boolean(value) && typeof value === 'object' && Object.hasOwn(membersPerRequest, (value as { kind?: unknown }).kind as string);

/** What "Undo this run" works from, or why the run cannot be undone. */
export function undoRecordOf(record: RunRecord): UndoRecord | string {
  if (record.kind !== 'memberAction') return 'Only changes to existing members can be undone.';
  if (record.undoOf !== null || !isBulkAction(record.asked.action)) return 'This run was an undo; run the change again instead.';
  const reason = notUndoableReason(record.asked.action);
  if (reason) return reason;
  if (record.beforeImages.length === 0) return 'The run changed no member, so there is nothing to undo.';
  return { action: record.asked.action, changed: record.beforeImages };
}
