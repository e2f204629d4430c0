import Papa from 'papaparse';

import { protectCell } from '@/lib/csv/protect-cell';

import type { BulkResult } from './bulk-action';

const outcomeText: Record<BulkResult['outcome'], string> = {
  done: 'Done',
  unchanged: 'Unchanged',
  skipped: 'Skipped',
  failed: 'Failed',
  'not sent': 'Not sent (cancelled)',
};

/** The per-member result list as CSV: one line each, the action repeated so the file stands alone. */
export function bulkResultsToCsv(action: string, results: readonly BulkResult[]): string {
  const rows = results.map((result) => [result.username, result.fullName, action, outcomeText[result.outcome], result.reason].map(protectCell));
  // A BOM so spreadsheets read UTF-8 names correctly.
  return `\uFEFF${Papa.unparse({ fields: ['Username', 'Full name', 'Action', 'Result', 'Reason'], data: rows }, { newline: '\r\n' })}`;
}
