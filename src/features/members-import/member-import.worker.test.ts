import { afterEach, describe, expect, it, vi } from 'vitest';

import builtinMembers from '@/testing/fixtures/members-import/builtin-members.csv?raw';
import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import type { MemberImportRequest, MemberImportResponse } from './analyze-member-file';

type FakeWorkerScope = {
  onmessage: ((event: { data: MemberImportRequest }) => void) | null;
  postMessage: (response: MemberImportResponse) => void;
};

async function loadWorker(): Promise<{ scope: FakeWorkerScope; posted: MemberImportResponse[] }> {
  const posted: MemberImportResponse[] = [];
  const scope: FakeWorkerScope = { onmessage: null, postMessage: (response) => posted.push(response) };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('./member-import.worker');
  return { scope, posted };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('member-import.worker', () => {
  it('answers a file with its analysis', async () => {
    const { scope, posted } = await loadWorker();
    const bytes = new TextEncoder().encode(builtinMembers).buffer;
    scope.onmessage?.({ data: { bytes, context: memberImportContext() } });
    expect(posted).toHaveLength(1);
    const [response] = posted;
    expect(response?.ok && response.analysis.validation.summary.counts.ready).toBe(2);
  });

  it('answers a failure with its message instead of dying', async () => {
    const { scope, posted } = await loadWorker();
    const broken = { ...memberImportContext(), roles: null } as unknown as MemberImportRequest['context'];
    scope.onmessage?.({ data: { bytes: new TextEncoder().encode(builtinMembers).buffer, context: broken } });
    expect(posted).toEqual([{ ok: false, message: expect.any(String) as string }]);
  });
});
