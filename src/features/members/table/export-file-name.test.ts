import { describe, expect, it } from 'vitest';

import { exportFileName, fileNamePart, localDate } from './export-file-name';
import { noMemberFilters } from './member-filters';

const today = new Date(2026, 11, 6, 9, 30);

describe('exportFileName', () => {
  it('is members-<date>.csv without a filter', () => {
    expect(exportFileName('', noMemberFilters, {}, today)).toBe('members-2026-12-06.csv');
  });

  it('names the filter, by the names a person sees', () => {
    expect(exportFileName('', { ...noMemberFilters, role: 'iAAAAAAAAAAAAAAA' }, {}, today)).toBe('members-role-viewer-2026-12-06.csv');
    expect(exportFileName('', { ...noMemberFilters, role: 'org_admin' }, {}, today)).toBe('members-role-administrator-2026-12-06.csv');
    expect(exportFileName('', { ...noMemberFilters, role: 'r1' }, { roleNames: new Map([['r1', 'Help Desk']]) }, today)).toBe(
      'members-role-help-desk-2026-12-06.csv',
    );
    expect(
      exportFileName(
        '',
        { ...noMemberFilters, userType: 'GISProfessionalAdvUT' },
        { userTypeNames: new Map([['GISProfessionalAdvUT', 'GIS Professional Advanced']]) },
        today,
      ),
    ).toBe('members-usertype-gis-professional-advanced-2026-12-06.csv');
  });

  it('joins several filters and the search in the filter bar’s order', () => {
    const filters = { ...noMemberFilters, lastLogin: 'never' as const, status: 'disabled' as const, provider: 'enterprise' as const, group: 'g1' };
    expect(exportFileName('Ana Lima', filters, { groupTitle: 'Field Crews' }, today)).toBe(
      'members-search-ana-lima-lastlogin-never-status-disabled-provider-enterprise-group-field-crews-2026-12-06.csv',
    );
    expect(exportFileName('', { ...noMemberFilters, lastLogin: 'range', lastLoginFrom: '2026-01-01', lastLoginTo: '' }, {}, today)).toBe(
      'members-lastlogin-2026-01-01-to-today-2026-12-06.csv',
    );
    expect(exportFileName('', { ...noMemberFilters, lastLogin: '90' }, {}, today)).toBe('members-lastlogin-over-90-days-ago-2026-12-06.csv');
  });

  it('keeps the name safe for any file system', () => {
    expect(fileNamePart(' Zoë / "Ops" \\ *crew* ')).toBe('zoe-ops-crew');
    expect(fileNamePart('a'.repeat(60))).toHaveLength(40);
    expect(exportFileName('"""', noMemberFilters, {}, today)).toBe('members-2026-12-06.csv');
    expect(localDate(new Date(2026, 0, 2))).toBe('2026-01-02');
  });
});
