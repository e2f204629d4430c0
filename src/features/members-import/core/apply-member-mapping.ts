import { accountKindOfFormat, memberFields } from './member-columns';
import type { AccountKind, MemberField, MemberMapping, MemberRow, ParsedMemberFile } from './types';

/**
 * Reads parsed rows through a (possibly user-edited) mapping into members. A Name cell fills empty first/last names
 * (split at its last space) and first + last names fill an empty Name; the Groups cell is split by `splitGroupsCell`.
 */
export function applyMemberMapping(
  file: Pick<ParsedMemberFile, 'format' | 'headers' | 'rows'>,
  mapping: MemberMapping,
  accountKind: AccountKind = accountKindOfFormat(file.format),
): MemberRow[] {
  const headerOf = Object.fromEntries(
    memberFields.map((field) => {
      const index = mapping[field];
      return [field, index === undefined ? undefined : file.headers[index]];
    }),
  ) as Record<MemberField, string | undefined>;

  return file.rows.map(({ line, cells }) => {
    const read = (field: MemberField) => {
      const header = headerOf[field];
      return header === undefined ? '' : (cells[header] ?? '');
    };
    let firstName = read('firstName');
    let lastName = read('lastName');
    let fullName = read('fullName');
    if (!firstName && !lastName && fullName) ({ firstName, lastName } = splitFullName(fullName));
    if (!fullName) fullName = [firstName, lastName].filter(Boolean).join(' ');
    return {
      line,
      firstName,
      lastName,
      fullName,
      email: read('email'),
      username: read('username'),
      password: read('password'),
      role: read('role'),
      userType: read('userType'),
      groups: splitGroupsCell(read('groups')),
      description: read('description'),
      idpUsername: read('idpUsername'),
      accountKind,
    };
  });
}

/**
 * Group titles or ids in one cell: split on `;` when the cell has one, otherwise on `,`. So a title that contains a
 * comma works when the cell uses semicolons. Blank and repeated (case-insensitive) entries are dropped.
 */
export function splitGroupsCell(cell: string): string[] {
  if (cell === '') return [];
  const seen = new Set<string>();
  const groups: string[] = [];
  for (const part of cell.split(cell.includes(';') ? ';' : ',')) {
    const group = part.trim();
    if (group && !seen.has(group.toLowerCase())) {
      seen.add(group.toLowerCase());
      groups.push(group);
    }
  }
  return groups;
}

/** "Mary Ann Smith" → first "Mary Ann", last "Smith"; one word is a first name only. */
export function splitFullName(fullName: string): { firstName: string; lastName: string } {
  const name = fullName.trim().replace(/\s+/g, ' ');
  const space = name.lastIndexOf(' ');
  if (space === -1) return { firstName: name, lastName: '' };
  return { firstName: name.slice(0, space), lastName: name.slice(space + 1) };
}
