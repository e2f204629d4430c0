import { createItem, getItemData, searchItems } from '@esri/arcgis-rest-portal';
import { request } from '@esri/arcgis-rest-request';

import { mapWithConcurrency } from '@/lib/async/run-in-lanes';
import { distinctRuns, readRunRecord, type RunRecord, type StoredRunRecord } from '@/lib/history/run-record';

import { toAppError } from './arcgis-error';
import { retrying } from './portal-retry';
import type { PortalSession } from './portal-session';

/**
 * The history store (issue 18): each run is a private item of the member who ran it, type `Application` with
 * `typeKeywords` `Roster, RosterRunRecord`, data = the record JSON. Administrators find every member's records
 * through the portal's item search, which returns all of the organization's items to holders of
 * `portal:admin:viewItems` (evidence in emulator/README.md, Run history).
 */
export const RUN_RECORD_ITEM_TYPE = 'Application';
export const RUN_RECORD_KEYWORD = 'RosterRunRecord';
const PAGE_SIZE = 100;
/** The newest 1,000 runs: ten pages of the search. */
export const MAX_RUN_RECORDS = 1_000;
const DATA_READS_AT_ONCE = 6;

const guard = async <T>(send: () => Promise<T>): Promise<T> => {
  try {
    return await send();
  } catch (error) {
    throw toAppError(error);
  }
};

/**
 * Stores a record as a private item of the signed-in member; transient failures are retried. The item id. A retry
 * after a lost answer can store the record twice: both hold the same `runId`, and the history shows the run once.
 */
export async function saveRunRecord(session: PortalSession, record: RunRecord): Promise<string> {
  const created = await retrying(() =>
    createItem({
      item: {
        title: `Roster run: ${record.asked.label}`.slice(0, 250),
        type: RUN_RECORD_ITEM_TYPE,
        typeKeywords: ['Roster', RUN_RECORD_KEYWORD],
        tags: ['Roster'],
        snippet: `${record.ranBy}, ${record.startedAt}`,
        text: JSON.stringify(record),
      },
      owner: session.username,
      authentication: session,
    }),
  );
  return created.id;
}

type RawItem = { id: string; owner: string };

/** The ids and owners of the stored records the signed-in member may see, newest first. */
async function searchRunRecordItems(session: PortalSession, signal?: AbortSignal): Promise<RawItem[]> {
  const items: RawItem[] = [];
  let start = 1;
  while (start > 0 && items.length < MAX_RUN_RECORDS) {
    const page = await retrying(
      () =>
        guard(() =>
          searchItems({
            q: `typekeywords:"${RUN_RECORD_KEYWORD}" AND type:"${RUN_RECORD_ITEM_TYPE}"`,
            start,
            num: PAGE_SIZE,
            sortField: 'created',
            sortOrder: 'desc',
            authentication: session,
            signal,
          }),
        ),
      undefined,
      signal,
    );
    items.push(...page.results.map((item) => ({ id: item.id, owner: item.owner })));
    start = page.nextStart;
  }
  return items;
}

/** One record, or `null` when its data is not a record Roster can read. */
export async function fetchRunRecord(session: PortalSession, item: RawItem, signal?: AbortSignal): Promise<StoredRunRecord | null> {
  const data = await retrying(() => guard(() => getItemData(item.id, { authentication: session, signal }) as Promise<unknown>), undefined, signal);
  const record = readRunRecord(data);
  return record ? { id: item.id, owner: item.owner, record } : null;
}

/** Every run the signed-in member may see, once each, with its data (the item search cannot search item data), newest first. */
export async function fetchRunRecords(session: PortalSession, signal?: AbortSignal): Promise<{ records: StoredRunRecord[]; unreadable: number }> {
  const items = await searchRunRecordItems(session, signal);
  const read = await mapWithConcurrency(items, DATA_READS_AT_ONCE, (item) => fetchRunRecord(session, item, signal));
  const records = distinctRuns(read.filter((entry): entry is StoredRunRecord => entry !== null));
  return { records, unreadable: read.length - records.length };
}

/** One record by its item id (the item's owner as the portal reports it). */
export async function fetchRunRecordById(session: PortalSession, itemId: string, signal?: AbortSignal): Promise<StoredRunRecord | null> {
  const item = (await retrying(
    () => guard(() => request(`${session.portal}/content/items/${encodeURIComponent(itemId)}`, { httpMethod: 'GET', authentication: session, signal })),
    undefined,
    signal,
  )) as RawItem;
  return fetchRunRecord(session, item, signal);
}
