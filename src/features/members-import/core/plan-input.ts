import { memberFields } from './member-columns';
import type { MemberMapping } from './types';

/** What the import takes from a stored plan to rebuild its review (the file itself is chosen again). */
export type PlanInput = {
  fileName: string;
  fileSha256: string;
  mapping: Record<string, number>;
  fixes: Record<string, Record<string, string>>;
  exclusions: readonly number[];
};

/** A plan's mapping as the import's: every field Roster knows, those the plan does not name unmapped. */
export function memberMappingOf(mapping: Record<string, number>): MemberMapping {
  return Object.fromEntries(memberFields.map((field) => [field, typeof mapping[field] === 'number' ? mapping[field] : undefined])) as MemberMapping;
}
