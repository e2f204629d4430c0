import { describe, expect, it } from 'vitest';

import { catalogueInDisplayOrder, groupPrivileges, orderPrivileges, privilegeLabel, shortGroupLabel } from './group-privileges';
import { privilegeCatalogue } from './privilege-catalogue';

describe('privilege catalogue', () => {
  it('lists every privilege once, each with a label', () => {
    const ids = privilegeCatalogue.flatMap((group) => group.privileges.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of privilegeCatalogue) for (const p of group.privileges) expect(p.label).not.toBe('');
  });
  it('shows the editor in area order: general, publisher, premium, administrative', () => {
    const areas = catalogueInDisplayOrder().map((group) => group.area);
    expect([...new Set(areas)]).toEqual(['general', 'publisher', 'premium', 'admin']);
  });
});

describe('groupPrivileges', () => {
  it('groups a role by area and group, with labels, leaving out empty groups', () => {
    const grouped = groupPrivileges(['portal:admin:viewUsers', 'portal:user:joinGroup', 'premium:user:geocode']);
    expect(grouped.map((area) => area.label)).toEqual(['General', 'Premium', 'Administrative']);
    expect(grouped[0]?.sections).toEqual([
      { id: 'general-groups', label: 'General: Groups', privileges: [{ id: 'portal:user:joinGroup', label: 'Join groups in the organization' }] },
    ]);
    expect(grouped[2]?.sections[0]?.privileges[0]?.label).toBe('View all members');
  });
  it('keeps privileges the catalogue does not know under Other', () => {
    const grouped = groupPrivileges(['portal:user:joinGroup', 'portal:user:somethingNew']);
    expect(grouped.at(-1)).toEqual({
      area: 'other',
      label: 'Other',
      sections: [{ id: 'other', label: 'Other privileges', privileges: [{ id: 'portal:user:somethingNew', label: 'portal:user:somethingNew' }] }],
    });
    expect(privilegeLabel('portal:user:somethingNew')).toBe('portal:user:somethingNew');
  });
  it('is empty for a role without privileges', () => {
    expect(groupPrivileges([])).toEqual([]);
  });
});

describe('orderPrivileges', () => {
  it('puts known privileges in catalogue order and keeps unknown ones at the end', () => {
    expect(orderPrivileges(['zz:unknown', 'portal:admin:viewUsers', 'portal:user:joinGroup'])).toEqual([
      'portal:user:joinGroup',
      'portal:admin:viewUsers',
      'zz:unknown',
    ]);
  });
});

describe('shortGroupLabel', () => {
  it('drops the area prefix shown by the heading above', () => {
    expect(shortGroupLabel('Administrative: Members')).toBe('Members');
    expect(shortGroupLabel('Premium content')).toBe('Premium content');
  });
});
