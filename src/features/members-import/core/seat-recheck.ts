import { countOf } from '@/lib/text/plural';

import { reviewStatuses, type ReviewColumns } from './import-view';
import type { ImportUserType } from './types';

/** What the portal reports now about one user type's seats (`fetchUserTypeSeats`); `null` = not reported. */
export type SeatsNow = { id: string; left: number | null };

/**
 * The organization with the seats left the portal reports now, or null when none changed. Types the answer does not
 * list keep what was known.
 */
export function withSeatsNow<T extends { userTypes: readonly ImportUserType[] | null }>(organization: T, seats: readonly SeatsNow[]): T | null {
  if (!organization.userTypes) return null;
  const leftById = new Map(seats.map((type) => [type.id, type.left]));
  const known = organization.userTypes;
  const userTypes = known.map((type) => {
    const left = leftById.get(type.id);
    return left === undefined || left === type.seatsLeft ? type : { ...type, seatsLeft: left };
  });
  return userTypes.some((type, index) => type !== known[index]) ? { ...organization, userTypes } : null;
}

const sendable = new Set([reviewStatuses.indexOf('ready'), reviewStatuses.indexOf('warning')]);

/** Lines sendable in one review and not in the other, both of the same file (same rows, same order). */
export function sendableChange(before: ReviewColumns, after: ReviewColumns): { lost: number[]; gained: number[] } {
  const lost: number[] = [];
  const gained: number[] = [];
  for (let index = 0; index < after.lines.length; index += 1) {
    const was = sendable.has(before.statuses[index] ?? -1);
    const is = sendable.has(after.statuses[index] ?? -1);
    if (was && !is) lost.push(after.lines[index] ?? 0);
    if (!was && is) gained.push(after.lines[index] ?? 0);
  }
  return { lost, gained };
}

const shownLines = 12;

/** "line 4", "lines 4, 7 and 9", "lines 2, 3, … and 988 more". */
export function describeLines(lines: readonly number[]): string {
  if (lines.length === 1) return `line ${String(lines[0])}`;
  const shown = lines.slice(0, Math.min(lines.length - 1, shownLines)).join(', ');
  const rest = lines.length - Math.min(lines.length - 1, shownLines);
  return lines.length - 1 <= shownLines ? `lines ${shown} and ${String(lines.at(-1))}` : `lines ${shown} and ${rest.toLocaleString('en-US')} more`;
}

/** Why nothing was sent: the seats the reviewer saw are not the seats the portal has now. */
export function seatsChangedMessage({ lost, gained }: { lost: readonly number[]; gained: readonly number[] }): string | null {
  if (lost.length > 0) {
    return (
      `Seats changed while you reviewed: ${countOf(lost.length, 'row')} no longer ${lost.length === 1 ? 'fits' : 'fit'} ` +
      `the seats left (${describeLines(lost)}). Nothing was sent. Give them another user type or exclude them, then add again.`
    );
  }
  if (gained.length > 0) {
    return (
      `Seats changed while you reviewed: ${countOf(gained.length, 'more row')} can now be added (${describeLines(gained)}). ` +
      'Nothing was sent. Check the review, then add again.'
    );
  }
  return null;
}
