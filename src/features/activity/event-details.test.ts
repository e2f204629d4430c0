import { describe, expect, it } from 'vitest';

import { describeDetails } from './event-details';

describe('describeDetails', () => {
  const roleNames = new Map([['r1', 'Help Desk']]);

  it('names built-in and custom roles', () => {
    expect(describeDetails([['role', 'iAAAAAAAAAAAAAAA']], roleNames)).toEqual(['role: Viewer']);
    expect(describeDetails([['role', 'org_publisher']], roleNames)).toEqual(['role: Publisher']);
    expect(describeDetails([['roleId', 'r1']], roleNames)).toEqual(['roleId: Help Desk']);
  });

  it('says a role it cannot resolve is a custom role, with its id', () => {
    expect(describeDetails([['role', 'zzz']], roleNames)).toEqual(['role: a custom role (zzz)']);
  });

  it('shows an id as reported while the roles are not read yet, and other keys as they are', () => {
    expect(describeDetails([['role', 'r1']], undefined)).toEqual(['role: r1']);
    expect(describeDetails([['disabled', 'true']], roleNames)).toEqual(['disabled: true']);
  });
});
