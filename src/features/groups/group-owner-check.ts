import { privilegeNames } from '@/lib/arcgis/privileges';

/** A member who might own a group; `privileges` null when the portal did not report them. */
export type OwnerCandidate = { username: string; privileges: readonly string[] | null; disabled: boolean };

/**
 * Why the portal would refuse to make this member the group's owner, or null when nothing known stands in the way
 * (the portal reassigns only to an active member whose role may create groups). Unreported privileges never block.
 */
export function ownerRefusal(candidate: OwnerCandidate): string | null {
  if (candidate.disabled) return `${candidate.username} cannot own the group: the account is disabled. Enable it first, or choose another member.`;
  if (candidate.privileges && !candidate.privileges.includes(privilegeNames.createGroup)) {
    return `${candidate.username} cannot own the group: their role does not allow creating groups (the portal gives groups only to members who may create them). Choose another member, or give ${candidate.username} a role that can create groups first.`;
  }
  return null;
}
