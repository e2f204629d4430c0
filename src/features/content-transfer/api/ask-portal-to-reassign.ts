import { request } from '@esri/arcgis-rest-request';

import { portalRetry } from '@/lib/arcgis/portal-retry';
import type { PortalSession } from '@/lib/arcgis/portal-session';
import { mapWithConcurrency } from '@/lib/async/run-in-lanes';
import { withRetries } from '@/lib/async/with-retries';

import { portalReason } from './content-api';

/** The documented limit of `canReassignItems` (Enterprise 11.0+). */
const BATCH_SIZE = 100;
const PER_ITEM_CONCURRENCY = 8;

type BatchAnswer = { results?: { itemId: string; success: boolean; error?: { message?: string; details?: unknown[] } }[] };

const enc = encodeURIComponent;

async function attempt<T>(send: () => Promise<T>, signal?: AbortSignal): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> {
  const outcome = await withRetries(send, portalRetry, signal);
  return outcome.ok ? { ok: true, value: outcome.value } : { ok: false, error: outcome.error };
}

type Question = { session: PortalSession; owner: string; receiver: string; signal?: AbortSignal | undefined };

/** One item at a time with `canReassign` (documented on ArcGIS Online and Enterprise): a refusal is an error answer. */
async function askPerItem({ session, owner, receiver, signal }: Question, itemIds: readonly string[]): Promise<Map<string, string>> {
  const refusals = new Map<string, string>();
  await mapWithConcurrency(itemIds, PER_ITEM_CONCURRENCY, async (itemId) => {
    const outcome = await attempt(
      () =>
        request(`${session.portal}/content/users/${enc(owner)}/items/${enc(itemId)}/canReassign`, {
          httpMethod: 'POST',
          params: { targetUsername: receiver },
          authentication: session,
          signal,
        }),
      signal,
    );
    if (!outcome.ok) {
      if (portalRetry.isTransient(outcome.error) || signal?.aborted) throw outcome.error;
      refusals.set(itemId, portalReason(outcome.error));
    }
  });
  return refusals;
}

/**
 * Asks the portal whether each item may move to `receiver`, instead of refusing on a privilege the app can only
 * guess at: item id → the portal's reason for refusing. `canReassignItems` answers 100 items a request where the
 * portal has it; a portal without it (ArcGIS Online, Enterprise before 11.0) is asked item by item.
 */
export async function askPortalToReassign(
  session: PortalSession,
  owner: string,
  receiver: string,
  itemIds: readonly string[],
  signal?: AbortSignal,
): Promise<Map<string, string>> {
  const refusals = new Map<string, string>();
  for (let start = 0; start < itemIds.length; start += BATCH_SIZE) {
    const batch = itemIds.slice(start, start + BATCH_SIZE);
    const outcome = await attempt(
      () =>
        request(`${session.portal}/content/users/${enc(owner)}/canReassignItems`, {
          httpMethod: 'POST',
          params: { items: batch.join(','), targetUsername: receiver },
          authentication: session,
          signal,
        }) as Promise<BatchAnswer>,
      signal,
    );
    if (!outcome.ok || !Array.isArray(outcome.value.results)) {
      if (!outcome.ok && (portalRetry.isTransient(outcome.error) || signal?.aborted)) throw outcome.error;
      // No batch check here (or it refused the request as a whole): the per-item check gives each item's reason.
      for (const [itemId, reason] of await askPerItem({ session, owner, receiver, signal }, itemIds.slice(start))) refusals.set(itemId, reason);
      return refusals;
    }
    for (const result of outcome.value.results) {
      if (!result.success) refusals.set(result.itemId, result.error?.message ?? 'The portal would refuse to move this item.');
    }
  }
  return refusals;
}
