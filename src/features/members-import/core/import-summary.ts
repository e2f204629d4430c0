import type { MemberImportSummary } from './types';
import { countOf } from '../../../lib/text/plural';

/**
 * The sentence a reviewer confirms: "412 members will be added: 300 Viewer, 112 Creator; 3 rows excluded", followed by
 * the user types short of seats ("Creator seats: 40 rows need one, 12 are left.") and those whose seats the portal did
 * not report (they were not checked: the portal decides).
 */
export function describeImportSummary(summary: MemberImportSummary): string {
  const types = summary.byUserType
    .filter((type) => type.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((type) => `${type.count.toLocaleString()} ${type.name}`)
    .join(', ');
  const notSent = [
    summary.counts.skipped ? `${countOf(summary.counts.skipped, 'row')} excluded` : '',
    summary.counts.error ? `${countOf(summary.counts.error, 'row')} with errors not sent` : '',
    summary.counts.exists ? countOf(summary.counts.exists, 'already a member', 'already members') : '',
    summary.counts.done ? `${summary.counts.done.toLocaleString()} done by the interrupted run` : '',
  ].filter(Boolean);
  const short = summary.byUserType.flatMap(({ name, needed, seatsLeft }) =>
    seatsLeft !== null && needed > seatsLeft
      ? [
          ` ${name} seats: ${needed === 1 ? '1 row needs' : `${needed.toLocaleString()} rows need`} one, ${seatsLeft.toLocaleString()} ${seatsLeft === 1 ? 'is' : 'are'} left.`,
        ]
      : [],
  );
  const unreported = summary.byUserType.filter((type) => type.count > 0 && type.seatsLeft === null).map((type) => type.name);
  const seats = unreported.length
    ? ` Seats left for ${unreported.join(', ')}: not reported by the portal, so not checked; the portal refuses a member it has no seat for.`
    : '';
  return `${countOf(summary.toAdd, 'member')} will be added${types ? `: ${types}` : ''}${notSent.length ? `; ${notSent.join(', ')}` : ''}.${short.join('')}${seats}`;
}
