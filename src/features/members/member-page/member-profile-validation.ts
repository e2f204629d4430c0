import type { MemberProfileChanges } from '../types';

export type ProfileErrors = Partial<Record<keyof MemberProfileChanges, string>>;

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The portal's limits for profile fields; each message names its field. */
export function validateMemberProfile(changes: MemberProfileChanges): ProfileErrors {
  const errors: ProfileErrors = {};
  if (!changes.firstName.trim()) errors.firstName = 'First name is required.';
  else if (changes.firstName.length > 128) errors.firstName = 'First name can have at most 128 characters.';
  if (!changes.lastName.trim()) errors.lastName = 'Last name is required.';
  else if (changes.lastName.length > 128) errors.lastName = 'Last name can have at most 128 characters.';
  if (!emailPattern.test(changes.email.trim())) errors.email = 'Email must be an address such as name@example.org.';
  if (changes.description.length > 250) {
    errors.description = `Description can have at most 250 characters (it has ${String(changes.description.length)}).`;
  }
  return errors;
}
