/**
 * The Portal Administrator API of an ArcGIS Enterprise portal sits beside the Sharing API under the web adaptor:
 * `https://host/portal/sharing/rest` → `https://host/portal/portaladmin` (DOC: `https://<root>/security/users/…` with
 * root `…/<webadaptor>/portaladmin`). ArcGIS Online has none. Pure (the `check-members` script uses it too).
 */
export function portalAdminRoot(sharingRoot: string): string {
  return sharingRoot.replace(/\/sharing\/rest\/?$/i, '/portaladmin');
}

/**
 * DOC license (Portal Administrator API): an Enterprise portal's seats per user type, `userTypes[].id` →
 * `maximumRegisteredMembers`; a type without a finite number is left out (not reported). Pure.
 */
export function seatsFromLicense(license: unknown): Map<string, number> {
  const seats = new Map<string, number>();
  const types = typeof license === 'object' && license !== null ? (license as { userTypes?: unknown }).userTypes : undefined;
  if (!Array.isArray(types)) return seats;
  for (const type of types as { id?: unknown; maximumRegisteredMembers?: unknown }[]) {
    const max = type.maximumRegisteredMembers;
    if (typeof type.id === 'string' && typeof max === 'number' && Number.isFinite(max)) seats.set(type.id, max);
  }
  return seats;
}
