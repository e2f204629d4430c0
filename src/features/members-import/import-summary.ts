import type { MemberImportSummary } from './types';

/**
 * The sentence a reviewer confirms: "412 members will be added: 300 Viewer, 112 Creator; 3 rows excluded", followed by
 * the user types whose seats the portal did not report (they were not checked: the portal decides).
 */
export function describeImportSummary(summary: MemberImportSummary): string {
  const noun = summary.toAdd === 1 ? 'member' : 'members';
  const types = summary.byUserType
    .filter((type) => type.count > 0)
    .sort((a, b) => b.count - a.count)
    .map((type) => `${type.count.toLocaleString()} ${type.name}`)
    .join(', ');
  const notSent = [
    summary.counts.skipped ? `${summary.counts.skipped.toLocaleString()} ${plural(summary.counts.skipped, 'row')} excluded` : '',
    summary.counts.error ? `${summary.counts.error.toLocaleString()} ${plural(summary.counts.error, 'row')} with errors not sent` : '',
    summary.counts.exists ? `${summary.counts.exists.toLocaleString()} already ${summary.counts.exists === 1 ? 'a member' : 'members'}` : '',
    summary.counts.done ? `${summary.counts.done.toLocaleString()} done by the interrupted run` : '',
  ].filter(Boolean);
  const unreported = summary.byUserType.filter((type) => type.count > 0 && type.seatsLeft === null).map((type) => type.name);
  const seats = unreported.length
    ? ` Seats left for ${unreported.join(', ')}: not reported by the portal, so not checked; the portal refuses a member it has no seat for.`
    : '';
  return `${summary.toAdd.toLocaleString()} ${noun} will be added${types ? `: ${types}` : ''}${notSent.length ? `; ${notSent.join(', ')}` : ''}.${seats}`;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}
