import type { PlanStatus } from '@/lib/approvals/plan-status';

export const statusLabels: Record<PlanStatus['state'], string> = {
  pending: 'Waiting',
  stale: 'Waiting (changed since the last decision)',
  approved: 'Approved',
  rejected: 'Rejected',
};

/** A plan's "rows to add" as it was prepared; null when the plan does not say. */
export const rowsToAdd = (summary: Record<string, number> | undefined): number | null => (typeof summary?.toAdd === 'number' ? summary.toAdd : null);

export const formatWhen = (iso: string) => {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 'not reported' : new Date(time).toLocaleString();
};
