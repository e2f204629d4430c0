import Papa from 'papaparse';

import { protectCell } from '@/lib/csv/protect-cell';

import type { GroupOutcome } from './group-transfer';
import type { ItemOutcome } from './run-transfer';

const headers = ['Kind', 'Id', 'Title', 'Type', 'From folder', 'To folder', 'Result', 'Reason', 'Attempts'];

const itemResult: Record<ItemOutcome['status'], string> = { moved: 'Moved', failed: 'Failed', 'not-moved': 'Not moved' };
const groupResult: Record<GroupOutcome['status'], string> = {
  transferred: 'Transferred',
  failed: 'Failed',
  'not-transferred': 'Not transferred',
};

/** The per-item (and per-group) report as CSV; every cell is safe from spreadsheet formula injection. */
export function transferReportToCsv(items: Iterable<ItemOutcome>, groups: Iterable<GroupOutcome> = []): string {
  const rows = [
    ...[...items].map((o) => ['Item', o.itemId, o.title, o.type, o.sourceFolder, o.targetFolder, itemResult[o.status], o.reason, String(o.attempts)]),
    ...[...groups].map((o) => ['Group', o.groupId, o.title, 'Group', '', '', groupResult[o.status], o.reason, String(o.attempts)]),
  ].map((row) => row.map(protectCell));
  // A BOM so spreadsheet programs read UTF-8 titles correctly.
  return `\uFEFF${Papa.unparse({ fields: headers, data: rows }, { newline: '\r\n' })}`;
}
