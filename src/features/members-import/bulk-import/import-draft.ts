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

export const importDraft = (owner: DraftOwner) => largeDraft<ImportDraft>(owner, 'members-import');
