import { privilegeAreas, privilegeCatalogue, type Privilege, type PrivilegeArea } from './privilege-catalogue';

export type PrivilegeSection = { id: string; label: string; privileges: Privilege[] };
export type PrivilegeAreaSections = { area: PrivilegeArea | 'other'; label: string; sections: PrivilegeSection[] };

const labels = new Map(privilegeCatalogue.flatMap((group) => group.privileges.map((p) => [p.id, p.label] as const)));

/** The plain-language label of a privilege; unknown strings are shown as they are. */
export function privilegeLabel(id: string): string {
  return labels.get(id) ?? id;
}

/**
 * A role's privileges by area (General, Publisher, Premium, Administrative) and group, in catalogue order.
 * Privileges the catalogue does not know (newer portals add some) are kept under "Other", never dropped.
 */
export function groupPrivileges(privileges: readonly string[]): PrivilegeAreaSections[] {
  const held = new Set(privileges);
  const areas: PrivilegeAreaSections[] = privilegeAreas.map((area) => ({
    area: area.id,
    label: area.label,
    sections: privilegeCatalogue
      .filter((group) => group.area === area.id)
      .map((group) => ({ id: group.id, label: group.label, privileges: group.privileges.filter((p) => held.has(p.id)) }))
      .filter((section) => section.privileges.length > 0),
  }));
  const unknown = [...held].filter((id) => !labels.has(id)).sort();
  if (unknown.length > 0) {
    areas.push({
      area: 'other',
      label: 'Other',
      sections: [{ id: 'other', label: 'Other privileges', privileges: unknown.map((id) => ({ id, label: id })) }],
    });
  }
  return areas.filter((area) => area.sections.length > 0);
}

/** A group's name under its area's heading: "Administrative: Members" → "Members". */
export function shortGroupLabel(label: string): string {
  return label.includes(': ') ? label.slice(label.indexOf(': ') + 2) : label;
}

/** Catalogue groups in display order (by area), for the editor's full list. */
export function catalogueInDisplayOrder() {
  return privilegeAreas.flatMap((area) => privilegeCatalogue.filter((group) => group.area === area.id));
}

/** Catalogue order first, then privileges the catalogue does not know (kept, so saving never drops them). */
export function orderPrivileges(privileges: readonly string[]): string[] {
  const held = new Set(privileges);
  const known = catalogueInDisplayOrder().flatMap((group) => group.privileges.filter((p) => held.has(p.id)).map((p) => p.id));
  return [...known, ...[...held].filter((id) => !labels.has(id)).sort()];
}
