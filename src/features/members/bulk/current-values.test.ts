import { describe, expect, it } from 'vitest';

import { currentValues } from './current-values';
import { testMember } from '../testing-members';

describe('currentValues: what the undo compares with', () => {
  const members = [testMember('Ana', { role: 'org_user' }), testMember('ben', { role: 'org_user', roleId: 'abc123', disabled: true })];

  it('reads the role key (custom role id first) and disabled from the rows, by lower-case username', () => {
    expect([...currentValues({ kind: 'role', role: { key: 'org_publisher', name: 'Publisher' } }, members, null)]).toEqual([
      ['ana', 'org_user'],
      ['ben', 'abc123'],
    ]);
    expect(currentValues({ kind: 'enable' }, members, null).get('ben')).toBe(true);
  });

  it('reads group membership from the group, not the rows', () => {
    const group = { id: 'g1', title: 'Parcels', access: 'org' } as const;
    const values = currentValues({ kind: 'addToGroup', group }, members, new Set(['ana']));
    expect(values.get('ana')).toBe(true);
    expect(values.get('ben')).toBe(false);
  });
});
