import { describe, expect, it } from 'vitest';

import { reviewEnterpriseAccounts, splitFullName, summarizeEnterpriseReview, type EnterpriseAccount } from './enterprise-review';

const account = (username: string, email = `${username.split('\\').at(-1) ?? ''}@harbor.local`, fullname = 'Ada Lovelace'): EnterpriseAccount => ({
  username,
  fullname,
  email,
  description: '',
});

describe('reviewEnterpriseAccounts', () => {
  it('marks members, accounts without e-mail, duplicates and removed accounts, case-insensitively', () => {
    const rows = reviewEnterpriseAccounts(
      [account('HARBOR\\ada'), account('HARBOR\\bob'), account('HARBOR\\cy', ''), account('harbor\\ADA'), account('HARBOR\\dee')],
      new Set(['harbor\\bob']),
      new Set(['harbor\\dee']),
    );
    expect(rows.map((row) => row.status)).toEqual(['ready', 'member', 'no-email', 'duplicate', 'removed']);
    expect(rows[2]?.reason).toContain('no e-mail');
    expect(rows[0]?.reason).toBe('');
    expect(summarizeEnterpriseReview(rows)).toEqual({ ready: 1, member: 1, 'no-email': 1, duplicate: 1, removed: 1 });
  });

  it('a member is reported as a member even when the directory has no e-mail for them', () => {
    expect(reviewEnterpriseAccounts([account('HARBOR\\bob', '')], new Set(['harbor\\bob']))[0]?.status).toBe('member');
  });
});

describe('splitFullName', () => {
  it('takes the last word as the surname', () => {
    expect(splitFullName('Mary Ann Smith', 'HARBOR\\msmith')).toEqual({ firstname: 'Mary Ann', lastname: 'Smith' });
    expect(splitFullName('  Cher ', 'HARBOR\\cher')).toEqual({ firstname: 'Cher', lastname: 'Cher' });
  });

  it('falls back to the login without its domain', () => {
    expect(splitFullName('', 'HARBOR\\jdoe')).toEqual({ firstname: 'jdoe', lastname: 'jdoe' });
    expect(splitFullName('', 'jdoe@HARBOR')).toEqual({ firstname: 'jdoe', lastname: 'jdoe' });
  });
});
