import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useReducer, useRef } from 'react';

import { useRunHistoryKeeper } from '@/hooks/use-run-history-keeper';
import { usePortalSession } from '@/hooks/use-session';
import type { StepMoveOptions } from '@/hooks/use-step-param';
import { verifyPlanFile } from '@/lib/approvals/import-plan';
import { toAppError } from '@/lib/arcgis/arcgis-error';
import { createRunConnection } from '@/lib/arcgis/portal-retry';
import { userTypeQueries } from '@/lib/arcgis/user-types';
import { createPauseGate } from '@/lib/async/pause-gate';
import { refreshAfter } from '@/lib/portal-changes';

import { executeImport, type ImportOutcome, type ImportPlanRow } from './execute-import';
import { type ImportDraft, importDraft } from './import-draft';
import { type CellEdits, checksOf, type ImportInput, inputForFile } from './import-input';
import { fingerprintOf, type ImportJournal, importJournals, withoutPasswords } from './import-journal';
import { importPortal } from './import-portal';
import { analysisOf, importReducer, type ImportStep, initialImportState, reachableStep, stepCorrection } from './import-state';
import { importQueries } from '../api/import-queries';
import { type UsernameAnswers, usernameAnswersFor } from '../api/username-answers';
import { applyReviewPatch, type ImportView, reviewUsernames } from '../core/import-view';
import { memberMappingOf, type PlanInput } from '../core/plan-input';
import { INVITE_BATCH_SIZE } from '../core/plan-invite-batches';
import type { ApprovalNames, RowOutcome } from '../core/review-to-csv';
import { seatsChangedMessage, sendableChange, withSeatsNow } from '../core/seat-recheck';
import type { MemberField, MemberMapping } from '../core/types';
import { createImportWorker, type ImportWorker } from '../worker/analyze-in-worker';
import type { ViewUpdate } from '../worker/import-session';

const REQUESTS_IN_FLIGHT = 4;
/** The journal is written at most this often during a run (and once more after the last change). */
const JOURNAL_SAVE_MS = 400;

/** The usernames' answers as the worker's checks read them; whether they differ from those it read before. */
function setFindings(current: ImportInput, answers: UsernameAnswers): boolean {
  const { existing, unconfirmed, holders } = answers.findings();
  const sameSet = (a: ReadonlySet<string> | undefined, b: ReadonlySet<string>) => a?.size === b.size && [...b].every((name) => a.has(name));
  const same =
    sameSet(current.existing, existing) &&
    sameSet(current.unconfirmed, unconfirmed) &&
    current.holders?.size === holders.size &&
    [...holders].every(([name, holder]) => current.holders?.get(name) === holder);
  current.existing = existing;
  current.unconfirmed = unconfirmed;
  current.holders = holders;
  return !same;
}

export { importSteps, type ImportStep } from './import-state';
type SetStep = (next: ImportStep, options?: StepMoveOptions) => void;
/** A new file for the worker: its bytes, or a read the worker already made of them. */
type FileSource = ArrayBuffer | { read: number };

/**
 * The bulk import: upload → columns → review → adding → report. The step is the caller's (kept in the address); what
 * the steps draw is `import-state.ts`'s reducer; the file, fixes and portal answers the checks need are kept in refs.
 * The review is kept as a draft without passwords, so a reload restores it and asks for the file again before sending.
 */
export function useMemberImport([step, moveAddressTo]: [ImportStep, SetStep]) {
  // The step this wizard last moved to itself. The router draws the new address and this hook draws the state that
  // step needs in no fixed order, so for a moment the address may be ahead of the state: that step is never
  // "corrected" (it once sent a finished run's report back to the review).
  const movedTo = useRef<ImportStep | null>(null);
  const setStep = useCallback<SetStep>(
    (next, options) => {
      movedTo.current = next;
      moveAddressTo(next, options);
    },
    [moveAddressTo],
  );
  const session = usePortalSession();
  const queryClient = useQueryClient();
  const drafts = useMemo(() => importDraft({ portal: session.portal, username: session.username }), [session]);
  const [state, dispatch] = useReducer(importReducer, initialImportState);
  const { stage } = state;
  const analysis = analysisOf(stage);
  const { history: runHistory, keep: keepRun, saveAgain: saveRunAgain, clear: clearRunHistory } = useRunHistoryKeeper();
  const { fileName, needsFile, resuming } = state;
  const fileNameRef = useRef('');
  const input = useRef<ImportInput | null>(null);
  const draftFile = useRef<ImportDraft['draft'] | null>(null);
  const draftOnReview = useRef(false);
  const run = useRef<{ controller: AbortController; gate: ReturnType<typeof createPauseGate> } | null>(null);
  // Leaving the wizard (confirmed) or signing out stops the run: nothing is sent for a member no longer there. The
  // journal keeps what was answered, so the same member can resume.
  useEffect(
    () => () => {
      run.current?.controller.abort();
      run.current?.gate.resume();
    },
    [],
  );

  // One worker for the wizard's lifetime; it holds the file, so only compact answers come back.
  const workerRef = useRef<ImportWorker | null>(null);
  const worker = useCallback(() => {
    workerRef.current ??= createImportWorker();
    return workerRef.current;
  }, []);
  const closeWorker = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
  }, []);
  // Started with the wizard: loading the worker's code then costs nothing when the file is chosen.
  useEffect(() => {
    worker();
    return closeWorker;
  }, [closeWorker, worker]);

  // The view last drawn: a check again answers with the rows that changed, a patch on it.
  const lastView = useRef<ImportView | null>(null);
  const viewOf = useCallback(
    async (update: ViewUpdate, base: ImportView | null): Promise<ImportView> => {
      if ('view' in update) return update.view;
      return base?.review.revision === update.patch.base ? applyReviewPatch(base, update.patch) : worker().ask({ type: 'view' });
    },
    [worker],
  );

  /**
   * The file the worker holds checked again (`fixedLine`: only that line's fix changed). `answered` is a fixed
   * username's check against the portal, run while the worker checks the row (true when the answers changed): once it
   * is in, the rows holding that name are checked with its answer too, and only then is the view drawn.
   */
  const checkAgain = useCallback(
    async (current: ImportInput, fixedLine?: number, answered?: Promise<boolean>) => {
      const ask = worker().ask;
      const checks = checksOf(current);
      // Awaited below, once the worker has answered; a refusal before then is not a stray one.
      answered?.catch(() => undefined);
      const checked = await viewOf(
        await ask(fixedLine !== undefined ? { type: 'fix', line: fixedLine, ...checks } : { type: 'revalidate', ...checks }),
        lastView.current,
      );
      if (!answered || !(await answered)) return checked;
      return viewOf(await ask({ type: 'revalidate', ...checksOf(current) }), checked);
    },
    [viewOf, worker],
  );

  /** Reads the file (when given) or re-checks the one the worker holds, with the current mapping, fixes and context. */
  const analyze = useCallback(
    async (file?: FileSource, restore?: ImportDraft['draft'], fixedLine?: number, answered?: Promise<boolean>) => {
      const current = input.current;
      if (!current) return null;
      const result = file
        ? await (file instanceof ArrayBuffer
            ? worker().ask({ type: 'analyze', bytes: file, ...checksOf(current) }, [file])
            : worker().ask({ type: 'analyze', read: file.read, ...checksOf(current) }))
        : restore
          ? await worker().ask({ type: 'restore', draft: restore, ...checksOf(current) })
          : await checkAgain(current, fixedLine, answered);
      if (input.current !== current) return null;
      lastView.current = result;
      dispatch({ type: 'analyzed', analysis: result });
      return result;
    },
    [checkAgain, worker],
  );

  const fail = (cause: unknown) => {
    dispatch({ type: 'failed', message: toAppError(cause).message });
  };

  /** A new file's review: the worker reads it with `current`'s choices. The view, or null when another file came first. */
  const readNewFile = useCallback(
    async (current: ImportInput, file: FileSource, name: string, resuming: ImportJournal | null) => {
      input.current = current;
      dispatch({ type: 'fileChosen', organization: current.organization, resuming });
      draftFile.current = null;
      const result = await analyze(file);
      if (result) {
        fileNameRef.current = name;
        dispatch({ type: 'fileNamed', fileName: name });
      }
      return result;
    },
    [analyze],
  );

  // A transition lets React draw the next step in slices, so a large file never freezes the page.
  const showStep = useCallback(
    (next: ImportStep) =>
      startTransition(() => {
        dispatch({ type: 'idle' });
        setStep(next);
      }),
    [setStep],
  );

  /** The pending invitations, read once for the life of the review (again after a failed read). */
  const readPending = useCallback(
    (current: ImportInput) => {
      const read = (current.pendingRead ??= queryClient.query(importQueries.pendingInvitations(session)));
      read.catch(() => {
        if (current.pendingRead === read) delete current.pendingRead;
      });
      return read;
    },
    [queryClient, session],
  );

  const chooseFile = useCallback(
    async (file: File) => {
      dispatch({ type: 'reading' });
      try {
        const bytes = await file.arrayBuffer();
        // The usernames first, without checking the rows: the portal is asked about them while the worker checks the
        // rows and the organization is read (a copy crosses; the page still fingerprints the bytes).
        const read = worker().ask({ type: 'read', bytes });
        const answers = usernameAnswersFor(session);
        void read.then(({ usernames }) => answers.check(usernames)).catch(() => undefined);
        // The organization is read again (seats change), but the columns step need not wait for it: the rows are first
        // checked against the organization as the wizard read it, and the review against this read.
        const known = queryClient.getQueryData(importQueries.organization(session).queryKey);
        const organizationRead = queryClient.query(importQueries.organization(session));
        organizationRead.catch(() => undefined);
        const [organization, [fingerprint, journal]] = await Promise.all([
          known ?? organizationRead,
          // The file's own journal (an interrupted run of it resumes), looked up while the organization is read.
          fingerprintOf(bytes).then(
            async (fingerprint) => [fingerprint, await importJournals.find({ portal: session.portal, username: session.username }, fingerprint)] as const,
          ),
        ]);
        const unfinished = journal?.status === 'running' ? journal : null;
        void drafts.remove();
        const current = inputForFile(fingerprint, organization, unfinished);
        current.answers = answers;
        if (known) current.organizationRead = organizationRead;
        const result = await readNewFile(current, { read: (await read).id }, file.name, unfinished);
        if (!result) return;
        if (result.rowCount === 0) {
          dispatch({ type: 'failed', message: `${file.name} has no member rows.` });
          return;
        }
        showStep('columns');
        // Read while the columns are looked at, like the usernames; the review asks again for what failed (and says so).
        void readPending(current).catch(() => undefined);
      } catch (cause) {
        fail(cause);
      }
    },
    [drafts, queryClient, readNewFile, readPending, session, showStep, worker],
  );

  /** Asks the portal which usernames are taken, who holds them, and which invitations are pending; then re-checks. */
  const checkAgainstPortal = useCallback(
    async (current: NonNullable<typeof input.current>, mapped: ImportView) => {
      const usernames = reviewUsernames(mapped.review);
      dispatch({ type: 'checking', checked: 0, total: usernames.length });
      const answers = (current.answers ??= usernameAnswersFor(session));
      let shownAt = performance.now();
      // Also who holds each taken name: the same person is "already a member", anyone else an error.
      const [, pending] = await Promise.all([
        answers.check(usernames, (checked) => {
          // Four times a second at most: each count redraws the step, which for a large file costs more than the wait.
          if (checked < usernames.length && performance.now() - shownAt < 250) return;
          shownAt = performance.now();
          dispatch({ type: 'checking', checked, total: usernames.length });
        }),
        readPending(current),
      ]);
      setFindings(current, answers);
      current.pending = pending.usernames;
      return analyze();
    },
    [analyze, readPending, session],
  );

  /** Keeps the review (never passwords) so that a reload restores it; not while resuming (the journal does that). */
  const saveDraft = useCallback(async () => {
    const current = input.current;
    if (!current?.mapping || current.done) return;
    try {
      draftFile.current ??= await worker().ask({ type: 'draft' });
      if (input.current !== current) return;
      await drafts.write({
        fileName: fileNameRef.current,
        fingerprint: current.fingerprint,
        savedAt: Date.now(),
        mapping: current.mapping,
        edits: withoutPasswords(current.edits),
        excluded: [...current.excluded],
        draft: draftFile.current,
      });
    } catch {
      // A draft is a convenience: the review goes on without it.
    }
  }, [drafts, worker]);

  /**
   * The organization read when the file was chosen, in place of the one the columns step was checked with; a failed
   * read is started again for the next try, and the failure thrown.
   */
  const takeOrganizationRead = useCallback(
    async (current: ImportInput) => {
      const read = current.organizationRead;
      if (!read) return;
      try {
        const organization = await read;
        if (current.organizationRead !== read) return;
        delete current.organizationRead;
        if (organization === current.organization || input.current !== current) return;
        current.organization = organization;
        dispatch({ type: 'organizationRead', organization });
      } catch (cause) {
        if (current.organizationRead === read) {
          current.organizationRead = queryClient.query(importQueries.organization(session));
          current.organizationRead.catch(() => undefined);
        }
        throw cause;
      }
    },
    [queryClient, session],
  );

  /** Applies the confirmed column mapping, then asks the portal which usernames are taken. */
  const confirmColumns = useCallback(
    async (mapping: MemberMapping) => {
      const current = input.current;
      if (!current) return;
      dispatch({ type: 'errorShown', message: null });
      if (current.mapping !== mapping) draftFile.current = null;
      current.mapping = mapping;
      try {
        await takeOrganizationRead(current);
        const mapped = await analyze();
        if (!mapped) return;
        if (!(await checkAgainstPortal(current, mapped))) return;
        dispatch({ type: 'reviewed' });
        draftOnReview.current = true;
        showStep('review');
      } catch (cause) {
        fail(cause);
      }
    },
    [analyze, checkAgainstPortal, showStep, takeOrganizationRead],
  );

  // The draft is saved once the review is on screen: the worker's copy of a large file and the write to IndexedDB
  // would otherwise compete with drawing it.
  useEffect(() => {
    if (step !== 'review' || !draftOnReview.current) return;
    draftOnReview.current = false;
    void saveDraft();
  }, [saveDraft, step]);

  /** Shows a saved review again: the rows without passwords, re-checked against the organization as they are now. */
  const restoreDraft = useCallback(
    async (saved: ImportDraft, to: 'columns' | 'review') => {
      dispatch({ type: 'restoreStarted' });
      try {
        const organization = await queryClient.query(importQueries.organization(session));
        const current = { fingerprint: saved.fingerprint, organization, mapping: saved.mapping, edits: saved.edits, excluded: new Set(saved.excluded) };
        input.current = current;
        dispatch({ type: 'draftRestored', organization, fileName: saved.fileName });
        draftFile.current = saved.draft;
        fileNameRef.current = saved.fileName;
        const mapped = await analyze(undefined, saved.draft);
        if (!mapped) return;
        if (to === 'review') {
          if (!(await checkAgainstPortal(current, mapped))) return;
          dispatch({ type: 'reviewed' });
        }
        dispatch({ type: 'idle' });
        setStep(to, { replace: true });
      } catch (cause) {
        fail(cause);
      } finally {
        dispatch({ type: 'restoreEnded' });
      }
    },
    [analyze, checkAgainstPortal, queryClient, session, setStep],
  );

  /** The file chosen again after a reload: only the very same file (SHA-256) gives the review its passwords back. */
  const chooseFileAgain = useCallback(
    async (file: File) => {
      const current = input.current;
      if (!current) return;
      dispatch({ type: 'reading' });
      try {
        const bytes = await file.arrayBuffer();
        const fingerprint = await fingerprintOf(bytes);
        if (fingerprint !== current.fingerprint) {
          dispatch({
            type: 'failed',
            message:
              `${file.name} is a different file from the one this review was made from (${fileNameRef.current}): ` +
              'its contents do not match. Choose that file as it was, or start over with the new one.',
          });
          return;
        }
        if (!(await analyze(bytes))) return;
        draftFile.current = null;
        dispatch({ type: 'fileMatched' });
      } catch (cause) {
        fail(cause);
      }
    },
    [analyze],
  );

  /**
   * A plan's file chosen (to approve it, or to fix and resubmit it): only the very file it was prepared from
   * (SHA-256). The plan's columns, fixes and exclusions are applied and the rows re-checked against the organization now.
   */
  const chooseFileForPlan = useCallback(
    async (file: File, plan: PlanInput) => {
      dispatch({ type: 'reading' });
      try {
        const [bytes, organization] = await Promise.all([file.arrayBuffer(), queryClient.query(importQueries.organization(session))]);
        const check = await verifyPlanFile(plan, { name: file.name, bytes });
        if (!check.ok) {
          dispatch({ type: 'failed', message: check.message });
          return;
        }
        const current = {
          fingerprint: check.fileSha256,
          organization,
          mapping: memberMappingOf(plan.mapping),
          edits: plan.fixes as CellEdits,
          excluded: new Set(plan.exclusions),
        };
        const mapped = await readNewFile(current, bytes, file.name, null);
        if (!mapped) return;
        if (!(await checkAgainstPortal(current, mapped))) return;
        dispatch({ type: 'reviewed' });
        showStep('review');
      } catch (cause) {
        fail(cause);
      }
    },
    [checkAgainstPortal, queryClient, readNewFile, session, showStep],
  );

  /** What a plan is built from: the review's own data, without passwords. */
  const planSource = useCallback(() => {
    const current = input.current;
    if (!current?.mapping || !analysis) return null;
    return {
      fileName: fileNameRef.current,
      fileSha256: current.fingerprint,
      rowCount: analysis.rowCount,
      mapping: current.mapping,
      fixes: withoutPasswords(current.edits),
      exclusions: [...current.excluded],
      summary: analysis.summary,
    };
  }, [analysis]);

  /** `fixedLine`: the change is that line's fix alone, so the worker checks that row (and its collisions) only. */
  const revalidate = useCallback(
    async (change: (current: NonNullable<typeof input.current>) => void, fixedLine?: number) => {
      const current = input.current;
      if (!current) return;
      change(current);
      try {
        // The draft is written once the page has drawn the review: copying a large file into IndexedDB takes a while.
        if (await analyze(undefined, undefined, fixedLine)) setTimeout(() => void saveDraft(), 0);
      } catch (cause) {
        fail(cause);
      }
    },
    [analyze, saveDraft],
  );

  const setExcluded = useCallback(
    (line: number, isExcluded: boolean) =>
      revalidate((current) => {
        if (isExcluded) current.excluded.add(line);
        else current.excluded.delete(line);
      }),
    [revalidate],
  );

  const editRow = useCallback(
    async (line: number, values: Partial<Record<MemberField, string>>) => {
      const current = input.current;
      if (!current) return;
      const username = values.username?.trim();
      const before = current.edits;
      // A fixed username is checked against the organization again, as every row was before the review; the worker
      // checks the row meanwhile.
      const answered =
        username && current.existing
          ? (async () => {
              const answers = (current.answers ??= usernameAnswersFor(session));
              await answers.recheck(username);
              return setFindings(current, answers);
            })()
          : undefined;
      current.edits = { ...before, [line]: { ...before[line], ...values } };
      try {
        if (await analyze(undefined, undefined, line, answered)) setTimeout(() => void saveDraft(), 0);
      } catch (cause) {
        // A fix that could not be checked is not kept: the worker takes the row back as it was.
        fail(cause);
        current.edits = before;
        await analyze(undefined, undefined, line).catch(() => null);
      }
    },
    [analyze, saveDraft, session],
  );

  /** Reads the seats left again; when they changed, the review is checked against them. The new view, or null. */
  const refreshSeats = useCallback(async () => {
    const current = input.current;
    if (!current) return null;
    const seats = await queryClient.query(userTypeQueries.seats(session));
    const next = input.current === current ? withSeatsNow(current.organization, seats) : null;
    if (!next) return null;
    current.organization = next;
    dispatch({ type: 'organizationRead', organization: next });
    return analyze();
  }, [analyze, queryClient, session]);

  /** Many rows' values at once (set role, user type or groups from the review), checked again like fixes. */
  const editRows = useCallback(
    (changes: CellEdits) =>
      revalidate((next) => {
        const edits = { ...next.edits };
        for (const [line, values] of Object.entries(changes)) edits[Number(line)] = { ...edits[Number(line)], ...values };
        next.edits = edits;
      }),
    [revalidate],
  );

  /** `approval`: an approved plan's run, whose history record names who prepared it and who approved it. */
  const startAdding = useCallback(
    async (approval?: ApprovalNames) => {
      if (!analysis || !input.current) return;
      const current = input.current;
      dispatch({ type: 'errorShown', message: null });
      if (needsFile) {
        dispatch({
          type: 'errorShown',
          message: `Passwords are not kept when the page is reloaded: choose ${fileName} again before adding its members.`,
        });
        return;
      }
      // Seats may have changed while the review was open: what is sent must be what the reviewer confirmed.
      const rechecked = await refreshSeats().catch(() => null);
      const seatsChanged = rechecked ? seatsChangedMessage(sendableChange(analysis.review, rechecked.review)) : null;
      if (seatsChanged) {
        dispatch({ type: 'errorShown', message: seatsChanged });
        return;
      }
      const previous = new Map((resuming?.outcomes ?? []).map((outcome) => [outcome.line, outcome]));
      const exceptLines = [...previous.keys()];
      // The only answers that carry passwords, asked for right before sending and kept nowhere else.
      let rows: ImportPlanRow[];
      let confirmFirst: ImportPlanRow[];
      let addedBefore: ImportPlanRow[];
      let preexisting: number[];
      try {
        rows = await worker().ask({ type: 'plans', statuses: ['ready', 'warning'], exceptLines });
        // Recorded before anything is sent: these rows named members the organization already had.
        preexisting = resuming
          ? (current.preexisting ?? [])
          : (await worker().ask({ type: 'plans', statuses: ['exists'], exceptLines })).map((plan) => plan.row.line);
        // Resuming: an account the interrupted run created after its last journal entry is now a member who was not
        // one before (the review shows it as done); confirm it, never resend it.
        confirmFirst = resuming ? await worker().ask({ type: 'plans', statuses: ['done'], exceptLines }) : [];
        // Added by the interrupted run: their groups are sent again, as it may have stopped before sending them.
        const addedLines = [...previous.values()].filter((outcome) => outcome.status === 'added').map((outcome) => outcome.line);
        addedBefore = addedLines.length > 0 ? await worker().ask({ type: 'plans', statuses: ['done'], onlyLines: addedLines }) : [];
      } catch (cause) {
        fail(cause);
        return;
      }
      const journal: ImportJournal = {
        fingerprint: current.fingerprint,
        fileName,
        portal: session.portal,
        username: session.username,
        status: 'running',
        startedAt: resuming?.startedAt ?? Date.now(),
        updatedAt: Date.now(),
        total: previous.size + rows.length + confirmFirst.length,
        rowCount: analysis.rowCount,
        preexisting,
        mapping: analysis.mapping,
        edits: withoutPasswords(current.edits),
        excluded: [...current.excluded],
        outcomes: [...previous.values()],
      };
      let lastSaved = 0;
      // A save skipped to spare the disk is made a moment later: the last outcomes before a quiet spell (a run waiting
      // on the portal) must be in the journal if the tab closes then.
      let trailingSave: ReturnType<typeof setTimeout> | undefined;
      const writeJournal = importJournals.writer();
      const saveJournal = (outcomesSoFar: ReadonlyMap<number, ImportOutcome>, status: ImportJournal['status'], force: boolean) => {
        clearTimeout(trailingSave);
        const wait = JOURNAL_SAVE_MS - (Date.now() - lastSaved);
        if (!force && wait > 0) {
          trailingSave = setTimeout(() => {
            saveJournal(outcomesSoFar, status, true);
          }, wait);
          return;
        }
        lastSaved = Date.now();
        void writeJournal({
          ...journal,
          status,
          updatedAt: lastSaved,
          outcomes: [...new Map([...previous, ...outcomesSoFar]).values()],
        });
      };
      await writeJournal(journal);
      // Sent: from now on the journal (outcomes, never passwords) is what a reload resumes from.
      await drafts.remove();
      const controller = new AbortController();
      const gate = createPauseGate();
      run.current = { controller, gate };
      // Every request of the run waits out a busy or absent portal instead of failing rows; the page says so.
      const link = createRunConnection();
      dispatch({ type: 'runStarted', connection: link });
      setStep('adding');
      const onEnterprise = current.organization.portalKind === 'enterprise';
      const portal = importPortal(session, onEnterprise);
      try {
        const final = await executeImport({
          rows,
          portal,
          // `createUser` takes one account a request.
          batchSize: onEnterprise ? 1 : INVITE_BATCH_SIZE,
          concurrency: REQUESTS_IN_FLIGHT,
          signal: controller.signal,
          waitUntilResumed: gate.wait,
          retry: link.policy,
          groupTitles: new Map((current.organization.groups ?? []).map((group) => [group.id, group.title])),
          confirmFirst,
          isResumed: resuming !== null,
          addedBefore: addedBefore.flatMap((plan) => {
            const outcome = previous.get(plan.row.line);
            return outcome ? [{ plan, outcome }] : [];
          }),
          onProgress: (next, soFar) => {
            dispatch({ type: 'progressed', progress: next, outcomes: new Map([...previous, ...soFar]) });
            saveJournal(soFar, 'running', false);
          },
        });
        const outcomes = new Map([...previous, ...final]);
        dispatch({ type: 'outcomesSet', outcomes });
        keepRun({
          kind: 'import',
          action: { fileName, ...approval },
          label: approval ? `Import of ${fileName}, prepared by ${approval.preparedBy} and approved by ${approval.approvedBy}` : `Import of ${fileName}`,
          startedAt: new Date(journal.startedAt),
          outcomes: [...outcomes.values()],
        });
        clearTimeout(trailingSave);
        if (controller.signal.aborted) saveJournal(final, 'running', true);
        else await importJournals.remove(journal);
      } catch (cause) {
        dispatch({ type: 'errorShown', message: toAppError(cause).message });
      } finally {
        link.close();
        run.current = null;
        dispatch({ type: 'runEnded' });
        setStep('report');
        void refreshAfter(queryClient, ['members', 'groups', 'invitations', 'imports']);
      }
    },
    [analysis, drafts, fileName, keepRun, needsFile, queryClient, refreshSeats, resuming, session, setStep, worker],
  );

  const pause = useCallback(() => {
    run.current?.gate.pause();
    dispatch({ type: 'paused' });
  }, []);
  const resume = useCallback(() => {
    run.current?.gate.resume();
    dispatch({ type: 'resumed' });
  }, []);
  const cancel = useCallback(() => {
    run.current?.controller.abort();
    run.current?.gate.resume();
  }, []);

  const rowToEdit = useCallback((line: number) => worker().ask({ type: 'row', line }), [worker]);
  const reviewCsv = useCallback(() => worker().ask({ type: 'reviewCsv' }), [worker]);
  const reportCsv = useCallback(
    (report: readonly RowOutcome[], approval?: ApprovalNames) => worker().ask({ type: 'reportCsv', outcomes: report, approval }),
    [worker],
  );

  /** Back to the first step with nothing kept; `without` names address parameters that belonged to the last run. */
  const restart = useCallback(
    (without?: readonly string[]) => {
      closeWorker();
      input.current = null;
      draftFile.current = null;
      void drafts.remove();
      dispatch({ type: 'restarted' });
      setStep('upload', { without });
      clearRunHistory();
    },
    [clearRunHistory, closeWorker, drafts, setStep],
  );

  // On arrival: a saved review is restored where the address says (a reload), or offered on the first step.
  const arrivalStep = useRef(step);
  useEffect(() => {
    let isCurrent = true;
    void drafts.read().then((read) => {
      if (!isCurrent) return;
      const saved = read;
      const to = arrivalStep.current;
      if (saved && (to === 'columns' || to === 'review')) {
        void restoreDraft(saved, to);
        return;
      }
      dispatch({ type: 'draftRead', saved });
    });
    return () => {
      isCurrent = false;
    };
  }, [drafts, restoreDraft]);

  // A step the import cannot show (Back to a run that ended, an address typed by hand) falls back to one it can.
  const reachable = reachableStep(step, stage);
  const { isRestoring, working } = state;
  useEffect(() => {
    const correction = stepCorrection(step, stage, movedTo.current);
    if (!isRestoring && working === null && correction) setStep(correction, { replace: true });
  }, [isRestoring, setStep, stage, step, working]);

  return {
    step: isRestoring && step !== 'upload' ? null : reachable,
    setStep,
    isRestoring,
    savedDraft: stage.kind === 'empty' ? stage.savedDraft : null,
    restoreDraft,
    needsFile,
    chooseFileAgain,
    chooseFileForPlan,
    planSource,
    working,
    error: state.error,
    fileName,
    analysis,
    progress: state.progress,
    outcomes: state.outcomes,
    runHistory,
    saveRunAgain,
    isPaused: stage.kind === 'running' && stage.isPaused,
    resuming,
    connection: stage.kind === 'running' ? stage.connection : null,
    chooseFile,
    confirmColumns,
    setExcluded,
    editRow,
    editRows,
    organization: state.organization,
    refreshSeats,
    rowToEdit,
    reviewCsv,
    reportCsv,
    startAdding,
    pause,
    resume,
    cancel,
    restart,
  };
}
