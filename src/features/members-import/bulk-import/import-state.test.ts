import { describe, expect, it } from 'vitest';

import type { RunConnection } from '@/lib/arcgis/portal-retry';
import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import type { ImportOutcome, ImportProgress } from './execute-import';
import type { ImportDraft } from './import-draft';
import type { ImportJournal } from './import-journal';
import {
  type ImportAction,
  importReducer,
  type ImportStage,
  type ImportState,
  importSteps,
  initialImportState,
  reachableStep,
  stepCorrection,
} from './import-state';
import type { OrganizationContext } from '../api/import-api';
import type { ImportView } from '../core/import-view';

// The reducer only passes these along: distinct objects are enough to follow them.
const view = (rowCount: number) => ({ rowCount }) as unknown as ImportView;
const organization: OrganizationContext = { ...memberImportContext(), orgId: 'org1', notices: [] };
const connection = { close: () => undefined } as unknown as RunConnection;
const saved = { fileName: 'members.csv' } as unknown as ImportDraft;
const journal = { fileName: 'members.csv', status: 'running' } as unknown as ImportJournal;
const progress = { done: 1 } as unknown as ImportProgress;
const outcome = (line: number) => ({ line, status: 'added' }) as unknown as ImportOutcome;

const run = (actions: ImportAction[], from: ImportState = initialImportState) => actions.reduce(importReducer, from);
const settled = run([{ type: 'draftRead', saved: null }]);
const withFile = run([{ type: 'reading' }, { type: 'fileChosen', organization, resuming: null }, { type: 'analyzed', analysis: view(3) }], settled);
const reviewed = run([{ type: 'reviewed' }, { type: 'idle' }], withFile);
const running = run([{ type: 'runStarted', connection }], reviewed);
const reported = run([{ type: 'runEnded' }], running);

describe('importReducer', () => {
  it('starts by reading a saved review, and offers it when it is not restored at once', () => {
    expect(initialImportState.isRestoring).toBe(true);
    const offered = importReducer(initialImportState, { type: 'draftRead', saved });
    expect(offered.isRestoring).toBe(false);
    expect(offered.stage).toEqual({ kind: 'empty', savedDraft: saved });
    expect(importReducer(offered, { type: 'draftRead', saved: null }).stage).toEqual({ kind: 'empty', savedDraft: null });
  });

  it('leaves a file already read alone when the saved review is read late', () => {
    expect(importReducer(withFile, { type: 'draftRead', saved }).stage).toBe(withFile.stage);
  });

  it('restores a saved review: no longer offered, restoring until it ends, the file asked for again', () => {
    const offered = run([
      { type: 'draftRead', saved },
      { type: 'errorShown', message: 'old' },
    ]);
    const restoring = importReducer(offered, { type: 'restoreStarted' });
    expect(restoring).toMatchObject({ isRestoring: true, error: null, stage: { kind: 'empty', savedDraft: null } });
    const restored = run(
      [
        { type: 'draftRestored', organization, fileName: 'members.csv' },
        { type: 'analyzed', analysis: view(2) },
      ],
      restoring,
    );
    expect(restored).toMatchObject({ needsFile: true, fileName: 'members.csv', organization, stage: { kind: 'columns' } });
    expect(importReducer(restored, { type: 'restoreEnded' }).isRestoring).toBe(false);
    expect(importReducer(reviewed, { type: 'restoreStarted' }).stage).toBe(reviewed.stage);
  });

  it('reads a file: clears the error, waits, then holds the analysis at the columns step', () => {
    const failed = importReducer(settled, { type: 'failed', message: 'Nope' });
    const reading = importReducer(failed, { type: 'reading' });
    expect(reading).toMatchObject({ error: null, working: { kind: 'reading' } });
    expect(withFile.stage).toEqual({ kind: 'columns', analysis: view(3) });
    expect(withFile.organization).toBe(organization);
  });

  it('a new file drops the review and the report but keeps the last analysis drawn until the new one is read', () => {
    const again = importReducer(reported, { type: 'fileChosen', organization, resuming: journal });
    expect(again.stage).toEqual({ kind: 'columns', analysis: view(3) });
    expect(again.resuming).toBe(journal);
    const restored = run([{ type: 'draftRestored', organization, fileName: 'a.csv' }], withFile);
    expect(importReducer(restored, { type: 'fileChosen', organization, resuming: null }).needsFile).toBe(false);
    const offered = run([{ type: 'draftRead', saved }]);
    expect(importReducer(offered, { type: 'fileChosen', organization, resuming: null }).stage).toEqual({ kind: 'empty', savedDraft: null });
  });

  it('a new analysis replaces the one of the stage it is in', () => {
    expect(importReducer(reviewed, { type: 'analyzed', analysis: view(9) }).stage).toEqual({ kind: 'review', analysis: view(9) });
  });

  it('names the file, and a file chosen again that matches ends the wait for it', () => {
    expect(importReducer(settled, { type: 'fileNamed', fileName: 'b.csv' }).fileName).toBe('b.csv');
    const waiting = run([{ type: 'draftRestored', organization, fileName: 'a.csv' }, { type: 'reading' }], withFile);
    expect(importReducer(waiting, { type: 'fileMatched' })).toMatchObject({ needsFile: false, working: null });
  });

  it('counts the usernames checked, and goes idle', () => {
    const checking = importReducer(withFile, { type: 'checking', checked: 100, total: 250 });
    expect(checking.working).toEqual({ kind: 'checking', checked: 100, total: 250 });
    expect(importReducer(checking, { type: 'idle' }).working).toBeNull();
  });

  it('reaches the review only with a file read', () => {
    expect(reviewed.stage).toEqual({ kind: 'review', analysis: view(3) });
    expect(importReducer(settled, { type: 'reviewed' })).toBe(settled);
  });

  it('keeps the organization as last read', () => {
    const next = { ...organization, orgId: 'org2' };
    expect(importReducer(reviewed, { type: 'organizationRead', organization: next }).organization).toBe(next);
  });

  it('shows an error without touching the wait, while a failure also ends it', () => {
    const reading = importReducer(withFile, { type: 'reading' });
    expect(importReducer(reading, { type: 'errorShown', message: 'Seats changed' })).toMatchObject({ error: 'Seats changed', working: { kind: 'reading' } });
    expect(importReducer(reading, { type: 'failed', message: 'Bad file' })).toMatchObject({ error: 'Bad file', working: null });
  });

  it('runs with its connection, pauses and resumes, and ends in a report', () => {
    expect(running.stage).toEqual({ kind: 'running', analysis: view(3), connection, isPaused: false });
    const paused = importReducer(running, { type: 'paused' });
    expect(paused.stage).toMatchObject({ kind: 'running', isPaused: true });
    expect(importReducer(paused, { type: 'resumed' }).stage).toMatchObject({ kind: 'running', isPaused: false });
    expect(importReducer(reviewed, { type: 'paused' })).toBe(reviewed);
    const resumed = { ...running, resuming: journal };
    expect(importReducer(resumed, { type: 'runEnded' })).toMatchObject({ resuming: null, stage: { kind: 'report', analysis: view(3) } });
  });

  it('cannot run or report without a file', () => {
    expect(importReducer(settled, { type: 'runStarted', connection })).toBe(settled);
    expect(importReducer(settled, { type: 'runEnded' })).toBe(settled);
  });

  it('keeps the progress and outcomes of the run', () => {
    const outcomes = new Map([[2, outcome(2)]]);
    const progressed = importReducer(running, { type: 'progressed', progress, outcomes });
    expect(progressed).toMatchObject({ progress, outcomes });
    const all = new Map([...outcomes, [3, outcome(3)]]);
    expect(importReducer(progressed, { type: 'outcomesSet', outcomes: all }).outcomes).toBe(all);
  });

  it('starts over with nothing kept but the organization', () => {
    const done = run(
      [
        { type: 'progressed', progress, outcomes: new Map([[2, outcome(2)]]) },
        { type: 'errorShown', message: 'x' },
      ],
      reported,
    );
    const fresh = importReducer({ ...done, fileName: 'a.csv', needsFile: true, resuming: journal }, { type: 'restarted' });
    expect(fresh).toEqual({ ...initialImportState, isRestoring: false, organization });
  });
});

describe('reachableStep', () => {
  const stages: Record<string, ImportStage> = {
    empty: settled.stage,
    columns: withFile.stage,
    review: reviewed.stage,
    running: running.stage,
    report: reported.stage,
  };
  // Rows: the stage; columns: the step asked for, in `importSteps` order (upload, columns, review, adding, report).
  const expected: Record<string, string[]> = {
    empty: ['upload', 'upload', 'upload', 'upload', 'upload'],
    columns: ['upload', 'columns', 'columns', 'columns', 'columns'],
    review: ['upload', 'columns', 'review', 'review', 'review'],
    // The report of a run still going is its progress: the address can say "report" before the run's end is drawn.
    running: ['upload', 'columns', 'review', 'adding', 'adding'],
    report: ['upload', 'columns', 'review', 'report', 'report'],
  };
  for (const [name, stage] of Object.entries(stages)) {
    it(`falls back to what the import has when it is ${name}`, () => {
      expect(importSteps.map((step) => reachableStep(step, stage))).toEqual(expected[name]);
    });
  }
});

describe('stepCorrection', () => {
  it('corrects an address the import cannot show, but never the step the wizard moved to itself', () => {
    // Back to a run that ended: the report again.
    expect(stepCorrection('adding', reported.stage, 'report')).toBe('report');
    // The run's end moved to the report, and the router drew it before the run's end: wait for it, not the review.
    expect(stepCorrection('report', running.stage, 'report')).toBeNull();
    expect(stepCorrection('report', running.stage, null)).toBe('adding');
    // The run's start moved to "adding" before the run was drawn.
    expect(stepCorrection('adding', reviewed.stage, 'adding')).toBeNull();
    expect(stepCorrection('review', reviewed.stage, null)).toBeNull();
    expect(stepCorrection('review', settled.stage, null)).toBe('upload');
  });
});
