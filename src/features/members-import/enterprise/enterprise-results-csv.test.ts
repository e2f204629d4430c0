import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { enterpriseResultsCsv } from './enterprise-results-csv';

describe('enterpriseResultsCsv', () => {
  it('writes one row per account with status and reason, formula-safe, readable back', () => {
    const csv = enterpriseResultsCsv([
      { username: 'HARBOR\\ada', fullname: 'Ada Lovelace', email: 'ada@harbor.local', status: 'added', reason: '' },
      { username: 'HARBOR\\eve', fullname: '=HYPERLINK("x")', email: '', status: 'not-sent', reason: 'Has no e-mail address' },
    ]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(parsed[0]).toEqual(['username', 'fullname', 'email', 'status', 'reason']);
    expect(parsed[1]).toEqual(['HARBOR\\ada', 'Ada Lovelace', 'ada@harbor.local', 'added', '']);
    expect(parsed[2]?.[1]).toBe('\'=HYPERLINK("x")');
  });
});
