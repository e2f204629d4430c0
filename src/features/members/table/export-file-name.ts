import { builtInRoleLabels } from '@/lib/arcgis/role-labels';

import type { MemberFilters } from './member-filters';

/** Names the filters' ids stand for; a missing name falls back to the id. */
export type ExportNames = {
  roleNames?: ReadonlyMap<string, string>;
  userTypeNames?: ReadonlyMap<string, string>;
  groupTitle?: string | null;
};

const lastLoginWords: Record<Exclude<MemberFilters['lastLogin'], '' | 'range'>, string> = {
  never: 'never',
  '30': 'over-30-days-ago',
  '90': 'over-90-days-ago',
  '365': 'over-a-year-ago',
};

/** "GIS Professional Advanced" → "gis-professional-advanced"; accents dropped, at most 40 characters. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/** Today in the person's own calendar, as yyyy-mm-dd. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * The export's file name says what it holds: `members-role-viewer-2026-12-06.csv` for the Viewer filter,
 * `members-2026-12-06.csv` for everyone. Each filter adds its own part, in the filter bar's order.
 */
export function exportFileName(search: string, filters: MemberFilters, names: ExportNames, now: Date): string {
  const parts: string[] = [];
  const add = (label: string, value: string) => {
    const part = fileNamePart(value);
    if (part) parts.push(`${label}-${part}`);
  };
  if (search.trim()) add('search', search);
  if (filters.role) add('role', builtInRoleLabels[filters.role] ?? names.roleNames?.get(filters.role) ?? filters.role);
  if (filters.userType) add('usertype', names.userTypeNames?.get(filters.userType) ?? filters.userType);
  if (filters.lastLogin === 'range') {
    add('lastlogin', `${filters.lastLoginFrom || 'start'} to ${filters.lastLoginTo || 'today'}`);
  } else if (filters.lastLogin) {
    add('lastlogin', lastLoginWords[filters.lastLogin]);
  }
  if (filters.status) add('status', filters.status);
  if (filters.provider) add('provider', filters.provider === 'enterprise' ? 'enterprise' : 'arcgis');
  if (filters.group) add('group', names.groupTitle ?? filters.group);
  if (filters.createdFrom || filters.createdTo) add('created', `${filters.createdFrom || 'start'} to ${filters.createdTo || 'today'}`);
  return ['members', ...parts, localDate(now)].join('-') + '.csv';
}
