import { describe, expect, it } from 'vitest';

import { roleLabel } from './role-labels';

describe('roleLabel', () => {
  it('names built-in roles, fixed role ids and custom roles', () => {
    expect(roleLabel({ role: 'org_admin' })).toBe('Administrator');
    expect(roleLabel({ role: 'org_user', roleId: 'iAAAAAAAAAAAAAAA' })).toBe('Viewer');
    expect(roleLabel({ role: 'org_admin', roleId: 'hd1' }, new Map([['hd1', 'Help Desk']]))).toBe('Help Desk');
    expect(roleLabel({ role: 'org_user', roleId: 'unknown' })).toBe('Custom role');
  });
});
