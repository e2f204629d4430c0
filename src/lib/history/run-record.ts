/**
 * A run's record in the history (issue 18): what was asked, who ran it and when, what happened to each member and,
 * for member actions, what each changed member was before (for "Undo this run"). Stored in the portal as an item's
 * data (src/lib/arcgis/run-record-items.ts); never holds a password.
 */

/** The one attribute a member action changes, as a comparable value: a role key, a user type id, disabled, group membership, credits. */
export type AttributeValue = string | number | boolean | null;

/** A member the run changed: what they were before and what the run set. */
export type BeforeImage = { username: string; fullName: string; before: AttributeValue; after: AttributeValue };

export type RunKind = 'memberAction' | 'import' | 'transfer' | 'offboarding';

export type RunOutcome = { username: string; fullName: string; status: string; message: string };

/**
 * One item or group a transfer sent, and what became of it (only transfers and offboarding keep these). `folder`: the
 * title of the giver's folder the item came from ('/' for the root), so an undo puts it back; absent in older records.
 */
export type RunDetail = { kind: 'item' | 'group'; id: string; title: string; type: string; to: string; status: string; message: string; folder?: string };

export const RUN_RECORD_VERSION = 1;

export type RunRecord = {
  version: typeof RUN_RECORD_VERSION;
  /**
   * The run's own id, made once before the first save attempt: a save retried after a lost answer stores the same
   * run twice, and the history shows it once (`distinctRuns`). `null` for records saved before it existed: optional
   * fields are added without a new version, so any Roster reads any record.
   */
  runId: string | null;
  kind: RunKind;
  /** `action`: the run's own description of the change (for member actions, the bulk action), `label`: as the confirm button said it. */
  asked: { action: unknown; label: string };
  ranBy: string;
  /** ISO 8601. */
  startedAt: string;
  finishedAt: string;
  outcomes: RunOutcome[];
  beforeImages: BeforeImage[];
  /** Per item or group (transfers, offboarding); `[]` when the run kept none. Optional in the stored data. */
  details: RunDetail[];
  /** The record id of the run this one undid. */
  undoOf: string | null;
};

/** A record as read back from the portal: the item's id and owner beside the data. */
export type StoredRunRecord = { id: string; owner: string; record: RunRecord };

export type RunRecordInput = {
  /** Made here when not given. */
  runId?: string;
  kind: RunKind;
  action: unknown;
  label: string;
  ranBy: string;
  startedAt: Date;
  finishedAt: Date;
  outcomes: readonly RunOutcome[];
  beforeImages?: readonly BeforeImage[];
  details?: readonly RunDetail[];
  undoOf?: string | null;
};

const passwordLike = /pass(word)?|pwd/i;

/** Drops any password-like field of the asked action, however deep: a record is readable by every administrator. */
function withoutPasswords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPasswords);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !passwordLike.test(key))
        .map(([key, entry]) => [key, withoutPasswords(entry)]),
    );
  }
  return value;
}

export function buildRunRecord(input: RunRecordInput): RunRecord {
  return {
    version: RUN_RECORD_VERSION,
    runId: input.runId ?? crypto.randomUUID(),
    kind: input.kind,
    asked: { action: withoutPasswords(input.action), label: input.label },
    ranBy: input.ranBy,
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    outcomes: input.outcomes.map(({ username, fullName, status, message }) => ({ username, fullName, status, message })),
    beforeImages: (input.beforeImages ?? []).map(({ username, fullName, before, after }) => ({ username, fullName, before, after })),
    details: (input.details ?? []).map(({ kind, id, title, type, to, status, message, folder }) => ({
      kind,
      id,
      title,
      type,
      to,
      status,
      message,
      ...(folder !== undefined ? { folder } : {}),
    })),
    undoOf: input.undoOf ?? null,
  };
}

/** A run's outcome as the imports and transfers report it: `reason` or `message` beside the status. */
export type ReportedOutcome = { username: string; fullName?: string; status: string; reason?: string; message?: string };

/** The record of a run that reports its own outcomes (imports, transfers), finished now. */
export function buildReportedRunRecord(
  input: Omit<RunRecordInput, 'finishedAt' | 'outcomes'> & { outcomes: readonly ReportedOutcome[] },
  finishedAt = new Date(),
): RunRecord {
  const outcomes = input.outcomes.map((outcome) => ({
    username: outcome.username,
    fullName: outcome.fullName ?? '',
    status: outcome.status,
    message: outcome.message ?? outcome.reason ?? '',
  }));
  return buildRunRecord({ ...input, outcomes, finishedAt });
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isAttribute = (value: unknown): value is AttributeValue => value === null || ['string', 'number', 'boolean'].includes(typeof value);
const kinds: readonly RunKind[] = ['memberAction', 'import', 'transfer', 'offboarding'];

const textOr = (value: unknown) => (isString(value) ? value : '');

/** The details a record holds, leaving out malformed entries; none when it has no such field (older records). */
function readDetails(value: unknown): RunDetail[] {
  if (!Array.isArray(value)) return [];
  return (value as unknown[])
    .filter((entry): entry is Record<string, unknown> => Boolean(entry) && typeof entry === 'object')
    .filter((entry) => (entry.kind === 'item' || entry.kind === 'group') && isString(entry.id) && isString(entry.status))
    .map((entry) => ({
      kind: entry.kind as RunDetail['kind'],
      id: entry.id as string,
      title: textOr(entry.title),
      type: textOr(entry.type),
      to: textOr(entry.to),
      status: entry.status as string,
      message: textOr(entry.message),
      ...(isString(entry.folder) ? { folder: entry.folder } : {}),
    }));
}

/** An item's data as a record, or `null` when it is not one Roster can read (another version, edited by hand). */
export function readRunRecord(data: unknown): RunRecord | null {
  if (!data || typeof data !== 'object') return null;
  const raw = data as Record<string, unknown>;
  const asked = raw.asked as Record<string, unknown> | undefined;
  if (raw.version !== RUN_RECORD_VERSION || !kinds.includes(raw.kind as RunKind) || !asked || !isString(asked.label)) return null;
  if (!isString(raw.ranBy) || !isString(raw.startedAt) || !isString(raw.finishedAt) || !Array.isArray(raw.outcomes)) return null;
  const outcomes = (raw.outcomes as unknown[]).filter(
    (entry): entry is RunOutcome => Boolean(entry) && isString((entry as RunOutcome).username) && isString((entry as RunOutcome).status),
  );
  const beforeImages = (Array.isArray(raw.beforeImages) ? (raw.beforeImages as unknown[]) : []).filter(
    (entry): entry is BeforeImage =>
      Boolean(entry) && isString((entry as BeforeImage).username) && isAttribute((entry as BeforeImage).before) && isAttribute((entry as BeforeImage).after),
  );
  return {
    version: RUN_RECORD_VERSION,
    runId: isString(raw.runId) && raw.runId !== '' ? raw.runId : null,
    kind: raw.kind as RunKind,
    asked: { action: asked.action, label: asked.label },
    ranBy: raw.ranBy,
    startedAt: raw.startedAt,
    finishedAt: raw.finishedAt,
    outcomes: outcomes.map((entry) => ({
      username: entry.username,
      fullName: isString(entry.fullName) ? entry.fullName : '',
      status: entry.status,
      message: isString(entry.message) ? entry.message : '',
    })),
    beforeImages: beforeImages.map((entry) => ({ ...entry, fullName: isString(entry.fullName) ? entry.fullName : '' })),
    details: readDetails(raw.details),
    undoOf: isString(raw.undoOf) ? raw.undoOf : null,
  };
}

/**
 * Each run once: of the items holding the same `runId` (a save retried after a lost answer), the earliest is kept, in
 * its place. `records` are newest first, as the history reads them; records without a `runId` are all kept.
 */
export function distinctRuns<T extends { record: Pick<RunRecord, 'runId'> }>(records: readonly T[]): T[] {
  const earliest = new Map<string, T>();
  for (const entry of records) if (entry.record.runId !== null) earliest.set(entry.record.runId, entry);
  return records.filter((entry) => entry.record.runId === null || earliest.get(entry.record.runId) === entry);
}

/** Whether the run touched (was asked about) a member whose username contains `member`, case-insensitively. */
export function touchesMember(record: RunRecord, member: string): boolean {
  const wanted = member.trim().toLowerCase();
  if (!wanted) return true;
  return record.outcomes.some((outcome) => outcome.username.toLowerCase().includes(wanted));
}

/** Members per status, in the order they first appear: "200 done, 3 failed". */
export function countStatuses(record: RunRecord): [string, number][] {
  const counts = new Map<string, number>();
  for (const { status } of record.outcomes) counts.set(status, (counts.get(status) ?? 0) + 1);
  return [...counts];
}

/** Whether the history offers "Undo this run…": a member change that changed someone and was not itself an undo. */
/**
 * Runs Roster can undo: members' bulk changes (from their before-images) and content transfers (each moved item and
 * group back to the giver). An undo is not undone again, and an offboarding is not offered: its account step (disable,
 * delete) is outside what a transfer can reverse.
 */
export const offersUndo = (record: RunRecord) =>
  record.undoOf === null &&
  ((record.kind === 'memberAction' && record.beforeImages.length > 0) ||
    (record.kind === 'transfer' && record.details.some((detail) => detail.status === 'moved')));

export const runKindLabels: Record<RunKind, string> = {
  memberAction: 'Member change',
  import: 'Import',
  transfer: 'Content transfer',
  offboarding: 'Offboarding',
};
