import type { RunRecord } from './run-record';

/** Where a finished run's record is: being saved, saved (its item id), or not saved (kept here to save again). */
export type RunHistory =
  | { status: 'off' }
  | { status: 'saving'; record: RunRecord }
  | { status: 'saved'; record: RunRecord; id: string }
  | { status: 'failed'; record: RunRecord; message: string };
