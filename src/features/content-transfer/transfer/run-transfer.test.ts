import { describe, expect, it } from 'vitest';

import { contentItem } from '@/testing/fixtures/content-transfer/content-item';

import { buildTransferPlan, type PlannedItem } from './build-transfer-plan';
import { runTransfer, type RunTransferOptions } from './run-transfer';
import type { ContentItem } from '../types';

const item = (id: string): ContentItem => contentItem(id);

class Transient extends Error {}

function options(ids: string[], reassign: (entry: PlannedItem) => Promise<void>, extra: Partial<RunTransferOptions> = {}): RunTransferOptions {
  const plan = buildTransferPlan({
    owner: 'frank',
    receiver: 'grace',
    selected: ids.map(item),
    related: [],
    relations: [{ from: 'layer', to: 'csv' }],
    strategy: { kind: 'root' },
    folderTitles: new Map(),
    receiverFolderTitles: [],
  });
  return {
    plan,
    runnable: new Set(plan.units.map((unit) => unit.id)),
    blockedReasons: new Map(),
    reassign,
    isMoved: () => Promise.resolve(false),
    reasonOf: (error) => (error instanceof Error ? error.message : String(error)),
    retry: { isTransient: (error) => error instanceof Transient, maxAttempts: 3, backoffMs: () => 0, sleep: () => Promise.resolve() },
    concurrency: 4,
    isCancelled: () => false,
    onProgress: () => undefined,
    ...extra,
  };
}

const statuses = (outcomes: Map<string, { status: string }>) => Object.fromEntries([...outcomes].map(([id, o]) => [id, o.status]));

describe('runTransfer', () => {
  it('never has more requests in flight than the concurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    const ids = Array.from({ length: 20 }, (_, index) => `i${String(index)}`);
    const outcomes = await runTransfer(
      options(ids, async () => {
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 1));
        inFlight -= 1;
      }),
    );
    expect(peak).toBe(4);
    expect([...outcomes.values()].every((o) => o.status === 'moved')).toBe(true);
  });

  it('retries transient failures only', async () => {
    const calls = new Map<string, number>();
    const outcomes = await runTransfer(
      options(['flaky', 'refused'], (entry) => {
        const count = (calls.get(entry.item.id) ?? 0) + 1;
        calls.set(entry.item.id, count);
        if (entry.item.id === 'flaky' && count < 3) return Promise.reject(new Transient('503'));
        if (entry.item.id === 'refused') return Promise.reject(new Error('User grace cannot own content.'));
        return Promise.resolve();
      }),
    );
    expect(statuses(outcomes)).toEqual({ flaky: 'moved', refused: 'failed' });
    expect(outcomes.get('flaky')?.attempts).toBe(3);
    expect(calls.get('refused')).toBe(1);
    expect(outcomes.get('refused')?.reason).toBe('User grace cannot own content.');
  });

  it('reports both related items when one of them fails', async () => {
    const outcomes = await runTransfer(
      options(['layer', 'csv'], (entry) => (entry.item.id === 'csv' ? Promise.reject(new Error('Denied')) : Promise.resolve())),
    );
    expect(statuses(outcomes)).toEqual({ layer: 'moved', csv: 'failed' });
    expect(outcomes.get('layer')?.reason).toMatch(/related “Item csv” failed: Denied/);
  });

  it('does not send the rest of a unit after its first item failed', async () => {
    const sent: string[] = [];
    const outcomes = await runTransfer(
      options(['layer', 'csv'], (entry) => {
        sent.push(entry.item.id);
        return Promise.reject(new Error('Denied'));
      }),
    );
    expect(sent).toEqual(['layer']);
    expect(statuses(outcomes)).toEqual({ layer: 'failed', csv: 'not-moved' });
  });

  it('reports blocked units without sending them and stops starting units once cancelled', async () => {
    let cancelled = false;
    const sent: string[] = [];
    const base = options(['a', 'b', 'c', 'd'], (entry) => {
      sent.push(entry.item.id);
      cancelled = true;
      return Promise.resolve();
    });
    const outcomes = await runTransfer({
      ...base,
      concurrency: 1,
      runnable: new Set(['b', 'c', 'd']),
      blockedReasons: new Map([['a', 'Shared with a group grace is not in.']]),
      isCancelled: () => cancelled,
    });
    expect(sent).toEqual(['b']);
    expect(statuses(outcomes)).toEqual({ a: 'not-moved', b: 'moved', c: 'not-moved', d: 'not-moved' });
    expect(outcomes.get('a')?.reason).toBe('Shared with a group grace is not in.');
    expect(outcomes.get('c')?.reason).toBe('Cancelled before it was sent.');
  });

  it('counts a move whose answer was lost as moved when the retry is refused because the receiver owns it already', async () => {
    const owner = new Map<string, string>([
      ['a', 'frank'],
      ['b', 'frank'],
    ]);
    const attempts = new Map<string, number>();
    const outcomes = await runTransfer(
      options(
        ['a', 'b'],
        (entry) => {
          const id = entry.item.id;
          attempts.set(id, (attempts.get(id) ?? 0) + 1);
          if (owner.get(id) === 'grace') return Promise.reject(new Error(`Unable to reassign item. The item is already owned by 'grace'.`));
          owner.set(id, 'grace');
          // The move went through, but the answer for "a" never arrived.
          return id === 'a' && attempts.get(id) === 1 ? Promise.reject(new Transient()) : Promise.resolve();
        },
        { isMoved: (entry) => Promise.resolve(owner.get(entry.item.id) === 'grace') },
      ),
    );
    expect(outcomes.get('a')).toMatchObject({ status: 'moved', reason: 'Moved (confirmed after a retried request).', attempts: 2 });
    expect(outcomes.get('b')).toMatchObject({ status: 'moved', reason: '' });
  });

  it('still fails a first-attempt refusal without asking who owns the item', async () => {
    let asked = 0;
    const outcomes = await runTransfer(
      options(['a'], () => Promise.reject(new Error('Refused.')), {
        isMoved: () => {
          asked += 1;
          return Promise.resolve(true);
        },
      }),
    );
    expect(outcomes.get('a')).toMatchObject({ status: 'failed', reason: 'Refused.' });
    expect(asked).toBe(0);
  });
});
