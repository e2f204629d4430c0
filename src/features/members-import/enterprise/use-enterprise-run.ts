import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

import { createRunConnection, type RunConnection } from '@/lib/arcgis/portal-retry';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { createPauseGate, type PauseGate } from '@/lib/async/pause-gate';
import { refreshAfter } from '@/lib/portal-changes';

import { addEnterpriseAccounts, type EnterpriseAddOutcome } from './add-enterprise-accounts';
import { type EnterpriseJournal, enterpriseJournal, journalSaver, resumeFrom, startJournal } from './enterprise-journal';
import type { EnterpriseReviewRow } from './enterprise-review';
import { createEnterpriseUser, fetchMemberLogin } from '../api/enterprise-api';

/** The abort reason when the page is left mid-run: the journal is kept, so the run can be continued later. */
const LEFT_THE_PAGE = 'left-the-page';

/**
 * Adding the reviewed accounts: one run at a time, through the run's connection (an outage or a refused sign-in is
 * waited out, never a failed row), pausable, journaled in IndexedDB before anything is sent. A journal found on
 * arrival is a run the page lost (a reload, a closed tab): it is offered to be continued.
 */
export function useEnterpriseRun(session: PortalSession) {
  const queryClient = useQueryClient();
  const journals = useMemo(() => enterpriseJournal({ portal: session.portal, username: session.username }), [session]);
  const [outcomes, setOutcomes] = useState<(EnterpriseAddOutcome | undefined)[]>([]);
  const [source, setSource] = useState('');
  const [isRunning, setIsRunning] = useState(false);
  const [isPaused, setIsPaused] = useState(false);
  const [connection, setConnection] = useState<RunConnection | null>(null);
  const [interrupted, setInterrupted] = useState<EnterpriseJournal | null>(null);
  const [isRestoring, setIsRestoring] = useState(true);
  const run = useRef<{ controller: AbortController; gate: PauseGate } | null>(null);

  useEffect(() => {
    let isCurrent = true;
    void journals.read().then((journal) => {
      if (!isCurrent) return;
      setInterrupted(journal?.portal === session.portal ? journal : null);
      setIsRestoring(false);
    });
    return () => {
      isCurrent = false;
    };
  }, [journals, session.portal]);
  useEffect(() => () => run.current?.controller.abort(LEFT_THE_PAGE), []);

  const execute = useCallback(
    async (journal: EnterpriseJournal, isResumed: boolean) => {
      const { rows, outcomes: previous, pending } = resumeFrom(journal);
      const answered = [...previous];
      const controller = new AbortController();
      const gate = createPauseGate();
      run.current = { controller, gate };
      // Every request of the run waits out a busy or absent portal, or a refused sign-in, instead of failing rows.
      const link = createRunConnection();
      const saver = journalSaver(journals.write);
      const snapshot = (): EnterpriseJournal => ({ ...journal, outcomes: answered.map((outcome) => outcome ?? null) });
      const hasLeft = () => controller.signal.aborted && controller.signal.reason === LEFT_THE_PAGE;
      const flush: { timer: ReturnType<typeof setTimeout> | null } = { timer: null };
      setConnection(link);
      setIsPaused(false);
      setSource(journal.source);
      setOutcomes([...answered]);
      setIsRunning(true);
      try {
        // Journaled before anything is sent: a reload from here on can continue the run.
        await saver.flush(snapshot());
        await addEnterpriseAccounts({
          rows: pending.flatMap((index) => rows.slice(index, index + 1)),
          role: journal.roleId,
          userLicenseTypeId: journal.userTypeId,
          create: (account) => createEnterpriseUser(session, account, controller.signal),
          lookup: (username) => fetchMemberLogin(session, username, controller.signal),
          retry: link.policy,
          waitUntilResumed: gate.wait,
          isResumed,
          signal: controller.signal,
          onOutcome: (outcome, at) => {
            // Left mid-run: what the cancelled requests answer is not an outcome; continuing sends those rows again.
            if (hasLeft()) return;
            const index = pending[at];
            if (index === undefined) return;
            answered[index] = outcome;
            saver.update(snapshot());
            // A thousand answers re-rendered one by one would keep the main thread busier than the portal: a few a second.
            flush.timer ??= setTimeout(() => {
              flush.timer = null;
              setOutcomes([...answered]);
            }, 250);
          },
        });
      } finally {
        if (flush.timer) clearTimeout(flush.timer);
        link.close();
        if (hasLeft()) {
          await saver.flush(snapshot());
        } else {
          // The run ended (finished or stopped): every row has its outcome on the page, and nothing is left to continue.
          await saver.stop();
          await journals.remove();
        }
        run.current = null;
        setConnection(null);
        setOutcomes([...answered]);
        setIsRunning(false);
        void refreshAfter(queryClient, ['members', 'groups', 'imports']);
      }
    },
    [journals, queryClient, session],
  );

  const start = useCallback(
    (options: { rows: readonly EnterpriseReviewRow[]; source: string; roleId: string; userTypeId: string }) => {
      setInterrupted(null);
      void execute(startJournal({ ...options, portal: session.portal, now: Date.now() }), false);
    },
    [execute, session.portal],
  );
  /** Continues the interrupted run: answered rows keep their outcome, the others are sent again (exactly once). */
  const continueInterrupted = useCallback(() => {
    if (!interrupted) return;
    setInterrupted(null);
    void execute(interrupted, true);
  }, [execute, interrupted]);
  const discardInterrupted = useCallback(() => {
    setInterrupted(null);
    void journals.remove();
  }, [journals]);

  const pause = useCallback(() => {
    run.current?.gate.pause();
    setIsPaused(true);
  }, []);
  const resume = useCallback(() => {
    run.current?.gate.resume();
    setIsPaused(false);
  }, []);
  const stop = useCallback(() => {
    run.current?.controller.abort();
    run.current?.gate.resume();
  }, []);
  const clear = useCallback(() => {
    setOutcomes([]);
  }, []);

  return {
    outcomes,
    source,
    isRunning,
    isPaused,
    connection,
    interrupted,
    isRestoring,
    start,
    continueInterrupted,
    discardInterrupted,
    pause,
    resume,
    stop,
    clear,
  };
}
