import { type BulkResult, planBulkAction } from './bulk-action';
import { planUndo, type RunRecord as UndoRecord, type UndoPlan } from './bulk-undo';
import { currentValues } from './current-values';
import type { Member, UserTypeSeats } from '../types';
import type { BulkStep } from './use-bulk-action';

export type UndoPreview = { plan: UndoPlan; steps: BulkStep[]; members: Member[]; toSend: number };

export type UndoContext = { roleName: (key: string) => string; userTypes: readonly UserTypeSeats[]; self: string };

/**
 * The undo of `record` against the members now: `planUndo`, then each step planned as a bulk plan (the members left
 * alone travel as "skipped" results of the first step, so the report names them with what they are now).
 */
export function previewUndo(record: UndoRecord, members: Member[], groupMembers: ReadonlySet<string> | null, context: UndoContext): UndoPreview {
  const plan = planUndo(record, currentValues(record.action, members, groupMembers), context);
  const byName = new Map(members.map((member) => [member.username.toLowerCase(), member]));
  const steps = plan.steps.map((step): BulkStep => {
    const stepMembers = step.usernames.flatMap((username) => byName.get(username.toLowerCase()) ?? []);
    return { action: step.action, plan: planBulkAction(step.action, stepMembers, context) };
  });
  const leftAlone = plan.skipped.map((skip): BulkResult => ({ username: skip.username, fullName: skip.fullName, outcome: 'skipped', reason: skip.reason }));
  const [first] = steps;
  if (first) first.plan = { ...first.plan, settled: [...leftAlone, ...first.plan.settled] };
  const toSend = steps.reduce((sum, step) => sum + step.plan.batches.reduce((count, batch) => count + batch.length, 0), 0);
  return { plan, steps, members, toSend };
}
