import type { Invitation, MemberRow, ResolvedMember } from './types';

/** The name the portal is sent, and the review shows: the Full Name cell, else first and last name. */
export const fullNameOf = (row: Pick<MemberRow, 'fullName' | 'firstName' | 'lastName'>): string => row.fullName || `${row.firstName} ${row.lastName}`.trim();

/**
 * A validated row → the portal's invitation. Groups are left out: they are added once the account exists. A row
 * without a user type (the portal listed none) is sent without `userLicenseType`: the portal decides.
 */
export function buildInvitation(row: MemberRow, resolved: ResolvedMember): Invitation {
  const fullname = fullNameOf(row);
  const base = {
    username: row.username,
    firstname: row.firstName,
    lastname: row.lastName,
    fullname,
    email: row.email,
    role: resolved.roleId ?? 'org_user',
    ...(resolved.userTypeId ? { userLicenseType: resolved.userTypeId } : {}),
    groups: '',
    ...(row.description ? { description: row.description } : {}),
  };
  return row.accountKind === 'enterprise'
    ? { ...base, targetUserProvider: 'enterprise', idpUsername: row.idpUsername || row.username }
    : { ...base, targetUserProvider: 'arcgis', password: row.password };
}
