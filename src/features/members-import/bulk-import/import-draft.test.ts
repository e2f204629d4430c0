import { describe, expect, it, vi } from 'vitest';

import { importDraft } from './import-draft';
import type { MemberMapping } from '../core/types';

const stored = new Map<string, unknown>();
const writes: string[] = [];
vi.mock('@/lib/session-drafts', () => ({
  largeDraft: (_owner: unknown, name: string) => ({
    read: () => Promise.resolve(stored.get(name) ?? null),
    write: (value: unknown) => {
      writes.push(name);
      stored.set(name, value);
      return Promise.resolve();
    },
    remove: () => {
      stored.delete(name);
      return Promise.resolve();
    },
  }),
}));

const owner = { portal: 'https://gis.example/portal/sharing/rest', username: 'admin' };
const choices = {
  fileName: 'members.csv',
  fingerprint: 'abc',
  savedAt: 1,
  mapping: { username: 0 } as Partial<MemberMapping> as MemberMapping,
  edits: {},
  excluded: [],
};

describe('importDraft', () => {
  it('writes the rows once per file and the fixes on every change, and reads them back together', async () => {
    const drafts = importDraft(owner);
    const rows = { json: '{"file":{}}' };
    await drafts.write({ ...choices, draft: rows });
    await drafts.write({ ...choices, savedAt: 2, edits: { 3: { username: 'ben' } }, draft: rows });
    expect(writes).toEqual(['members-import-rows', 'members-import', 'members-import']);
    expect(await importDraft(owner).read()).toEqual({ ...choices, savedAt: 2, edits: { 3: { username: 'ben' } }, draft: rows });

    // Another file's rows beside these fixes (a reload between the two writes): no draft.
    stored.set('members-import-rows', { fingerprint: 'other', draft: rows });
    expect(await importDraft(owner).read()).toBeNull();
    // A draft an earlier Roster kept in one record, its rows not as JSON text: not offered.
    stored.set('members-import', { ...choices, draft: { file: {} } });
    stored.set('members-import-rows', { fingerprint: 'abc', draft: { file: {} } });
    expect(await importDraft(owner).read()).toBeNull();

    await drafts.remove();
    expect(stored.size).toBe(0);
  });
});
