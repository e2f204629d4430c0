const DAY = 24 * 60 * 60 * 1000;

export type RecencyBucketKey = 'month' | 'quarter' | 'year' | 'older' | 'never';

/** The members table's URL filter for the bucket (keys `login`, `from`, `to`, as the table reads them). */
export type RecencyFilter = { login: 'range' | 'never'; from?: string; to?: string };

export type RecencyBucket = { key: RecencyBucketKey; label: string; filter: RecencyFilter; clause: string };

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

function startOfUtcDay(time: number): number {
  return Math.floor(time / DAY) * DAY;
}

/**
 * Last-login recency as whole UTC days, so each count equals what the members table shows for the same
 * filter: the table reads a `from`/`to` range as `lastlogin:[start of from TO end of to]`, and `never` as
 * `lastlogin:-1`. Buckets do not overlap and together cover every member.
 */
export function recencyBuckets(now: number): RecencyBucket[] {
  const today = startOfUtcDay(now);
  const daysAgo = (days: number) => today - days * DAY;
  const range = (key: RecencyBucketKey, label: string, fromDays: number | null, toDays: number): RecencyBucket => {
    const from = fromDays === null ? undefined : isoDay(daysAgo(fromDays));
    const to = isoDay(daysAgo(toDays));
    const start = fromDays === null ? 0 : daysAgo(fromDays);
    const end = daysAgo(toDays) + DAY - 1;
    return {
      key,
      label,
      filter: { login: 'range', ...(from ? { from } : {}), to },
      clause: `lastlogin:[${String(start)} TO ${String(end)}]`,
    };
  };
  return [
    range('month', 'Last 30 days', 29, 0),
    range('quarter', '30–89 days ago', 89, 30),
    range('year', '90–364 days ago', 364, 90),
    range('older', 'A year ago or more', null, 365),
    { key: 'never', label: 'Never signed in', filter: { login: 'never' }, clause: 'lastlogin:-1' },
  ];
}
