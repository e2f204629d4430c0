import { fieldForHeader, memberFields, requiredFieldsByFormat } from './member-columns';
import type { MemberField, MemberFileFormat, MemberMapping } from './types';

export type UnknownHeader = { index: number; header: string };

export type MemberHeaderMatch = {
  mapping: MemberMapping;
  /** Headers that name no field, or a field an earlier header already took. */
  unknownHeaders: UnknownHeader[];
  missingRequired: MemberField[];
};

/** A mapping with every field unmapped. */
export function emptyMemberMapping(): MemberMapping {
  return Object.fromEntries(memberFields.map((field) => [field, undefined])) as MemberMapping;
}

/** Maps headers to fields by alias (case, spacing and punctuation ignored); the first header naming a field wins. */
export function matchMemberHeaders(headers: readonly string[], format: MemberFileFormat): MemberHeaderMatch {
  const mapping = emptyMemberMapping();
  const unknownHeaders: UnknownHeader[] = [];
  headers.forEach((header, index) => {
    const field = fieldForHeader(header);
    if (field && mapping[field] === undefined) mapping[field] = index;
    else unknownHeaders.push({ index, header });
  });
  return { mapping, unknownHeaders, missingRequired: missingRequiredFields(mapping, format) };
}

/** Required fields of the format that the (possibly user-edited) mapping leaves unmapped. */
export function missingRequiredFields(mapping: MemberMapping, format: MemberFileFormat): MemberField[] {
  const isMapped = (field: MemberField) => mapping[field] !== undefined;
  return requiredFieldsByFormat[format].filter((field) => {
    if (isMapped(field)) return false;
    // A Name column is split into first and last names, and first + last names are joined into a Name.
    if (field === 'firstName' || field === 'lastName') return !isMapped('fullName');
    if (field === 'fullName') return !isMapped('firstName') && !isMapped('lastName');
    return true;
  });
}
