import Papa from 'papaparse';

import { protectCell } from '@/lib/csv/protect-cell';

import type { AttributeValue, RunRecord } from './run-record';

/**
 * One line per member: who ran what and when repeated, so the file stands alone; formula-like cells guarded. A run
 * that kept per-item results (transfers, offboarding) adds a line per item or group after the members, in four more
 * columns (empty on the members' lines).
 */
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
    ];
  });
  const details = record.details.map((detail) => [
    detail.to,
    '',
    record.asked.label,
    detail.status,
    detail.message,
    '',
    '',
    record.ranBy,
    record.startedAt,
    record.finishedAt,
    detail.kind,
    detail.id,
    detail.title,
    detail.type,
  ]);
  const hasDetails = details.length > 0;
  const fields = ['Username', 'Full name', 'Action', 'Result', 'Reason', 'Before', 'After', 'Run by', 'Started', 'Finished'];
  if (hasDetails) fields.push('Item or group', 'Id', 'Title', 'Type');
  const data = [...rows.map((row) => (hasDetails ? [...row, '', '', '', ''] : row)), ...details].map((row) => row.map(protectCell));
  // A BOM so spreadsheets read UTF-8 names correctly.
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}`;
}
