import type { Member } from '../types';

type UserCreditFields = { assignedCredits?: unknown; availableCredits?: unknown };

/** -1 means "no allocation" (RJS user-search mock; PY treats -1 as no default assignment); a missing field stays missing. */
function readCredits(value: unknown): number | null | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value === null ? null : undefined;
  return value < 0 ? null : value;
}

/** A member's credit fields as the portal reported them; fields it left out (ArcGIS Enterprise) stay out. */
export function creditFieldsOf(user: UserCreditFields): Pick<Member, 'assignedCredits' | 'availableCredits'> {
  const assigned = readCredits(user.assignedCredits);
  const available = readCredits(user.availableCredits);
  return {
    ...(assigned === undefined ? {} : { assignedCredits: assigned }),
    ...(available === undefined ? {} : { availableCredits: available }),
  };
}

const creditNumber = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });
export const formatCredits = (value: number) => creditNumber.format(value);

/** "500 allocated, 379.5 available", "No allocation", or what the portal did not report. */
export function creditSummary(member: Pick<Member, 'assignedCredits' | 'availableCredits'>): string {
  if (member.assignedCredits === undefined) return 'Not reported';
  if (member.assignedCredits === null) return 'No allocation';
  const available = member.availableCredits == null ? 'available not reported' : `${formatCredits(member.availableCredits)} available`;
  return `${formatCredits(member.assignedCredits)} allocated, ${available}`;
}

export type CreditAmount = { ok: true; value: number } | { ok: false; message: string };

/** The amount typed for an allocation: a whole number of credits, 0 or more. */
export function parseCreditAmount(text: string): CreditAmount {
  const trimmed = text.trim().replace(/[,\s]/g, '');
  if (trimmed === '') return { ok: false, message: 'Enter a number of credits.' };
  if (!/^\d+$/.test(trimmed)) return { ok: false, message: 'Enter a whole number of credits, 0 or more (no decimals or minus sign).' };
  const value = Number(trimmed);
  if (!Number.isSafeInteger(value)) return { ok: false, message: 'That number of credits is too large.' };
  return { ok: true, value };
}
