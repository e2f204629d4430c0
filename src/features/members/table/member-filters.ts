/**
 * Filters on the members table. Each is a parameter of the organization's listing or a clause of the portal's `q`
 * grammar (member-query.ts decides which the portal can answer). Empty = not filtered.
 */
export type MemberFilters = {
  /** `org_admin`, `org_publisher`, `org_user` or a role id (Viewer, Data Editor, custom roles). */
  role: string;
  userType: string;
  lastLogin: '' | 'never' | '30' | '90' | '365' | 'range';
  /** `yyyy-mm-dd`, inclusive, for `lastLogin: 'range'`. */
  lastLoginFrom: string;
  lastLoginTo: string;
  status: '' | 'active' | 'disabled';
  provider: '' | 'arcgis' | 'enterprise';
  /** A group id. Not a `q` clause (the user search has no group field): see group-filter.ts. */
  group: string;
  /** A member category's full path ("/Categories/Department/Finance"): the `categories` parameter, not a `q` clause. */
  category: string;
  /** `yyyy-mm-dd`, inclusive: when the account was created (`created:[from TO to]`, documented in the search reference). */
  createdFrom: string;
  createdTo: string;
};

export const noMemberFilters: MemberFilters = {
  role: '',
  userType: '',
  lastLogin: '',
  lastLoginFrom: '',
  lastLoginTo: '',
  status: '',
  provider: '',
  group: '',
  category: '',
  createdFrom: '',
  createdTo: '',
};

const DAY = 24 * 60 * 60 * 1000;
const builtInRoles = new Set(['org_admin', 'org_publisher', 'org_user']);
const idPattern = /^[\w.-]+$/;

function dayStart(value: string): number | null {
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) ? null : time;
}

/** The last-login filter as a range of sign-in times (inclusive), `'never'`, or `null` when not filtered. */
export function lastLoginRange(filters: MemberFilters, now: number): { from: number; to: number } | 'never' | null {
  if (filters.lastLogin === 'never') return 'never';
  if (filters.lastLogin === '30' || filters.lastLogin === '90' || filters.lastLogin === '365') {
    return { from: 0, to: now - Number(filters.lastLogin) * DAY };
  }
  if (filters.lastLogin === 'range') {
    const from = dayStart(filters.lastLoginFrom);
    const to = dayStart(filters.lastLoginTo);
    if (from !== null || to !== null) return { from: from ?? 0, to: to === null ? now : to + DAY - 1 };
  }
  return null;
}

/** The created-date filter as a range of creation times (inclusive), or `null` when not filtered. */
export function createdRange(filters: MemberFilters, now: number): { from: number; to: number } | null {
  const from = dayStart(filters.createdFrom);
  const to = dayStart(filters.createdTo);
  if (from === null && to === null) return null;
  return { from: from ?? 0, to: to === null ? now : to + DAY - 1 };
}

/**
 * The `q` clauses for the filters. Built-in roles exclude custom-role members, who report the same base `role`
 * with a `roleId` (a Help Desk admin is `org_admin` + roleId). `lastlogin` is -1 for members who never signed in.
 */
export function memberFilterClauses(filters: MemberFilters, now: number): string[] {
  const clauses: string[] = [];
  if (filters.role && idPattern.test(filters.role)) {
    clauses.push(builtInRoles.has(filters.role) ? `(role:${filters.role} AND NOT roleid:*)` : `roleid:${filters.role}`);
  }
  if (filters.userType && idPattern.test(filters.userType)) clauses.push(`userlicensetype:${filters.userType}`);
  const range = lastLoginRange(filters, now);
  if (range === 'never') clauses.push('lastlogin:-1');
  else if (range) clauses.push(`lastlogin:[${String(range.from)} TO ${String(range.to)}]`);
  if (filters.status) clauses.push(`disabled:${filters.status === 'disabled' ? 'true' : 'false'}`);
  if (filters.provider) clauses.push(`provider:${filters.provider}`);
  const created = createdRange(filters, now);
  if (created) clauses.push(`created:[${String(created.from)} TO ${String(created.to)}]`);
  return clauses;
}

export function hasMemberFilters(filters: MemberFilters): boolean {
  return Object.values(filters).some(Boolean);
}
