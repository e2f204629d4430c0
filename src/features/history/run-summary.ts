import { countStatuses, type RunRecord } from '@/lib/history/run-record';

/** The members' bulk results first, in the report's order; any other status after them, as recorded. */
const statusOrder = ['done', 'unchanged', 'skipped', 'failed', 'not sent'];
const rank = (status: string) => (statusOrder.includes(status) ? statusOrder.indexOf(status) : statusOrder.length);

/** "197 done, 3 skipped": members per result. */
export function countsText(record: RunRecord): string {
  const counts = countStatuses(record).sort(([a], [b]) => rank(a) - rank(b));
  if (counts.length === 0) return 'No members';
  return counts.map(([status, count]) => `${count.toLocaleString()} ${status}`).join(', ');
}

export const formatWhen = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 'not reported' : new Date(time).toLocaleString();
};
