import { countOf } from '@/lib/text/plural';

import type { Member, RoleOption, UserTypeSeats } from '../types';

/** Selected members a role cannot be given to, because their user type does not allow it. */
export type RoleConflict = { username: string; userTypeName: string };

/**
 * For each role, the selected members whose user type does not allow it. Only user types for which the portal lists
 * compatible roles count: where it does not say, nothing is said (the portal decides when the change is sent).
 */
export function roleConflicts(roles: readonly RoleOption[], members: readonly Member[], userTypes: readonly UserTypeSeats[]): Map<string, RoleConflict[]> {
  const typeById = new Map(userTypes.map((type) => [type.id, type]));
  const conflicts = new Map<string, RoleConflict[]>();
  for (const role of roles) {
    const refused: RoleConflict[] = [];
    for (const member of members) {
      const type = member.userTypeId ? typeById.get(member.userTypeId) : undefined;
      if (type?.compatibleRoles && !type.compatibleRoles.includes(role.key)) {
        refused.push({ username: member.username, userTypeName: type.name });
      }
    }
    if (refused.length > 0) conflicts.set(role.key, refused);
  }
  return conflicts;
}

const NAMES_SHOWN = 3;

/**
 * What is said next to a role: "Not allowed for their user type, Contributor" (one member), "Not allowed for any of the
 * 5 selected (Contributor, Viewer)", "Not allowed for 2 of 5 selected: aabebe2, aadams (Contributor)".
 */
export function roleConflictText(conflicts: readonly RoleConflict[], selected: number): string {
  const typeNames = [...new Set(conflicts.map((conflict) => conflict.userTypeName))].join(', ');
  if (selected === 1) return `Not allowed for their user type, ${typeNames}`;
  if (conflicts.length >= selected) return `Not allowed for any of the ${selected.toLocaleString('en-US')} selected (${typeNames})`;
  const names = conflicts.slice(0, NAMES_SHOWN).map((conflict) => conflict.username);
  const more = conflicts.length - names.length;
  const who = more > 0 ? `${names.join(', ')} and ${countOf(more, 'other')}` : names.join(', ');
  return `Not allowed for ${conflicts.length.toLocaleString('en-US')} of ${selected.toLocaleString('en-US')} selected: ${who} (${typeNames})`;
}
