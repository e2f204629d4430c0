import { runInLanes } from '@/lib/async/run-in-lanes';
import { type RetryPolicy, withRetries } from '@/lib/async/with-retries';

import { type Caller, transferPrivileges } from './transfer-privileges';
import type { GroupSummary, MemberProfile } from '../types';

export type GroupCheck = { group: GroupSummary; status: 'ready' | 'blocked'; issues: string[] };

export type GroupOutcome = {
  groupId: string;
  title: string;
  status: 'transferred' | 'failed' | 'not-transferred';
  reason: string;
  attempts: number;
};

const sameTitle = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The caller's right, the receiver's right to own groups, and titles the receiver already owns (unique per owner). */
export function preflightGroups(
  groups: readonly GroupSummary[],
  caller: Caller,
  receiver: MemberProfile,
  receiverOwnedTitles: readonly string[],
): GroupCheck[] {
  const general: string[] = [];
  if (!caller.privileges.includes(transferPrivileges.reassignGroups)) {
    general.push('Your role cannot reassign group ownership (it lacks “Reassign group ownership”); ask an administrator.');
  }
  if (!receiver.privileges.includes(transferPrivileges.createGroup)) {
    general.push(`${receiver.username}’s role cannot own groups (it lacks “Create groups”).`);
  }
  if (receiver.disabled) general.push(`${receiver.username}’s account is disabled.`);
  return groups.map((group) => {
    const issues = [...general];
    if (group.owner.toLowerCase() === receiver.username.toLowerCase()) issues.push(`${receiver.username} already owns it.`);
    if (receiverOwnedTitles.some((title) => sameTitle(title, group.title))) {
      issues.push(`${receiver.username} already owns a group named “${group.title}”.`);
    }
    return { group, status: issues.length > 0 ? 'blocked' : 'ready', issues };
  });
}

export type RunGroupTransferOptions = {
  checks: readonly GroupCheck[];
  reassign: (group: GroupSummary) => Promise<void>;
  /** After a retried hand-over is refused: is the group the receiver's now? (The first attempt may have gone through.) */
  isTransferred: (group: GroupSummary) => Promise<boolean>;
  reasonOf: (error: unknown) => string;
  retry: RetryPolicy;
  concurrency: number;
  isCancelled: () => boolean;
  /** Ends the waiting of requests held by the retry rule (cancel). */
  signal?: AbortSignal;
  onProgress: (outcomes: ReadonlyMap<string, GroupOutcome>) => void;
};

async function confirmedTransfer(options: RunGroupTransferOptions, group: GroupSummary): Promise<boolean> {
  const answer = await withRetries(() => options.isTransferred(group), options.retry, options.signal);
  return answer.ok && answer.value;
}

/** Reassigns the groups that passed their check, with bounded concurrency and retries for transient failures. */
export async function runGroupTransfer(options: RunGroupTransferOptions): Promise<Map<string, GroupOutcome>> {
  const outcomes = new Map<string, GroupOutcome>();
  const set = (group: GroupSummary, status: GroupOutcome['status'], reason: string, attempts: number) => {
    outcomes.set(group.id, { groupId: group.id, title: group.title, status, reason, attempts });
  };
  for (const check of options.checks) if (check.status === 'blocked') set(check.group, 'not-transferred', check.issues.join(' '), 0);
  const ready = options.checks.filter((check) => check.status === 'ready').map((check) => check.group);
  options.onProgress(outcomes);
  const neverStarted = await runInLanes(
    ready.length,
    options.concurrency,
    async (index) => {
      const group = ready[index];
      if (!group) return;
      const result = await withRetries(() => options.reassign(group), options.retry, options.signal);
      if (result.ok) set(group, 'transferred', '', result.attempts);
      else if (result.attempts > 1 && (await confirmedTransfer(options, group)))
        set(group, 'transferred', 'Transferred (confirmed after a retried request).', result.attempts);
      else set(group, 'failed', options.reasonOf(result.error), result.attempts);
      options.onProgress(outcomes);
    },
    options.isCancelled,
  );
  for (const index of neverStarted) {
    const group = ready[index];
    if (group) set(group, 'not-transferred', 'Cancelled before it was sent.', 0);
  }
  options.onProgress(outcomes);
  return outcomes;
}
