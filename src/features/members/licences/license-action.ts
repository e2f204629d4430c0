import { countOf } from '@/lib/text/plural';

import type { AddonLicense } from './licenses';
import type { BulkPlan, BulkResult } from '../bulk/bulk-action';
import type { Member } from '../types';

/**
 * Assign or revoke one entitlement of an add-on licence for a selection. `provisionUserEntitlements` gives every
 * member of a request the same entitlements, replacing what they held of the listing, so each member's new set is
 * what they hold (`holders`, read before planning) plus or minus this entitlement, and members are sent together
 * only when their new sets are equal.
 */
export type LicenseAction = {
  kind: 'assignLicense' | 'revokeLicense';
  license: AddonLicense;
  entitlement: string;
  /** What each holder of the listing holds of it, by lower-case username. */
  holders: ReadonlyMap<string, readonly string[]>;
};

/** The count check the preview shows; `enough` false blocks the run before anything is sent. */
export type LicenseCheck = {
  kind: LicenseAction['kind'];
  entitlement: string;
  title: string;
  /** null when the portal does not report it: then nothing is blocked, the portal decides. */
  purchased: number | null;
  left: number | null;
  /** Members who would receive (assign) or give back (revoke) the entitlement. */
  changing: number;
  /** Members the listing's user limit (`maxUsers`) still allows, and how many this assignment adds. */
  usersLeft: number | null;
  newUsers: number;
  enough: boolean;
};

/** Members per `provisionUserEntitlements` request (DOC: at most 25). */
export const LICENSE_MEMBERS_PER_REQUEST = 25;

export const isLicenseAction = (action: { kind: string }): action is LicenseAction => action.kind === 'assignLicense' || action.kind === 'revokeLicense';

/** What the member will hold of the listing after the change. */
export function targetEntitlements(action: LicenseAction, username: string): string[] {
  const held = action.holders.get(username.toLowerCase()) ?? [];
  return action.kind === 'assignLicense' ? [...new Set([...held, action.entitlement])] : held.filter((name) => name !== action.entitlement);
}

export function describeLicenseAction(action: LicenseAction, count: number): string {
  const members = countOf(count, 'member');
  return action.kind === 'assignLicense'
    ? `Assign ${action.entitlement} (${action.license.title}) to ${members}`
    : `Revoke ${action.entitlement} (${action.license.title}) from ${members}`;
}

export function planLicenseAction(action: LicenseAction, members: readonly Member[]): BulkPlan {
  const settled: BulkResult[] = [];
  const groups = new Map<string, string[]>();
  const seen = new Set<string>();
  let newUsers = 0;
  for (const member of members) {
    const key = member.username.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const held = action.holders.get(key) ?? [];
    const holds = held.includes(action.entitlement);
    if (action.kind === 'assignLicense' && holds) {
      settled.push({ username: member.username, fullName: member.fullName, outcome: 'unchanged', reason: `Already holds ${action.entitlement}.` });
      continue;
    }
    if (action.kind === 'revokeLicense' && !holds) {
      settled.push({ username: member.username, fullName: member.fullName, outcome: 'unchanged', reason: `Does not hold ${action.entitlement}.` });
      continue;
    }
    if (held.length === 0) newUsers += 1;
    const target = targetEntitlements(action, member.username).sort().join('\n');
    groups.set(target, [...(groups.get(target) ?? []), member.username]);
  }
  const changing = [...groups.values()].reduce((sum, usernames) => sum + usernames.length, 0);
  const purchased = action.license.entitlements.find((entitlement) => entitlement.name === action.entitlement)?.purchased ?? null;
  const assigned = [...action.holders.values()].filter((held) => held.includes(action.entitlement)).length;
  const left = purchased === null ? null : Math.max(0, purchased - assigned);
  const maxUsers = action.license.maxUsers;
  const usersLeft = maxUsers === null ? null : Math.max(0, maxUsers - [...action.holders.values()].filter((held) => held.length > 0).length);
  const isAssign = action.kind === 'assignLicense';
  const enough = !isAssign || ((left === null || changing <= left) && (usersLeft === null || newUsers <= usersLeft));
  const batches = [...groups.values()].flatMap((usernames) => {
    const chunks: string[][] = [];
    for (let index = 0; index < usernames.length; index += LICENSE_MEMBERS_PER_REQUEST)
      chunks.push(usernames.slice(index, index + LICENSE_MEMBERS_PER_REQUEST));
    return chunks;
  });
  return {
    batches,
    settled,
    seats: null,
    licenses: {
      kind: action.kind,
      entitlement: action.entitlement,
      title: action.license.title,
      purchased,
      left,
      changing,
      usersLeft,
      newUsers: isAssign ? newUsers : 0,
      enough,
    },
  };
}

/** The preview's line: "1 of 2 spatialAnalystN licences (ArcGIS Pro Extensions) left; this assigns 3." */
export function licenseCheckText(check: LicenseCheck): string {
  const what = `${check.entitlement} licences (${check.title})`;
  const left =
    check.purchased === null || check.left === null
      ? `How many ${what} were bought is not reported by the portal (it checks when the change is sent)`
      : `${check.left.toLocaleString()} of ${check.purchased.toLocaleString()} ${what} left`;
  return check.kind === 'assignLicense'
    ? `${left}; this assigns ${check.changing.toLocaleString()}.`
    : `${left}; this frees ${check.changing.toLocaleString()}.`;
}

/** Why the assignment is refused before sending, or null. */
export function licenseShortfall(check: LicenseCheck): string | null {
  if (check.enough) return null;
  if (check.left !== null && check.changing > check.left) {
    return `Not enough ${check.entitlement} licences: ${check.changing.toLocaleString()} needed, ${check.left.toLocaleString()} left. Narrow the selection or revoke licences first.`;
  }
  return `${check.title} can be held by ${countOf(check.usersLeft ?? 0, 'more member')} only; this adds ${check.newUsers.toLocaleString()}. Narrow the selection or revoke licences first.`;
}
