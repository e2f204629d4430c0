import { describe, expect, it } from 'vitest';

import { privilegeCatalogue } from '@/lib/arcgis/privilege-catalogue';

import { builtInRoles } from './built-in-roles';

describe('builtInRoles', () => {
  it('Administrator holds everything; Publisher holds more than User', () => {
    const [admin, publisher, user] = builtInRoles;
    const all = privilegeCatalogue.flatMap((group) => group.privileges.map((p) => p.id));
    expect(admin?.privileges).toEqual(all);
    expect(user?.privileges.every((p) => publisher?.privileges.includes(p))).toBe(true);
    expect(publisher?.privileges.length).toBeGreaterThan(user?.privileges.length ?? 0);
    for (const role of builtInRoles) for (const p of role.privileges) expect(all).toContain(p);
  });
});
