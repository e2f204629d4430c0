import Papa from 'papaparse';

import { roleLabel } from '@/lib/arcgis/role-labels';
import { protectCell } from '@/lib/csv/protect-cell';

import type { Member, MemberLookups } from '../types';

const headers = ['Username', 'Full name', 'Email', 'Role', 'User type', 'Last login', 'Created', 'Status', 'Identity provider', 'IdP username'];

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** Members as CSV for spreadsheets: names not ids, ISO dates, every cell safe from formula injection. */
export function membersToCsv(members: readonly Member[], lookups: MemberLookups | undefined): string {
  const rows = members.map((member) =>
    [
      member.username,
      member.fullName,
      member.email,
      roleLabel(member, lookups?.roleNames),
      member.userTypeId ? (lookups?.userTypeNames.get(member.userTypeId) ?? member.userTypeId) : '',
      member.lastLogin === null ? 'Never' : isoDate(member.lastLogin),
      isoDate(member.created),
      member.disabled ? 'Disabled' : 'Active',
      member.provider === 'enterprise' ? 'Enterprise' : 'Built-in',
      member.idpUsername,
    ].map(protectCell),
  );
  // A BOM so Excel reads UTF-8 names (Zoë, Łukasz) correctly.
  return `\uFEFF${Papa.unparse({ fields: headers, data: rows }, { newline: '\r\n' })}`;
}
