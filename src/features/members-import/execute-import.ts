import { toAppError } from '@/lib/arcgis/arcgis-error';

import type { Invitation } from './api/import-api';
import { buildInvitation } from './build-invitation';
import { groupBatchSize, planGroupMembershipBatches } from './plan-invite-batches';
import { type BatchSettlement, batchBackoff, runBatches } from '@/lib/async/run-batches';
import type { MemberRow, ResolvedMember } from './types';

export type ImportOutcomeStatus = 'added' | 'exists' | 'failed';
export type ImportOutcome = { line: number; username: string; status: ImportOutcomeStatus; reason: string };

/** The portal calls an import makes; the hook binds them to the session, tests to fakes. */
export type ImportPortal = {
  invite: (invitations: Invitation[], signal: AbortSignal) => Promise<string[]>;
  memberEmail: (username: string) => Promise<string | null>;
  /** Seats left per user type id; `seatsLeft` null when the portal does not report them. */
  seatsLeft: () => Promise<ReadonlyMap<string, { name: string; seatsLeft: number | null }>>;
  addToGroup: (groupId: string, usernames: string[]) => Promise<string[]>;
};

export type ImportProgress = {
  phase: 'accounts' | 'checking' | 'groups' | 'done';
  total: number;
  settled: number;
  added: number;
  exists: number;
  failed: number;
  requests: number;
  /** Estimated from the pace so far; null until there is a pace to go by. */
  msLeft: number | null;
};

export type ImportPlanRow = { row: MemberRow; resolved: ResolvedMember };

export type ExecuteImportOptions = {
  rows: readonly ImportPlanRow[];
  portal: ImportPortal;
  /** Invitations per request (the portal's limit) and requests in flight. */
  batchSize: number;
  concurrency: number;
  maxAttempts?: number;
  signal: AbortSignal;
  waitUntilResumed: () => Promise<void>;
  isTransient: (error: unknown) => boolean;
  onProgress: (progress: ImportProgress, outcomes: ReadonlyMap<number, ImportOutcome>) => void;
  groupTitles: ReadonlyMap<string, string>;
  /**
   * On resume: rows whose username the portal already has, though the journal has no outcome for them (their request
   * was in flight when the tab closed). Not sent again: an account with the row's email was added by that run.
   */
  confirmFirst?: readonly ImportPlanRow[];
  /**
   * On resume, requests of the interrupted run may still be finishing at the portal, so any refusal may be our own
   * account: it is treated like a retried request (an account with the row's email counts as added).
   */
  isResumed?: boolean;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
};

type Batch = { rows: ImportPlanRow[] };

/**
 * Adds the rows' accounts in batches, then explains every refusal (the portal answers `notInvited` with usernames
 * only) and applies group memberships. Every row ends with exactly one outcome unless the run is cancelled, in which
 * case the rows not yet sent have none.
 */
export async function executeImport(options: ExecuteImportOptions): Promise<Map<number, ImportOutcome>> {
  const { rows, portal, signal } = options;
  const outcomes = new Map<number, ImportOutcome>();
  const progress: ImportProgress = {
    phase: 'accounts',
    total: rows.length + (options.confirmFirst?.length ?? 0),
    settled: 0,
    added: 0,
    exists: 0,
    failed: 0,
    requests: 0,
    msLeft: null,
  };
  const startedAt = Date.now();
  const report = () => {
    const done = progress.settled;
    progress.msLeft = done > 0 && done < progress.total ? ((Date.now() - startedAt) / done) * (progress.total - done) : null;
    options.onProgress({ ...progress }, outcomes);
  };
  const batches: Batch[] = [];
  for (let start = 0; start < rows.length; start += options.batchSize) {
    batches.push({ rows: rows.slice(start, start + options.batchSize) });
  }
  // Refused rows wait for an explanation; `retried` marks rows whose request may have gone through before it failed.
  const refused: { plan: ImportPlanRow; retried: boolean }[] = (options.confirmFirst ?? []).map((plan) => ({
    plan,
    retried: true,
  }));
  let awaitingExplanation = refused.length;

  // Refused rows count as settled while they wait for their explanation, so the bar never moves backwards.
  const settle = (plan: ImportPlanRow, status: ImportOutcomeStatus, reason: string, wasRefused = false) => {
    if (wasRefused) awaitingExplanation -= 1;
    outcomes.set(plan.row.line, { line: plan.row.line, username: plan.row.username, status, reason });
    progress.settled = outcomes.size + awaitingExplanation;
    progress[status] += 1;
  };
  progress.settled = awaitingExplanation;

  report();
  await runBatches<Batch, string[]>({
    batches,
    send: (batch, batchSignal) => {
      progress.requests += 1;
      return portal.invite(batch.rows.map((plan) => buildInvitation(plan.row, plan.resolved)), batchSignal);
    },
    onSettled: (batch, settlement: BatchSettlement<string[]>) => {
      if (settlement.ok) {
        const notInvited = new Set(settlement.value.map((username) => username.toLowerCase()));
        for (const plan of batch.rows) {
          if (notInvited.has(plan.row.username.toLowerCase())) {
            refused.push({ plan, retried: settlement.attempts > 1 || options.isResumed === true });
            awaitingExplanation += 1;
            progress.settled = outcomes.size + awaitingExplanation;
          } else {
            settle(plan, 'added', '');
          }
        }
      } else {
        const { message } = toAppError(settlement.error);
        const tries = settlement.attempts > 1 ? ` (after ${String(settlement.attempts)} attempts)` : '';
        for (const plan of batch.rows) settle(plan, 'failed', `The portal did not accept the request${tries}: ${message}`);
      }
      report();
    },
    isTransient: options.isTransient,
    concurrency: options.concurrency,
    maxAttempts: options.maxAttempts ?? 5,
    backoffMs: batchBackoff,
    signal,
    waitUntilResumed: options.waitUntilResumed,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
  if (signal.aborted && refused.length === 0) return outcomes;

  progress.phase = 'checking';
  report();
  await explainRefusals(refused, portal, (plan, status, reason) => {
    settle(plan, status, reason, true);
  });
  report();

  progress.phase = 'groups';
  report();
  await applyGroupMemberships(rows, outcomes, options, progress);
  progress.phase = 'done';
  report();
  return outcomes;
}

async function explainRefusals(
  refused: { plan: ImportPlanRow; retried: boolean }[],
  portal: ImportPortal,
  settle: (plan: ImportPlanRow, status: ImportOutcomeStatus, reason: string) => void,
) {
  if (refused.length === 0) return;
  const seats = await portal.seatsLeft().catch(() => new Map<string, { name: string; seatsLeft: number | null }>());
  for (const { plan, retried } of refused) {
    const { row, resolved } = plan;
    let email: string | null;
    try {
      email = await portal.memberEmail(row.username);
    } catch (error) {
      settle(plan, 'failed', `The portal refused this account, and asking why failed: ${toAppError(error).message}`);
      continue;
    }
    if (email !== null && retried && email.toLowerCase() === row.email.toLowerCase()) {
      settle(plan, 'added', 'Added (confirmed after a retried request).');
    } else if (email !== null) {
      settle(plan, 'exists', `A member with the username ${row.username} already exists.`);
    } else {
      const type = resolved.userTypeId ? seats.get(resolved.userTypeId) : undefined;
      if (type && type.seatsLeft !== null && type.seatsLeft <= 0) {
        settle(plan, 'failed', `No ${type.name} seats are left in the organization.`);
      } else if (type && type.seatsLeft === null) {
        settle(
          plan,
          'failed',
          'The portal refused this account without giving a reason. It does not report seats, so check that a ' +
            `${type.name} seat is free, that the username is not reserved and that the email is accepted by the portal.`,
        );
      } else {
        settle(
          plan,
          'failed',
          'The portal refused this account without giving a reason. Its username, email, role and user type passed ' +
            'every check Roster knows; check that the username is not reserved and the email is accepted by the portal.',
        );
      }
    }
  }
}

async function applyGroupMemberships(
  rows: readonly ImportPlanRow[],
  outcomes: Map<number, ImportOutcome>,
  options: ExecuteImportOptions,
  progress: ImportProgress,
) {
  const lineByUsername = new Map(rows.map((plan) => [plan.row.username.toLowerCase(), plan.row.line]));
  const added = rows.filter((plan) => outcomes.get(plan.row.line)?.status === 'added' && plan.resolved.groupIds.length > 0);
  const batches = planGroupMembershipBatches(
    added.map((plan) => ({ username: plan.row.username, groupIds: plan.resolved.groupIds })),
    groupBatchSize,
  );
  const note = (username: string, text: string) => {
    const line = lineByUsername.get(username.toLowerCase());
    const outcome = line === undefined ? undefined : outcomes.get(line);
    if (outcome) outcome.reason = outcome.reason ? `${outcome.reason} ${text}` : text;
  };
  await runBatches({
    batches,
    send: (batch) => {
      progress.requests += 1;
      return options.portal.addToGroup(batch.groupId, batch.usernames);
    },
    onSettled: (batch, settlement: BatchSettlement<string[]>) => {
      const title = options.groupTitles.get(batch.groupId) ?? batch.groupId;
      const missed = settlement.ok ? settlement.value : batch.usernames;
      for (const username of missed) note(username, `Added, but not to the group “${title}”.`);
    },
    isTransient: options.isTransient,
    concurrency: options.concurrency,
    maxAttempts: options.maxAttempts ?? 5,
    backoffMs: batchBackoff,
    signal: options.signal,
    waitUntilResumed: options.waitUntilResumed,
    ...(options.sleep ? { sleep: options.sleep } : {}),
  });
}
