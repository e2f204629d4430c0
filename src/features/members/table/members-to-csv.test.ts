import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { membersToCsv } from './members-to-csv';
import type { Member } from '../types';

const member: Member = {
  username: 'zoe.rossi',
  fullName: '=HYPERLINK("http://evil.example","Zoë")',
  email: 'zoe@example.org',
  role: 'org_user',
  roleId: 'iAAAAAAAAAAAAAAA',
  userTypeId: 'viewerUT',
  lastLogin: null,
  created: Date.UTC(2024, 4, 2),
  disabled: true,
  provider: 'enterprise',
  idpUsername: 'zoe@corp.example',
};

describe('membersToCsv', () => {
  it('writes names, ISO dates and defused formulas', () => {
    const csv = membersToCsv([member], { roleNames: new Map(), userTypeNames: new Map([['viewerUT', 'Viewer']]) });
    expect(csv.startsWith('\uFEFFUsername,Full name,Email')).toBe(true);
    const [, row] = Papa.parse<string[]>(csv.slice(1)).data;
    expect(row).toEqual([
      'zoe.rossi',
      '\'=HYPERLINK("http://evil.example","Zoë")',
      'zoe@example.org',
      'Viewer',
      'Viewer',
      'Never',
      '2024-05-02',
      'Disabled',
      'Enterprise',
      'zoe@corp.example',
    ]);
  });
});
