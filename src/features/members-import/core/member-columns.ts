import type { AccountKind, MemberField, MemberFileFormat } from './types';

export type MemberColumn = { field: MemberField; label: string; aliases: readonly string[] };

/** The fields a member file can fill, with the header spellings each accepts (compared by `normalizeHeader`). */
export const memberColumns: readonly MemberColumn[] = [
  { field: 'firstName', label: 'First name', aliases: ['First Name', 'Given Name', 'First', 'Forename'] },
  { field: 'lastName', label: 'Last name', aliases: ['Last Name', 'Surname', 'Family Name', 'Last'] },
  { field: 'fullName', label: 'Name', aliases: ['Full Name', 'Name', 'Display Name'] },
  { field: 'email', label: 'Email', aliases: ['Email', 'Email Address', 'Mail'] },
  {
    field: 'username',
    label: 'Username',
    aliases: ['Username', 'User', 'Login', 'Login Name', 'Account', 'Account Name', 'User ID'],
  },
  { field: 'password', label: 'Password', aliases: ['Password', 'Initial Password', 'Temporary Password', 'PWD'] },
  { field: 'role', label: 'Role', aliases: ['Role', 'Role ID', 'Role Name', 'Member Role'] },
  {
    field: 'userType',
    label: 'User type',
    aliases: ['User Type', 'User Type ID', 'User Type Name', 'License Type', 'User License Type', 'License'],
  },
  { field: 'groups', label: 'Groups', aliases: ['Groups', 'Group', 'Group Names', 'Group Titles', 'Group IDs'] },
  { field: 'description', label: 'Description', aliases: ['Description', 'Desc', 'Notes'] },
  {
    field: 'idpUsername',
    label: 'IdP username',
    aliases: ['IdP Username', 'Identity Provider Username', 'SAML Username'],
  },
];

export const memberFields: readonly MemberField[] = memberColumns.map((column) => column.field);

export const memberFieldLabels = Object.fromEntries(memberColumns.map((column) => [column.field, column.label])) as Record<MemberField, string>;

/** The documented column order of the header-less, pipe-delimited CreateUsers files. */
export const createUsersHeaders = {
  'createusers-builtin': ['account', 'password', 'email', 'name', 'role', 'description'],
  'createusers-enterprise': ['login', 'email', 'name', 'role', 'description', 'idpUsername'],
} as const satisfies Partial<Record<MemberFileFormat, readonly string[]>>;

/**
 * Columns a file of each format must have. Role and User Type may be left out (rows then take the new member
 * defaults); a Name column stands in for First and Last Name.
 */
export const requiredFieldsByFormat: Record<MemberFileFormat, readonly MemberField[]> = {
  builtin: ['firstName', 'lastName', 'email', 'username', 'password'],
  saml: ['firstName', 'lastName', 'email', 'username'],
  enterprise: ['username'],
  'createusers-builtin': ['username', 'password', 'email', 'fullName'],
  'createusers-enterprise': ['username', 'email', 'fullName'],
};

/** Fields every row of an account kind must fill, when the caller does not name the file's format. */
export const requiredValueFields: Record<AccountKind, readonly MemberField[]> = {
  builtin: ['firstName', 'lastName', 'email', 'username', 'password'],
  enterprise: ['username'],
};

/** The account kind a file format implies. */
export function accountKindOfFormat(format: MemberFileFormat): AccountKind {
  return format === 'builtin' || format === 'createusers-builtin' ? 'builtin' : 'enterprise';
}

/** Lower-case letters and digits only, without accents or a parenthesised note: "E-mail (required)" → "email". */
export function normalizeHeader(header: string): string {
  return header
    .replace(/\([^)]*\)/g, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const fieldByAlias = new Map<string, MemberField>(
  memberColumns.flatMap((column) => [column.field, ...column.aliases].map((alias) => [normalizeHeader(alias), column.field] as const)),
);

/** The field a header names, ignoring case, spacing and punctuation; undefined when it names none. */
export function fieldForHeader(header: string): MemberField | undefined {
  return fieldByAlias.get(normalizeHeader(header));
}
