/** An account of the enterprise identity store, as `searchEnterpriseUsers` and `getUsersWithinEnterpriseGroup` answer it. */
export type EnterpriseAccount = { username: string; fullname: string; email: string; description: string };

export type EnterpriseRowStatus = 'ready' | 'member' | 'no-email' | 'duplicate' | 'removed';

export type EnterpriseReviewRow = {
  account: EnterpriseAccount;
  status: EnterpriseRowStatus;
  /** Why the account is not sent; empty when it is. */
  reason: string;
};

const REASONS: Record<Exclude<EnterpriseRowStatus, 'ready'>, string> = {
  member: 'Already a member of this organization: not added again.',
  'no-email': 'Has no e-mail address in the identity store, and the portal needs one: not added.',
  duplicate: 'Listed twice: added once.',
  removed: 'Removed by you: not added.',
};

/**
 * What happens to each account if the reviewer adds them: ready, or why not (already a member, no e-mail, listed
 * twice, removed). Logins compare case-insensitively, as Windows and LDAP logins do. Pure.
 */
export function reviewEnterpriseAccounts(
  accounts: readonly EnterpriseAccount[],
  memberLogins: ReadonlySet<string>,
  removed: ReadonlySet<string> = new Set(),
): EnterpriseReviewRow[] {
  const seen = new Set<string>();
  return accounts.map((account) => {
    const login = account.username.toLowerCase();
    const status: EnterpriseRowStatus = seen.has(login)
      ? 'duplicate'
      : memberLogins.has(login)
        ? 'member'
        : account.email.trim() === ''
          ? 'no-email'
          : removed.has(login)
            ? 'removed'
            : 'ready';
    seen.add(login);
    return { account, status, reason: status === 'ready' ? '' : REASONS[status] };
  });
}

export type EnterpriseReviewSummary = Record<EnterpriseRowStatus, number>;

export function summarizeEnterpriseReview(rows: readonly EnterpriseReviewRow[]): EnterpriseReviewSummary {
  const summary: EnterpriseReviewSummary = { ready: 0, member: 0, 'no-email': 0, duplicate: 0, removed: 0 };
  for (const row of rows) summary[row.status] += 1;
  return summary;
}

/**
 * First and last name for `createUser` (both required) from a directory full name: the last word is the surname
 * ("Mary Ann Smith" → "Mary Ann", "Smith"); a one-word name is used for both; an empty one falls back to the login.
 */
export function splitFullName(fullname: string, username: string): { firstname: string; lastname: string } {
  const words = fullname.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    // `DOMAIN\user` → user; `user@DOMAIN` → user.
    const login = (username.includes('\\') ? username.split('\\').at(-1) : username.split('@')[0]) ?? username;
    return { firstname: login, lastname: login };
  }
  if (words.length === 1) return { firstname: words[0] ?? '', lastname: words[0] ?? '' };
  return { firstname: words.slice(0, -1).join(' '), lastname: words.at(-1) ?? '' };
}
