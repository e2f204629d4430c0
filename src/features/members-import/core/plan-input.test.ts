import { describe, expect, it } from 'vitest';

import { memberMappingOf } from './plan-input';

describe('memberMappingOf', () => {
  it('maps the fields a plan names and leaves every other known field unmapped', () => {
    const mapping = memberMappingOf({ email: 2, username: 3, notAField: 9 });
    expect(mapping.email).toBe(2);
    expect(mapping.username).toBe(3);
    expect(mapping.password).toBeUndefined();
    expect('notAField' in mapping).toBe(false);
    expect(Object.keys(mapping)).toContain('firstName');
  });
});
