import { type DraftOwner, largeDraft } from '@/lib/session-drafts';

import type { MemberField, MemberMapping } from '../core/types';
import type { DraftFile } from '../worker/import-session';

/**
 * The import's review as a reload keeps it: which file (name and SHA-256), the confirmed columns, fixes and exclusions,
 * and the rows without passwords (`DraftFile`). Dropped when the import is sent, on "Start over" and on sign-out.
 */
export type ImportDraft = {
  fileName: string;
  fingerprint: string;
  savedAt: number;
  mapping: MemberMapping;
  /** Fixes without passwords (`withoutPasswords`). */
  edits: Record<number, Partial<Record<MemberField, string>>>;
  excluded: number[];
  draft: DraftFile;
};

type ReviewChoices = Omit<ImportDraft, 'draft'>;
type StoredRows = { fingerprint: string; draft: DraftFile };

/**
 * Kept in two records: the rows (megabytes for a large file, the same for every fix) are written again only when they
 * change, the fixes and exclusions on every change. Each write of the rows cost the page ~0.1 s on 50,000 rows.
 */
export function importDraft(owner: DraftOwner) {
  const choices = largeDraft<ReviewChoices>(owner, 'members-import');
  const rows = largeDraft<StoredRows>(owner, 'members-import-rows');
  let rowsWritten: DraftFile | null = null;
  return {
    /** The draft, or null when none is kept, its two records are not of the same file, or an earlier Roster kept it. */
    read: async (): Promise<ImportDraft | null> => {
      const [chosen, stored] = await Promise.all([choices.read(), rows.read()]);
      if (!chosen || stored?.fingerprint !== chosen.fingerprint || typeof (stored.draft as Partial<DraftFile>).json !== 'string') return null;
      rowsWritten = stored.draft;
      return { ...chosen, draft: stored.draft };
    },
    write: async ({ draft, ...chosen }: ImportDraft) => {
      if (draft !== rowsWritten) {
        await rows.write({ fingerprint: chosen.fingerprint, draft });
        rowsWritten = draft;
      }
      await choices.write(chosen);
    },
    remove: async () => {
      rowsWritten = null;
      await Promise.all([choices.remove(), rows.remove()]);
    },
  };
}
