import { describe, expect, it } from 'vitest';

import { validateMemberProfile } from './member-profile-validation';

const valid = { firstName: 'Ana', lastName: 'Lima', email: 'ana@example.org', description: '' };

describe('validateMemberProfile', () => {
  it('accepts a complete profile', () => {
    expect(validateMemberProfile(valid)).toEqual({});
  });
  it('names the field that is wrong', () => {
    expect(validateMemberProfile({ ...valid, firstName: ' ', email: 'ana@', description: 'x'.repeat(251) })).toEqual({
      firstName: 'First name is required.',
      email: 'Email must be an address such as name@example.org.',
      description: 'Description can have at most 250 characters (it has 251).',
    });
  });
});
