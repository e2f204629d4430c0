/** Areas in the order the portal's role editor shows them. */
const areaByPrefix: Record<string, string> = {
  'portal:admin': 'Administrative',
  'portal:publisher': 'Publisher',
  'portal:user': 'General',
  'features:user': 'General',
  'premium:user': 'Premium',
  'premium:publisher': 'Premium',
  'opendata:user': 'Open Data',
  'marketplace:admin': 'Marketplace',
};
const areaOrder = ['General', 'Publisher', 'Premium', 'Administrative'];

const wordOverrides: Record<string, string> = {
  url: 'URL',
  urls: 'URLs',
  api: 'API',
  sql: 'SQL',
  gis: 'GIS',
  mfa: 'MFA',
  // Premium privileges are written in one lower-case word.
  featurereport: 'feature report',
  networkanalysis: 'network analysis',
  spatialanalysis: 'spatial analysis',
  geoenrichment: 'GeoEnrichment',
};

/** `portal:admin:viewUsers` → "View users"; `features:user:edit` → "Edit features" reads better, so a few are named. */
export function privilegeLabel(privilege: string): string {
  if (privilege === 'features:user:edit') return 'Edit features';
  if (privilege === 'features:user:fullEdit') return 'Edit features with full control';
  const action = privilege.split(':').at(-1) ?? privilege;
  const words = action
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_]+/)
    .filter(Boolean)
    .map((word) => wordOverrides[word.toLowerCase()] ?? word.toLowerCase());
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function privilegeArea(privilege: string): string {
  const prefix = privilege.split(':').slice(0, 2).join(':');
  if (areaByPrefix[prefix]) return areaByPrefix[prefix];
  const [first = 'Other'] = privilege.split(':');
  return first.charAt(0).toUpperCase() + first.slice(1);
}

export type PrivilegeGroup = { area: string; privileges: { privilege: string; label: string }[] };

/** Privileges grouped by area (General, Publisher, Premium, Administrative, then any other), labels sorted. */
export function groupPrivileges(privileges: readonly string[]): PrivilegeGroup[] {
  const groups = new Map<string, PrivilegeGroup['privileges']>();
  for (const privilege of new Set(privileges)) {
    const area = privilegeArea(privilege);
    const list = groups.get(area) ?? [];
    list.push({ privilege, label: privilegeLabel(privilege) });
    groups.set(area, list);
  }
  const rank = (area: string) => (areaOrder.includes(area) ? areaOrder.indexOf(area) : areaOrder.length);
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([area, list]) => ({ area, privileges: list.sort((a, b) => a.label.localeCompare(b.label)) }));
}
