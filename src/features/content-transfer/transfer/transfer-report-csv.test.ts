import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { transferReportToCsv } from './transfer-report-csv';

describe('transferReportToCsv', () => {
  it('writes one row per item and group with the portal’s reason, cells protected', () => {
    const csv = transferReportToCsv(
      [
        { itemId: 'a1', title: '=HYPERLINK("x")', type: 'CSV', sourceFolder: 'Roads', targetFolder: 'Roads', status: 'moved', reason: '', attempts: 1 },
        {
          itemId: 'b2',
          title: 'Parcels, 2024',
          type: 'Web Map',
          sourceFolder: '/',
          targetFolder: 'New',
          status: 'failed',
          reason: 'User grace cannot own content.',
          attempts: 1,
        },
      ],
      [{ groupId: 'g1', title: 'Water', status: 'not-transferred', reason: 'Cancelled before it was sent.', attempts: 0 }],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual(['Kind', 'Id', 'Title', 'Type', 'From folder', 'To folder', 'Result', 'Reason', 'Attempts']);
    expect(parsed[1]).toEqual(['Item', 'a1', `'=HYPERLINK("x")`, 'CSV', 'Roads', 'Roads', 'Moved', '', '1']);
    expect(parsed[2]?.[2]).toBe('Parcels, 2024');
    expect(parsed[2]?.[7]).toBe('User grace cannot own content.');
    expect(parsed[3]).toEqual(['Group', 'g1', 'Water', 'Group', '', '', 'Not transferred', 'Cancelled before it was sent.', '0']);
  });
});
