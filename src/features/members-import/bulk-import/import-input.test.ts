import { describe, expect, it } from 'vitest';

import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import { checksOf, type ImportInput, inputForFile } from './import-input';
import type { ImportJournal } from './import-journal';
import type { MemberMapping } from '../core/types';

const organization = { ...memberImportContext(), orgId: 'org1', notices: [] };

describe('checksOf', () => {
  it('leaves out the mapping and the portal answers not known yet', () => {
    const input: ImportInput = { fingerprint: 'f', organization, edits: {}, excluded: new Set([4]) };
    const checks = checksOf(input);
    expect(checks).not.toHaveProperty('mapping');
    expect(checks.context.excludedLines).toEqual(new Set([4]));
    for (const key of ['existingUsernames', 'usernameHolders', 'unconfirmedUsernames', 'pendingInvitations', 'doneLines', 'preexistingLines']) {
      expect(checks.context).not.toHaveProperty(key);
    }
  });

  it('passes on the mapping, the fixes and every answer the portal gave', () => {
    const input: ImportInput = {
      fingerprint: 'f',
      organization,
      mapping: { username: 0 } as MemberMapping,
      edits: { 3: { role: 'Viewer' } },
      excluded: new Set(),
      existing: new Set(['ann']),
      holders: new Map(),
      unconfirmed: new Set(['bob']),
      pending: new Set(['cy']),
      done: new Set([2]),
      preexisting: [5, 6],
    };
    const checks = checksOf(input);
    expect(checks).toMatchObject({ mapping: { username: 0 }, edits: { 3: { role: 'Viewer' } } });
    expect(checks.context).toMatchObject({
      orgId: 'org1',
      existingUsernames: new Set(['ann']),
      unconfirmedUsernames: new Set(['bob']),
      pendingInvitations: new Set(['cy']),
      doneLines: new Set([2]),
      preexistingLines: new Set([5, 6]),
    });
  });
});

describe('inputForFile', () => {
  it('starts a new file with no choices', () => {
    expect(inputForFile('f', organization, null)).toEqual({ fingerprint: 'f', organization, edits: {}, excluded: new Set() });
  });

  it('resumes an unfinished run with its choices, the lines it answered and the members who existed before it', () => {
    const unfinished = {
      mapping: { username: 0 },
      edits: { 3: { role: 'Viewer' } },
      excluded: [7],
      outcomes: [{ line: 2 }, { line: 4 }],
      preexisting: [5],
    } as unknown as ImportJournal;
    expect(inputForFile('f', organization, unfinished)).toEqual({
      fingerprint: 'f',
      organization,
      mapping: { username: 0 },
      edits: { 3: { role: 'Viewer' } },
      excluded: new Set([7]),
      done: new Set([2, 4]),
      preexisting: [5],
    });
    expect(inputForFile('f', organization, { ...unfinished, preexisting: undefined }).preexisting).toEqual([]);
  });
});
