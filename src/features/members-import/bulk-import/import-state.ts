import type { RunConnection } from '@/lib/arcgis/portal-retry';

import type { ImportOutcome, ImportProgress } from './execute-import';
import type { ImportDraft } from './import-draft';
import type { ImportJournal } from './import-journal';
import type { OrganizationContext } from '../api/import-api';
import type { ImportView } from '../core/import-view';

export const importSteps = ['upload', 'columns', 'review', 'adding', 'report'] as const;
export type ImportStep = (typeof importSteps)[number];

/** What the page is waiting for: the file being read, or the usernames being checked against the portal. */
export type Working = { kind: 'reading' } | { kind: 'checking'; checked: number; total: number } | null;

/**
 * How far the import has got. Each stage holds what its steps draw: no file (perhaps a saved review to offer), a
 * file read (columns), a review, a run with its connection, a report.
 */
export type ImportStage =
  | { kind: 'empty'; savedDraft: ImportDraft | null }
  | { kind: 'columns'; analysis: ImportView }
  | { kind: 'review'; analysis: ImportView }
  | { kind: 'running'; analysis: ImportView; connection: RunConnection; isPaused: boolean }
  | { kind: 'report'; analysis: ImportView };

export type ImportState = {
  stage: ImportStage;
  /** A saved review is being read on arrival, or restored. */
  isRestoring: boolean;
  /** Restored from a draft: the file must be chosen again (passwords are not kept) before sending. */
  needsFile: boolean;
  working: Working;
  error: string | null;
  fileName: string;
  /** The organization the review checks against, with the seats as last read (pickers show them). */
  organization: OrganizationContext | null;
  /** The unfinished run of this file that the import resumes, if any. */
  resuming: ImportJournal | null;
  progress: ImportProgress | null;
  outcomes: ReadonlyMap<number, ImportOutcome>;
};

export type ImportAction =
  /** On arrival: the saved review (or none) when it is not restored at once. */
  | { type: 'draftRead'; saved: ImportDraft | null }
  | { type: 'restoreStarted' }
  | { type: 'restoreEnded' }
  /** A saved review is shown again: its file must be chosen again before sending. */
  | { type: 'draftRestored'; organization: OrganizationContext; fileName: string }
  | { type: 'reading' }
  | { type: 'checking'; checked: number; total: number }
  | { type: 'idle' }
  /** A new file (or a plan's file) is being read; `resuming` is the unfinished run of that file. */
  | { type: 'fileChosen'; organization: OrganizationContext; resuming: ImportJournal | null }
  | { type: 'fileNamed'; fileName: string }
  /** The file chosen again after a reload matched the review's. */
  | { type: 'fileMatched' }
  | { type: 'analyzed'; analysis: ImportView }
  | { type: 'reviewed' }
  | { type: 'organizationRead'; organization: OrganizationContext }
  | { type: 'errorShown'; message: string | null }
  /** Something failed: its message shows and nothing is waited for any more. */
  | { type: 'failed'; message: string }
  | { type: 'runStarted'; connection: RunConnection }
  | { type: 'paused' }
  | { type: 'resumed' }
  | { type: 'progressed'; progress: ImportProgress; outcomes: ReadonlyMap<number, ImportOutcome> }
  | { type: 'outcomesSet'; outcomes: ReadonlyMap<number, ImportOutcome> }
  | { type: 'runEnded' }
  | { type: 'restarted' };

export const initialImportState: ImportState = {
  stage: { kind: 'empty', savedDraft: null },
  isRestoring: true,
  needsFile: false,
  working: null,
  error: null,
  fileName: '',
  organization: null,
  resuming: null,
  progress: null,
  outcomes: new Map(),
};

export function analysisOf(stage: ImportStage): ImportView | null {
  return stage.kind === 'empty' ? null : stage.analysis;
}

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  const { stage } = state;
  switch (action.type) {
    case 'draftRead':
      return { ...state, isRestoring: false, stage: stage.kind === 'empty' ? { kind: 'empty', savedDraft: action.saved } : stage };
    case 'restoreStarted':
      return { ...state, isRestoring: true, error: null, stage: stage.kind === 'empty' ? { kind: 'empty', savedDraft: null } : stage };
    case 'restoreEnded':
      return { ...state, isRestoring: false };
    case 'draftRestored':
      return { ...state, organization: action.organization, fileName: action.fileName, needsFile: true };
    case 'reading':
      return { ...state, error: null, working: { kind: 'reading' } };
    case 'checking':
      return { ...state, working: { kind: 'checking', checked: action.checked, total: action.total } };
    case 'idle':
      return { ...state, working: null };
    case 'fileChosen': {
      // A new file starts a new review: the one before (if any) stays drawn until the new one is read.
      const analysis = analysisOf(stage);
      return {
        ...state,
        organization: action.organization,
        resuming: action.resuming,
        needsFile: false,
        stage: analysis ? { kind: 'columns', analysis } : { kind: 'empty', savedDraft: null },
      };
    }
    case 'fileNamed':
      return { ...state, fileName: action.fileName };
    case 'fileMatched':
      return { ...state, needsFile: false, working: null };
    case 'analyzed':
      return { ...state, stage: stage.kind === 'empty' ? { kind: 'columns', analysis: action.analysis } : { ...stage, analysis: action.analysis } };
    case 'reviewed':
      return stage.kind === 'empty' ? state : { ...state, stage: { kind: 'review', analysis: stage.analysis } };
    case 'organizationRead':
      return { ...state, organization: action.organization };
    case 'errorShown':
      return { ...state, error: action.message };
    case 'failed':
      return { ...state, error: action.message, working: null };
    case 'runStarted':
      if (stage.kind === 'empty') return state;
      return { ...state, stage: { kind: 'running', analysis: stage.analysis, connection: action.connection, isPaused: false } };
    case 'paused':
    case 'resumed':
      if (stage.kind !== 'running') return state;
      return { ...state, stage: { ...stage, isPaused: action.type === 'paused' } };
    case 'progressed':
      return { ...state, progress: action.progress, outcomes: action.outcomes };
    case 'outcomesSet':
      return { ...state, outcomes: action.outcomes };
    case 'runEnded':
      if (stage.kind === 'empty') return state;
      return { ...state, resuming: null, stage: { kind: 'report', analysis: stage.analysis } };
    case 'restarted':
      return { ...initialImportState, isRestoring: state.isRestoring, organization: state.organization };
  }
}

/**
 * Where the address should be corrected to, or null: to the reachable step, except for the step the wizard last moved
 * to itself (`movedTo`), whose state may simply not be drawn yet (the router's update and the wizard's are drawn in
 * no fixed order).
 */
export function stepCorrection(step: ImportStep, stage: ImportStage, movedTo: ImportStep | null): ImportStep | null {
  const reachable = reachableStep(step, stage);
  return reachable === step || step === movedTo ? null : reachable;
}

/** The step to show for the one asked: itself when the import has what it needs, otherwise the nearest one before. */
export function reachableStep(step: ImportStep, stage: ImportStage): ImportStep {
  const fallback = stage.kind === 'empty' ? 'upload' : stage.kind === 'columns' ? 'columns' : 'review';
  switch (step) {
    case 'adding':
      return stage.kind === 'running' ? step : stage.kind === 'report' ? 'report' : fallback;
    case 'report':
      // A run still going shows its progress (the run's end may be drawn after the address moved on to the report).
      return stage.kind === 'report' ? step : stage.kind === 'running' ? 'adding' : fallback;
    case 'review':
      return stage.kind === 'columns' || stage.kind === 'empty' ? fallback : step;
    case 'columns':
      return stage.kind === 'empty' ? 'upload' : step;
    case 'upload':
      return step;
  }
}
