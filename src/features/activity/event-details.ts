import { builtInRoleLabels } from '@/lib/arcgis/role-labels';

/** The `data` keys that carry a role (`updateUserRole`'s `role` parameter: a base role or a role id). */
const ROLE_KEYS = new Set(['role', 'roleid']);

/**
 * An event's supplemental information as lines to show; a role is shown by name. `roleNames` maps the
 * organization's role keys and ids to names (undefined while they are read: ids are shown as reported);
 * an id it does not know is "a custom role (id)".
 */
export function describeDetails(details: readonly [string, string][], roleNames: ReadonlyMap<string, string> | undefined): string[] {
  return details.map(([key, value]) => {
    if (!ROLE_KEYS.has(key.toLowerCase()) || value === '') return `${key}: ${value}`;
    const name = roleNames?.get(value) ?? builtInRoleLabels[value] ?? (roleNames ? `a custom role (${value})` : value);
    return `${key}: ${name}`;
  });
}
