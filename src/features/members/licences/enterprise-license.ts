/**
 * An ArcGIS Enterprise portal's add-on licences as its licence reports them (Portal Administrator API `license`,
 * DOC): `apps`, `appBundles` and `extensions` (user type extensions, 10.8+), each entry `{id,
 * maximumRegisteredMembers, currentRegisteredMembers, expiration}`. Only those fields are read; a number the portal
 * does not report is `null`, never guessed. The entries carry no name: one is looked up where the portal lists it.
 */
export type LicensedAddonKind = 'app' | 'appBundle' | 'extension';
export type LicensedAddon = {
  kind: LicensedAddonKind;
  id: string;
  /** Members the licence allows (`maximumRegisteredMembers`), or null when not reported. */
  licensed: number | null;
  /** Members holding it (`currentRegisteredMembers`), or null when not reported. */
  assigned: number | null;
  /** Epoch ms, or null when not reported. */
  expiration: number | null;
};

const KEYS: readonly [LicensedAddonKind, string][] = [
  ['app', 'apps'],
  ['appBundle', 'appBundles'],
  ['extension', 'extensions'],
];

const record = (value: unknown): Record<string, unknown> | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null);

/** The licence's add-on entries, or null when the answer lists none of `apps`, `appBundles`, `extensions`. */
export function parseLicensedAddons(body: unknown): LicensedAddon[] | null {
  const answer = record(body);
  if (!answer || KEYS.every(([, key]) => !Array.isArray(answer[key]))) return null;
  return KEYS.flatMap(([kind, key]) => {
    const entries = Array.isArray(answer[key]) ? (answer[key] as unknown[]) : [];
    return entries.flatMap((entry) => {
      const item = record(entry);
      if (typeof item?.id !== 'string' || item.id === '') return [];
      const expiration = count(item.expiration);
      return [
        {
          kind,
          id: item.id,
          licensed: count(item.maximumRegisteredMembers),
          assigned: count(item.currentRegisteredMembers),
          expiration: expiration === 0 ? null : expiration,
        },
      ];
    });
  });
}

/** Licences left (never below 0), or null when either number was not reported. */
export function addonLeft(addon: Pick<LicensedAddon, 'licensed' | 'assigned'>): number | null {
  return addon.licensed === null || addon.assigned === null ? null : Math.max(0, addon.licensed - addon.assigned);
}
