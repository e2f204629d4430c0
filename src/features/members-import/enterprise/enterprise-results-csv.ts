import Papa from 'papaparse';

import { protectCell } from '@/lib/csv/protect-cell';

import type { EnterpriseAddOutcome } from './add-enterprise-accounts';

/** The run's report, one row per account: BOM for Excel, CRLF, every cell safe from formula injection. */
export function enterpriseResultsCsv(outcomes: readonly EnterpriseAddOutcome[]): string {
  const rows = [['username', 'fullname', 'email', 'status', 'reason'], ...outcomes.map((o) => [o.username, o.fullname, o.email, o.status, o.reason])].map(
    (row) => row.map(protectCell),
  );
  return `\uFEFF${Papa.unparse(rows, { newline: '\r\n' })}`;
}
