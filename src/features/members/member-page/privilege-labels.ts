import { groupPrivileges as groupByCatalogue } from '@/lib/arcgis/group-privileges';

export type PrivilegeGroup = { area: string; privileges: { privilege: string; label: string }[] };

/**
 * A member's privileges by area (General, Publisher, Premium, Administrative, then Other), with the same
 * plain-language labels the role editor uses; privileges the catalogue does not know are shown as they are.
 */
export function groupPrivileges(privileges: readonly string[]): PrivilegeGroup[] {
  return groupByCatalogue(privileges).map((area) => ({
    area: area.label,
    privileges: area.sections.flatMap((section) => section.privileges.map(({ id, label }) => ({ privilege: id, label }))),
  }));
}
