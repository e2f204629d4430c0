import { countStatuses, type RunRecord } from '@/lib/history/run-record';

const statusNames: Record<string, string> = { done: 'done', unchanged: 'unchanged', skipped: 'skipped', failed: 'failed', 'not sent': 'not sent' };

/** "197 done, 3 skipped": members per result, in the order they appear. */
export function countsText(record: RunRecord): string {
  const counts = countStatuses(record);
  if (counts.length === 0) return 'No members';
  return counts.map(([status, count]) => `${count.toLocaleString()} ${statusNames[status] ?? status}`).join(', ');
}

export const formatWhen = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 'not reported' : new Date(time).toLocaleString();
};
