import { toAppError } from '@/lib/arcgis/arcgis-error';
import { limitInFlight } from '@/lib/async/limit-in-flight';
import { type BatchSettlement, runBatches } from '@/lib/async/run-batches';
import { runInLanes } from '@/lib/async/run-in-lanes';
import { type RetryPolicy, withRetries } from '@/lib/async/with-retries';

import type { Invitation, NotAdded } from '../api/import-api';
import { buildInvitation } from '../core/build-invitation';
import { type GroupMembershipBatch, groupMembershipBatcher } from '../core/plan-invite-batches';
import { isSomeoneElse, takenBySomeoneElse } from '../core/taken-username';
import type { ImportPlanRow } from '../core/types';

export type ImportOutcomeStatus = 'added' | 'exists' | 'failed';
export type ImportOutcome = { line: number; username: string; status: ImportOutcomeStatus; reason: string };

/** The portal calls an import makes; the hook binds them to the session, tests to fakes. */
export type ImportPortal = {
  /** `portals/self/invite` on ArcGIS Online, one `createUser` per account on ArcGIS Enterprise. */
  invite: (invitations: Invitation[], signal: AbortSignal) => Promise<NotAdded[]>;
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

export type { ImportPlanRow };

export type ExecuteImportOptions = {
  rows: readonly ImportPlanRow[];
  portal: ImportPortal;
  /** Invitations per request (the portal's limit) and requests in flight. */
  batchSize: number;
  concurrency: number;
  /** Every request of the run, writes and the reads that decide an outcome, goes through this rule. */
  retry: RetryPolicy;
  signal: AbortSignal;
  waitUntilResumed: () => Promise<void>;
  onProgress: (progress: ImportProgress, outcomes: ReadonlyMap<number, ImportOutcome>) => void;
  groupTitles: ReadonlyMap<string, string>;
  /**
   * On resume: rows whose username the portal has now but did not have before the run began, and which the journal
   * has no outcome for (their request was in flight when the tab closed). Not sent again: an account with the
   * row's email was added by that run.
   */
  confirmFirst?: readonly ImportPlanRow[];
  /**
   * On resume, requests of the interrupted run may still be finishing at the portal, so any refusal of a row that
   * did not name an existing member before the run began may be our own account: it is treated like a retried
   * request (an account with the row's email counts as added).
   */
  isResumed?: boolean;
  /**
   * On resume: rows the interrupted run added, with their outcomes. Their groups are sent again, since that run may
   * have stopped before sending them (a member already in a group is confirmed, not refused); a group that refuses
   * them is noted on their outcome, which is then among the outcomes returned.
   */
  addedBefore?: readonly { plan: ImportPlanRow; outcome: ImportOutcome }[];
};

type Batch = { rows: ImportPlanRow[] };
/**
 * A row the portal did not add: `retried` when its request may have gone through anyway, `unanswered` when no answer
 * came, `portalReason` when the portal said why.
 */
type Refused = { plan: ImportPlanRow; retried: boolean; unanswered?: string; portalReason?: string };

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
  const refused: Refused[] = (options.confirmFirst ?? []).map((plan) => ({
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

  // Invitations and group memberships share the run's lanes: a row's groups are sent while later rows are invited.
  const inFlight = limitInFlight(options.concurrency);
  const memberships = groupMemberships(rows, outcomes, options, progress, inFlight);
  const added = (plan: ImportPlanRow, reason: string, wasRefused = false) => {
    settle(plan, 'added', reason, wasRefused);
    memberships.add(plan);
  };
  for (const { plan } of options.addedBefore ?? []) memberships.add(plan);

  report();
  await runBatches<Batch, NotAdded[]>({
    batches,
    send: (batch, batchSignal) =>
      inFlight(() => {
        progress.requests += 1;
        return portal.invite(
          batch.rows.map((plan) => buildInvitation(plan.row, plan.resolved)),
          batchSignal,
        );
      }),
    onSettled: (batch, settlement: BatchSettlement<NotAdded[]>) => {
      if (settlement.ok) {
        const notAdded = new Map(settlement.value.map((refusal) => [refusal.username.toLowerCase(), refusal.reason]));
        for (const plan of batch.rows) {
          const key = plan.row.username.toLowerCase();
          if (notAdded.has(key)) {
            const portalReason = notAdded.get(key);
            refused.push({
              plan,
              retried: settlement.attempts > 1 || options.isResumed === true,
              ...(portalReason ? { portalReason } : {}),
            });
            awaitingExplanation += 1;
            progress.settled = outcomes.size + awaitingExplanation;
          } else {
            added(plan, '');
          }
        }
      } else if (options.retry.isTransient(settlement.error)) {
        // Only a retry rule with an end gets here: no answer came, so the portal may or may not hold these accounts.
        for (const plan of batch.rows) {
          refused.push({ plan, retried: true, unanswered: toAppError(settlement.error).message });
          awaitingExplanation += 1;
        }
        progress.settled = outcomes.size + awaitingExplanation;
      } else {
        const { message } = toAppError(settlement.error);
        for (const plan of batch.rows) settle(plan, 'failed', `The portal refused the request: ${message}`);
      }
      report();
    },
    retry: options.retry,
    concurrency: options.concurrency,
    signal,
    waitUntilResumed: options.waitUntilResumed,
  });
  if (signal.aborted && refused.length === 0) {
    await memberships.finish();
    return memberships.withEarlierNotes(outcomes);
  }

  progress.phase = 'checking';
  report();
  await explainRefusals(refused, portal, options.retry, signal, (plan, status, reason) => {
    if (status === 'added') added(plan, reason, true);
    else settle(plan, status, reason, true);
  });
  report();

  progress.phase = 'groups';
  report();
  await memberships.finish();
  progress.phase = 'done';
  report();
  return memberships.withEarlierNotes(outcomes);
}

/** Refusals explained a few at a time: each needs one look-up of the username. */
const EXPLAIN_CONCURRENCY = 4;

async function explainRefusals(
  refused: Refused[],
  portal: ImportPortal,
  retry: RetryPolicy,
  signal: AbortSignal,
  settle: (plan: ImportPlanRow, status: ImportOutcomeStatus, reason: string) => void,
) {
  if (refused.length === 0) return;
  const seatsAnswer = await withRetries(() => portal.seatsLeft(), retry, signal);
  const seats = seatsAnswer.ok ? seatsAnswer.value : new Map<string, { name: string; seatsLeft: number | null }>();
  await runInLanes(refused.length, EXPLAIN_CONCURRENCY, async (index) => {
    const { plan, retried, unanswered, portalReason } = refused[index] as Refused;
    const { row, resolved } = plan;
    // The outcome is decided from what the portal holds: the look-up is retried like any request of the run.
    const lookup = await withRetries(() => portal.memberEmail(row.username), retry, signal);
    if (!lookup.ok) {
      if (signal.aborted) return;
      settle(plan, 'failed', `The portal refused this account, and asking why failed: ${toAppError(lookup.error).message}`);
      return;
    }
    const email = lookup.value;
    if (email !== null && retried && email.toLowerCase() === row.email.toLowerCase()) {
      settle(plan, 'added', 'Added (confirmed after a retried request).');
    } else if (email !== null && isSomeoneElse({ fullName: '', email }, row.email)) {
      // Nobody got an account for this row: an error, whether the name was taken before the review or during it.
      settle(plan, 'failed', `${takenBySomeoneElse(row.username, { fullName: '', email })}.`);
    } else if (email !== null) {
      settle(plan, 'exists', `A member with the username ${row.username} already exists.`);
    } else if (unanswered !== undefined) {
      settle(plan, 'failed', `The portal did not answer (${unanswered}), and it holds no account ${row.username}: run the import again to send it.`);
    } else if (portalReason !== undefined) {
      settle(plan, 'failed', `The portal refused this account: ${portalReason}`);
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
  });
}

/**
 * The group memberships of the rows added, sent as each group's batch fills (and the rest by `finish`), through the
 * run's lanes. A group's refusal, or a batch the run stopped before sending, is noted on the row.
 */
function groupMemberships(
  rows: readonly ImportPlanRow[],
  outcomes: Map<number, ImportOutcome>,
  options: ExecuteImportOptions,
  progress: ImportProgress,
  inFlight: ReturnType<typeof limitInFlight>,
) {
  const earlier = new Map((options.addedBefore ?? []).map(({ plan, outcome }) => [plan.row.line, { ...outcome }]));
  const notedEarlier = new Set<number>();
  const lineByUsername = new Map(
    [...rows, ...(options.confirmFirst ?? []), ...(options.addedBefore ?? []).map(({ plan }) => plan)].map((plan) => [
      plan.row.username.toLowerCase(),
      plan.row.line,
    ]),
  );
  const note = (username: string, text: string) => {
    const line = lineByUsername.get(username.toLowerCase());
    if (line === undefined) return;
    const outcome = outcomes.get(line) ?? earlier.get(line);
    if (!outcome) return;
    outcome.reason = outcome.reason ? `${outcome.reason} ${text}` : text;
    if (earlier.has(line)) notedEarlier.add(line);
  };
  const batcher = groupMembershipBatcher();
  const sending: Promise<void>[] = [];
  const send = (batches: GroupMembershipBatch[]) => {
    for (const batch of batches) {
      const title = options.groupTitles.get(batch.groupId) ?? batch.groupId;
      let settled = false;
      const sent = runBatches({
        batches: [batch],
        send: () =>
          inFlight(() => {
            progress.requests += 1;
            return options.portal.addToGroup(batch.groupId, batch.usernames);
          }),
        onSettled: (_, settlement: BatchSettlement<string[]>) => {
          settled = true;
          const missed = settlement.ok ? settlement.value : batch.usernames;
          for (const username of missed) note(username, `Added, but not to the group “${title}”.`);
        },
        retry: options.retry,
        concurrency: 1,
        signal: options.signal,
        waitUntilResumed: options.waitUntilResumed,
      }).then(() => {
        if (settled) return;
        for (const username of batch.usernames) note(username, `Added; the run was stopped before it was added to the group “${title}”.`);
      });
      sending.push(sent);
    }
  };
  return {
    add: (plan: ImportPlanRow) => {
      send(batcher.add(plan.row.username, plan.resolved.groupIds));
    },
    /** Sends the batches not yet full and waits for every group request of the run. */
    finish: async () => {
      send(batcher.rest());
      await Promise.all(sending);
    },
    /** The run's outcomes, and those of earlier rows a group refused (their outcome now says so). */
    withEarlierNotes: (runOutcomes: Map<number, ImportOutcome>) => {
      for (const line of notedEarlier) runOutcomes.set(line, earlier.get(line) as ImportOutcome);
      return runOutcomes;
    },
  };
}
