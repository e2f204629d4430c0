import Papa from 'papaparse';

import { protectCell } from '@/lib/csv/protect-cell';

import type { AttributeValue, RunRecord } from './run-record';

/** One line per member: who ran what and when repeated, so the file stands alone; formula-like cells guarded. */
export function runRecordToCsv(record: RunRecord): string {
  const before = new Map(record.beforeImages.map((image) => [image.username.toLowerCase(), image]));
  const text = (value: AttributeValue) => (value === null ? '' : String(value));
  const rows = record.outcomes.map((outcome) => {
    const image = before.get(outcome.username.toLowerCase());
    return [
      outcome.username,
      outcome.fullName,
      record.asked.label,
      outcome.status,
      outcome.message,
      image ? text(image.before) : '',
      image ? text(image.after) : '',
      record.ranBy,
      record.startedAt,
      record.finishedAt,
    ].map(protectCell);
  });
  const fields = ['Username', 'Full name', 'Action', 'Result', 'Reason', 'Before', 'After', 'Run by', 'Started', 'Finished'];
  // A BOM so spreadsheets read UTF-8 names correctly.
  return `\uFEFF${Papa.unparse({ fields, data: rows }, { newline: '\r\n' })}`;
}
