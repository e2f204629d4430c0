export const maxRoleNameLength = 128;
export const maxRoleDescriptionLength = 250;

export type RoleFormValues = { name: string; description: string; privileges: readonly string[] };
export type RoleFormErrors = Partial<Record<'name' | 'description' | 'privileges', string>>;

/** Names of the default roles people already know; the portal refuses them for a custom role. */
const reservedNames = ['administrator', 'publisher', 'user', 'viewer', 'data editor'];

/**
 * Field errors for the role editor, in the portal's rules: a name of 1–128 characters that no other role has
 * (case-insensitive), a description of at most 250, and at least one privilege.
 * `otherRoleNames` are the names of every other role (not the one being edited).
 */
export function validateRoleForm(values: RoleFormValues, otherRoleNames: readonly string[]): RoleFormErrors {
  const errors: RoleFormErrors = {};
  const name = values.name.trim();
  const taken = new Set(otherRoleNames.map((other) => other.trim().toLowerCase()));
  if (name === '') errors.name = 'Enter a name for the role.';
  else if (name.length > maxRoleNameLength) {
    errors.name = `Name is ${String(name.length)} characters; the portal allows ${String(maxRoleNameLength)}.`;
  } else if (reservedNames.includes(name.toLowerCase())) errors.name = `“${name}” is the name of a default role.`;
  else if (taken.has(name.toLowerCase())) errors.name = `A role named “${name}” already exists.`;
  const description = values.description.trim();
  if (description.length > maxRoleDescriptionLength) {
    errors.description = `Description is ${String(description.length)} characters; the portal allows ${String(maxRoleDescriptionLength)}.`;
  }
  if (values.privileges.length === 0) errors.privileges = 'Choose at least one privilege.';
  return errors;
}

export function hasRoleFormErrors(errors: RoleFormErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** What saving changes, for the confirmation step. */
export function diffPrivileges(before: readonly string[], after: readonly string[]) {
  const old = new Set(before);
  const next = new Set(after);
  return { added: after.filter((p) => !old.has(p)), removed: before.filter((p) => !next.has(p)) };
}
