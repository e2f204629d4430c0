import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

import builtinMembers from '@/testing/fixtures/members-import/builtin-members.csv?raw';
import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import type { ImportMessage, ImportReply } from './import-session';
import { type ImportView, reviewUsernames } from '../core/import-view';

type FakeWorkerScope = {
  onmessage: ((event: { data: ImportMessage }) => void) | null;
  postMessage: (reply: ImportReply) => void;
};

async function loadWorker(): Promise<{ scope: FakeWorkerScope; posted: ImportReply[] }> {
  const posted: ImportReply[] = [];
  const scope: FakeWorkerScope = { onmessage: null, postMessage: (reply) => posted.push(reply) };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./member-import.worker');
  return { scope, posted };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('member-import.worker', () => {
  it('answers a file with its compact view, and keeps it for the next request', async () => {
    const { scope, posted } = await loadWorker();
    const bytes = new TextEncoder().encode(builtinMembers).buffer;
    scope.onmessage?.({ data: { id: 1, type: 'analyze', bytes, context: memberImportContext() } });
    scope.onmessage?.({ data: { id: 2, type: 'revalidate', context: memberImportContext() } });
    // Requests are answered one at a time, in order, even though reading a file is asynchronous.
    await vi.waitFor(() => {
      expect(posted).toHaveLength(2);
    });
    expect(posted.map((reply) => [reply.id, reply.ok])).toEqual([
      [1, true],
      [2, true],
    ]);
    const [first] = posted;
    expect(first?.ok && (first.answer as ImportView).summary.counts.ready).toBe(2);
  });

  it('answers a failure with its message instead of dying', async () => {
    const { scope, posted } = await loadWorker();
    const broken = { ...memberImportContext(), roles: null } as unknown as ReturnType<typeof memberImportContext>;
    scope.onmessage?.({ data: { id: 7, type: 'analyze', bytes: new TextEncoder().encode(builtinMembers).buffer, context: broken } });
    await vi.waitFor(() => {
      expect(posted).toEqual([{ id: 7, ok: false, message: expect.any(String) as string }]);
    });
  });

  it('reads an Excel workbook for its usernames first, and says so in the view of that read', async () => {
    const { scope, posted } = await loadWorker();
    const workbook = readFileSync(fileURLToPath(new URL('../../../testing/fixtures/members-import/new-hires.xlsx', import.meta.url)));
    const bytes = workbook.buffer.slice(workbook.byteOffset, workbook.byteOffset + workbook.byteLength);
    scope.onmessage?.({ data: { id: 1, type: 'read', bytes } });
    await vi.waitFor(() => {
      expect(posted).toHaveLength(1);
    });
    const [read] = posted;
    if (!read?.ok) throw new Error('the workbook was not read');
    const { id, usernames } = read.answer as { id: number; usernames: string[] };
    expect(usernames.length).toBeGreaterThan(0);
    scope.onmessage?.({ data: { id: 2, type: 'analyze', read: id, context: memberImportContext() } });
    await vi.waitFor(() => {
      expect(posted).toHaveLength(2);
    });
    const analyzed = posted[1];
    if (!analyzed?.ok) throw new Error('the read was not analyzed');
    const view = analyzed.answer as ImportView;
    expect(view.workbook).toBe(true);
    expect(reviewUsernames(view.review)).toEqual(usernames);
  });

  it('refuses a binary file with what it is', async () => {
    const { scope, posted } = await loadWorker();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).buffer;
    scope.onmessage?.({ data: { id: 3, type: 'analyze', bytes: png, context: memberImportContext() } });
    await vi.waitFor(() => {
      expect(posted).toEqual([{ id: 3, ok: false, message: expect.stringMatching(/^This is not a text file: it is a PNG image\./) as string }]);
    });
  });
});
