import type { ImportGroup, ImportRole, ImportUserType } from './types';

export const viewerRoleId = 'iAAAAAAAAAAAAAAA';
export const dataEditorRoleId = 'iBBBBBBBBBBBBBBB';

// Values older files and the portal's own CSV templates use for the built-in roles (compared without case/punctuation).
const legacyRoleIds = new Map<string, string>([
  ['user', 'org_user'],
  ['orguser', 'org_user'],
  ['publisher', 'org_publisher'],
  ['orgpublisher', 'org_publisher'],
  ['admin', 'org_admin'],
  ['administrator', 'org_admin'],
  ['orgadmin', 'org_admin'],
  ['viewer', viewerRoleId],
  ['dataeditor', dataEditorRoleId],
]);

const looseKey = (value: string) => value.toLowerCase().replace(/[^a-z0-9]/g, '');
const nameKey = (value: string) => value.trim().toLowerCase().replace(/\s+/g, ' ');

/** Whether a cell holds one of the legacy built-in role values (`user`, `org_publisher`, `Data Editor` …). */
export function isLegacyRoleValue(value: string): boolean {
  return legacyRoleIds.has(looseKey(value));
}

/** Resolves a Role cell by id, then name (case-insensitive), then legacy value; undefined when none matches. */
export function createRoleResolver(roles: readonly ImportRole[]): (value: string) => ImportRole | undefined {
  const byId = new Map<string, ImportRole>();
  const byName = new Map<string, ImportRole>();
  for (const role of roles) {
    byId.set(role.id, role);
    if (!byId.has(role.id.toLowerCase())) byId.set(role.id.toLowerCase(), role);
    if (!byName.has(nameKey(role.name))) byName.set(nameKey(role.name), role);
  }
  return (value) => {
    const trimmed = value.trim();
    return byId.get(trimmed) ?? byId.get(trimmed.toLowerCase()) ?? byName.get(nameKey(trimmed)) ?? byId.get(legacyRoleIds.get(looseKey(trimmed)) ?? '');
  };
}

/** Resolves a User Type cell by id or display name, both case-insensitive. */
export function createUserTypeResolver(userTypes: readonly ImportUserType[]): (value: string) => ImportUserType | undefined {
  const byKey = new Map<string, ImportUserType>();
  for (const userType of userTypes) {
    if (!byKey.has(userType.id.toLowerCase())) byKey.set(userType.id.toLowerCase(), userType);
  }
  for (const userType of userTypes) {
    if (!byKey.has(nameKey(userType.name))) byKey.set(nameKey(userType.name), userType);
  }
  return (value) => byKey.get(value.trim().toLowerCase()) ?? byKey.get(nameKey(value));
}

export type GroupLookup = { group: ImportGroup } | { ambiguous: number } | undefined;

/** Resolves a group reference by id or title (case-insensitive); a title shared by several groups is ambiguous. */
export function createGroupResolver(groups: readonly ImportGroup[]): (value: string) => GroupLookup {
  const byId = new Map<string, ImportGroup>();
  const byTitle = new Map<string, ImportGroup[]>();
  for (const group of groups) {
    byId.set(group.id.toLowerCase(), group);
    const key = nameKey(group.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), group]);
  }
  return (value) => {
    const byIdMatch = byId.get(value.trim().toLowerCase());
    if (byIdMatch) return { group: byIdMatch };
    const titled = byTitle.get(nameKey(value)) ?? [];
    const [only] = titled;
    if (titled.length > 1) return { ambiguous: titled.length };
    return only ? { group: only } : undefined;
  };
}
