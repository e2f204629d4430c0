import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';

import { useRunControl } from '@/hooks/use-run-control';
import { usePortalSession } from '@/hooks/use-session';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { addGroupMembers, removeGroupMembers } from '@/lib/arcgis/group-membership-writes';
import { runBatches } from '@/lib/async/run-batches';
import { refreshAfter } from '@/lib/portal-changes';

import { type BatchAnswer, type BulkAction, type BulkPlan, type BulkResult, settleBatch } from './bulk-action';
import { sendProvisionUserEntitlements } from '../api/license-api';
import {
  sendAssignUserCredits,
  sendDeleteMember,
  sendDisableMember,
  sendUnassignUserCredits,
  sendUpdateUserLicenseType,
  sendUpdateUserRole,
} from '../api/member-writes-api';
import { targetEntitlements } from '../licences/license-action';
import type { Member } from '../types';
import { type RunHistory, useRunHistory } from './use-run-history';

export type BulkRunState =
  | { status: 'idle' }
  | { status: 'running'; results: BulkResult[]; total: number; cancelling: boolean }
  | { status: 'done'; results: BulkResult[]; cancelled: boolean; history: RunHistory };

/** What the run's history record needs besides the results: the members as they were, the label, the run it undoes. */
export type RunContext = { membersBefore: readonly Member[]; label: string; undo?: { of: string | null } };

/** One action with its plan; an undo runs several (members going back to different values). */
export type BulkStep = { action: BulkAction; plan: BulkPlan };

/**
 * Requests in flight at once. Most member actions take one member per request (updateUserRole, disable, delete),
 * so latency dominates: 6 is what a browser opens per host over HTTP/1.1 anyway (more would only queue), and few
 * enough not to look like a flood to the portal. 500 role changes at 50 ms latency: see bench/role-changes.ts.
 */
export const BULK_CONCURRENCY = 6;

/** Sends one planned batch; resolves to what settleBatch needs, throws the portal's error unchanged. */
async function sendBatch(session: ReturnType<typeof usePortalSession>, action: BulkAction, batch: string[], signal: AbortSignal): Promise<BatchAnswer> {
  const [first = ''] = batch;
  switch (action.kind) {
    case 'role':
      await sendUpdateUserRole(session, first, action.role.key, signal);
      return { ok: true };
    case 'disable':
    case 'enable':
      await sendDisableMember(session, first, action.kind === 'disable', signal);
      return { ok: true };
    case 'delete':
      await sendDeleteMember(session, first, signal);
      return { ok: true };
    case 'userType':
      return { ok: true, licenseResults: await sendUpdateUserLicenseType(session, batch, action.userType.id, signal) };
    case 'addToGroup':
      return { ok: true, refused: await addGroupMembers(session, action.group.id, batch, { signal }) };
    case 'removeFromGroup':
      return { ok: true, refused: await removeGroupMembers(session, action.group.id, batch, { signal }) };
    case 'assignLicense':
    case 'revokeLicense': {
      // The plan sends members together only when they end with the same entitlements.
      const done = await sendProvisionUserEntitlements(session, action.license.itemId, batch, targetEntitlements(action, first), signal);
      return done ? { ok: true } : { ok: false, message: 'The portal did not report the licences as changed.' };
    }
    case 'allocateCredits':
      return { ok: true, refused: await sendAssignUserCredits(session, batch, action.credits, signal) };
    case 'removeCredits':
      return { ok: true, refused: await sendUnassignUserCredits(session, batch, signal) };
  }
}

/** Runs a planned bulk action: bounded concurrency, retries for transient failures, progress, cancel, results. */
export function useBulkAction() {
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const [state, setState] = useState<BulkRunState>({ status: 'idle' });
  const { connection, begin, cancel: cancelRun } = useRunControl();
  const onHistory = useCallback((next: RunHistory) => {
    setState((current) => (current.status === 'done' ? { ...current, history: next } : current));
  }, []);
  const history = useRunHistory(onHistory);

  const runSteps = useCallback(
    async (steps: readonly BulkStep[], fullNames: ReadonlyMap<string, string>, context?: RunContext) => {
      const startedAt = new Date();
      const results: BulkResult[] = steps.flatMap((step) => step.plan.settled);
      const total = steps.reduce((sum, step) => sum + step.plan.settled.length + step.plan.batches.reduce((count, batch) => count + batch.length, 0), 0);
      setState({ status: 'running', results: [...results], total, cancelling: false });
      const handles = begin();
      for (const { action, plan } of steps) {
        const settledBatches = new Set<string[]>();
        await runBatches({
          batches: plan.batches,
          send: (batch, signal) => sendBatch(session, action, batch, signal),
          onSettled: (batch, settlement) => {
            settledBatches.add(batch);
            // A retried delete whose first attempt went through is answered "does not exist": the member is gone.
            const deletedEarlier = !settlement.ok && action.kind === 'delete' && settlement.attempts > 1 && toAppError(settlement.error).kind === 'not-found';
            const answer: BatchAnswer = settlement.ok
              ? settlement.value
              : deletedEarlier
                ? { ok: true }
                : { ok: false, message: toAppError(settlement.error).message };
            results.push(...settleBatch(action, batch, answer, fullNames));
            setState((current) => ({ status: 'running', results: [...results], total, cancelling: current.status === 'running' && current.cancelling }));
          },
          retry: handles.retry,
          concurrency: BULK_CONCURRENCY,
          signal: handles.signal,
          waitUntilResumed: () => Promise.resolve(),
        });
        for (const batch of plan.batches) {
          if (settledBatches.has(batch)) continue;
          results.push(
            ...batch.map((username): BulkResult => ({
              username,
              fullName: fullNames.get(username) ?? '',
              outcome: 'not sent',
              reason: 'Cancelled before it was sent (a request already in flight may still have been applied).',
            })),
          );
        }
      }
      handles.end();
      const kept = context ? history.keep(steps, results, { ...context, startedAt, finishedAt: new Date() }) : { status: 'off' as const };
      setState({ status: 'done', results, cancelled: handles.isCancelled(), history: kept });
      await refreshAfter(queryClient, ['members', 'groups', 'licences', 'content']);
    },
    [history, queryClient, session, begin],
  );

  /** Runs one planned action; with `context`, the run is saved to the history at its end. */
  const start = useCallback(
    (action: BulkAction, plan: BulkPlan, fullNames: ReadonlyMap<string, string>, context?: RunContext) => runSteps([{ action, plan }], fullNames, context),
    [runSteps],
  );

  const cancel = useCallback(() => {
    cancelRun();
    setState((current) => (current.status === 'running' ? { ...current, cancelling: true } : current));
  }, [cancelRun]);

  const reset = useCallback(() => {
    setState({ status: 'idle' });
  }, []);

  return { state, connection, start, runSteps, cancel, reset, saveAgain: history.saveAgain };
}

export type BulkRun = ReturnType<typeof useBulkAction>;
