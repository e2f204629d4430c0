import type { ImportJournal } from './import-journal';
import type { OrganizationContext, PendingInvitations } from '../api/import-api';
import type { UsernameAnswers } from '../api/username-answers';
import type { UsernameHolder } from '../core/taken-username';
import type { MemberField, MemberMapping } from '../core/types';

export type CellEdits = Record<number, Partial<Record<MemberField, string>>>;

/** What the checks of the file the worker holds are run with: the reviewer's choices and the portal's answers. */
export type ImportInput = {
  fingerprint: string;
  organization: OrganizationContext;
  /**
   * The organization read when the file was chosen, until the review takes it: the columns step does not wait for it
   * when the wizard read the organization already (see `confirmColumns`).
   */
  organizationRead?: Promise<OrganizationContext>;
  mapping?: MemberMapping;
  edits: CellEdits;
  excluded: Set<number>;
  /** The portal's answers about the file's usernames, kept for the life of the review. */
  answers?: UsernameAnswers;
  existing?: Set<string>;
  holders?: Map<string, UsernameHolder>;
  unconfirmed?: Set<string>;
  pending?: Set<string>;
  /** The organization's pending invitations being read (from the moment the file is chosen), for the life of the review. */
  pendingRead?: Promise<PendingInvitations>;
  /** Resuming: lines the interrupted run has an outcome for, and those that named existing members before it. */
  done?: Set<number>;
  preexisting?: number[];
};

/** The worker's `analyze`/`restore`/`revalidate` checks for this input; what the portal has not answered yet is left out. */
export function checksOf(input: ImportInput) {
  return {
    ...(input.mapping ? { mapping: input.mapping } : {}),
    edits: input.edits,
    context: {
      ...input.organization,
      excludedLines: input.excluded,
      ...(input.existing ? { existingUsernames: input.existing } : {}),
      ...(input.holders ? { usernameHolders: input.holders } : {}),
      ...(input.unconfirmed ? { unconfirmedUsernames: input.unconfirmed } : {}),
      ...(input.pending ? { pendingInvitations: input.pending } : {}),
      ...(input.done ? { doneLines: input.done } : {}),
      ...(input.preexisting ? { preexistingLines: new Set(input.preexisting) } : {}),
    },
  };
}

/** A file just chosen: fresh choices, or those of its unfinished run, whose answered lines are not sent again. */
export function inputForFile(fingerprint: string, organization: OrganizationContext, unfinished: ImportJournal | null): ImportInput {
  return {
    fingerprint,
    organization,
    edits: unfinished?.edits ?? {},
    excluded: new Set(unfinished?.excluded ?? []),
    ...(unfinished
      ? {
          mapping: unfinished.mapping,
          done: new Set(unfinished.outcomes.map((outcome) => outcome.line)),
          preexisting: unfinished.preexisting ?? [],
        }
      : {}),
  };
}
