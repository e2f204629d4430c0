import { splitGroupsCell } from './apply-member-mapping';
import { createGroupResolver, createRoleResolver, createUserTypeResolver } from './resolve-member-references';
import type { MemberImportContext } from './types';

/** What the review's pickers and columns need to know about the organization. */
export type ReviewOrganization = Pick<MemberImportContext, 'roles' | 'userTypes' | 'groups' | 'defaults'>;

/** The Role cell that names this role: its name when the name leads back to it, else its id. */
export function roleCell(organization: ReviewOrganization, roleId: string): string {
  const role = organization.roles.find((candidate) => candidate.id === roleId);
  if (!role) return roleId;
  return createRoleResolver(organization.roles)(role.name)?.id === role.id ? role.name : role.id;
}

/** The User Type cell that names this type: its name when the name leads back to it, else its id. */
export function userTypeCell(organization: ReviewOrganization, userTypeId: string): string {
  const types = organization.userTypes ?? [];
  const type = types.find((candidate) => candidate.id === userTypeId);
  if (!type) return userTypeId;
  return createUserTypeResolver(types)(type.name)?.id === type.id ? type.name : type.id;
}

/** A group as a Groups cell names it: its title when that names only this group and cannot be split, else its id. */
export function groupCell(organization: ReviewOrganization, groupId: string): string {
  const group = organization.groups?.find((candidate) => candidate.id === groupId);
  if (!group) return groupId;
  const found = createGroupResolver(organization.groups ?? [])(group.title);
  return found && 'group' in found && found.group.id === group.id && !/[;,]/.test(group.title) ? group.title : group.id;
}

/** References → one Groups cell that `splitGroupsCell` reads back as the same references. */
export function joinGroupsCell(references: readonly string[]): string {
  const text = references.join('; ');
  // One reference with a comma would be split on it; a trailing ';' makes the cell split on ';' instead.
  return references.length === 1 && text.includes(',') ? `${text};` : text;
}

/** The row's Groups cell with these groups added; groups it names already (by title or id) are not repeated. */
export function withGroupsAdded(cell: string, groupIds: readonly string[], organization: ReviewOrganization): string {
  const references = splitGroupsCell(cell);
  const resolve = createGroupResolver(organization.groups ?? []);
  const present = new Set(
    references.flatMap((reference) => {
      const found = resolve(reference);
      return found && 'group' in found ? [found.group.id] : [];
    }),
  );
  const added = [...new Set(groupIds)].filter((id) => !present.has(id)).map((id) => groupCell(organization, id));
  return joinGroupsCell([...references, ...added]);
}

/** The Groups cell as the reviewer reads it: group titles for the references that resolve, the rest as written. */
export function groupTitles(cell: string, organization: ReviewOrganization): string[] {
  const resolve = createGroupResolver(organization.groups ?? []);
  return splitGroupsCell(cell).map((reference) => {
    const found = resolve(reference);
    return found && 'group' in found ? found.group.title : reference;
  });
}

/** The role's name for a resolved id, else what the cell says. */
export function roleName(organization: ReviewOrganization, roleId: string, cell: string): string {
  return organization.roles.find((role) => role.id === roleId)?.name ?? cell;
}

/** The user type's name for a resolved id, else what the cell says. */
export function userTypeName(organization: ReviewOrganization, userTypeId: string, cell: string): string {
  return organization.userTypes?.find((type) => type.id === userTypeId)?.name ?? (userTypeId || cell);
}
