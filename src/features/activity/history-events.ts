/**
 * The organization's activity history (`portals/self/history`, ArcGIS Online only): its events as Roster shows them.
 * Only the fields the activity report documents are read (AGOL-DOC report-fields); any of them may be missing.
 */
export type ActivityEvent = {
  key: string;
  /** Epoch ms, or null when the portal did not report when. */
  time: number | null;
  action: string;
  /** `u` user, `i` item, `g` group, `a` organization… */
  idType: string;
  target: string;
  itemTitle: string | null;
  actor: string;
  actorFullName: string | null;
  ip: string | null;
  /** Supplemental information, as reported (`data`): shown as it is, never interpreted beyond key and value. */
  details: [string, string][];
};

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function timeOf(raw: Record<string, unknown>): number | null {
  for (const value of [raw.created, raw.created_utc]) {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'string' && value !== '') {
      const time = /^\d+$/.test(value) ? Number(value) : Date.parse(value);
      if (!Number.isNaN(time)) return time;
    }
  }
  return null;
}

function detailsOf(data: unknown): [string, string][] {
  let value = data;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return value === '' ? [] : [['data', value as string]];
    }
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).map(([key, entry]) => [key, typeof entry === 'string' ? entry : JSON.stringify(entry)]);
}

export function toActivityEvent(raw: Record<string, unknown>, index: number): ActivityEvent {
  const time = timeOf(raw);
  const target = text(raw.id) ?? '';
  const action = text(raw.action) ?? 'unknown';
  return {
    key: `${String(time)}-${target}-${action}-${String(index)}`,
    time,
    action,
    idType: text(raw.idType) ?? '',
    target,
    itemTitle: text(raw.itemTitle),
    actor: text(raw.actor) ?? '',
    actorFullName: text(raw.actorFullName),
    ip: text(raw.ip),
    details: detailsOf(raw.data),
  };
}

const TARGET_NAMES: Record<string, string> = { u: 'member', i: 'item', g: 'group', a: 'organization', r: 'role', inv: 'invitation' };
const ACTION_NAMES: Record<string, string> = {
  login: 'Signed in',
  failedlogin: 'Sign-in failed',
  create: 'Created',
  add: 'Added',
  update: 'Updated',
  delete: 'Deleted',
  share: 'Shared',
  unshare: 'Stopped sharing',
  addusers: 'Added members to',
  removeusers: 'Removed members from',
  updateusers: 'Updated members of',
};

/** "Shared item “Parks”", "Updated member ben.okafor", "Signed in". */
export function describeEvent(event: ActivityEvent): string {
  const verb = ACTION_NAMES[event.action.toLowerCase()] ?? event.action;
  if (event.action === 'login' || event.action === 'failedlogin') return verb;
  const what = TARGET_NAMES[event.idType] ?? event.idType;
  const name = event.itemTitle ? `“${event.itemTitle}”` : event.target;
  return [verb, what, name].filter(Boolean).join(' ');
}

const DAY = 24 * 60 * 60 * 1000;

/** `yyyy-mm-dd` inputs as the inclusive `fromDate`/`toDate` (UTC days, epoch ms); empty = open. */
export function historyDateRange(from: string, to: string): { fromDate?: number; toDate?: number } {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return {
    ...(Number.isNaN(start) ? {} : { fromDate: start }),
    ...(Number.isNaN(end) ? {} : { toDate: end + DAY - 1 }),
  };
}

/** `yyyy-mm-dd` of a time, UTC. */
export const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
