import { describe, expect, it } from 'vitest';

import { memberImportContext } from '@/testing/fixtures/members-import/member-import-context';

import { createReviewStore, rowVersion } from './review-store';
import { applyReviewPatch } from '../../core/import-view';
import { createImportSession, type ImportAnswers, type ImportRequest } from '../../worker/import-session';

const file = [
  'First Name,Last Name,Email,Username,Password',
  ...[1, 2, 3, 4].map((at) => `Ana,Member,a${String(at)}@example.org,member_0${String(at)},Welcome.2026`),
].join('\n');

/** A file of four rows, then line 3 fixed to line 5's username (so line 5 repeats it), and the same as a whole view. */
function reviews() {
  const session = createImportSession();
  let id = 0;
  const ask = <T extends ImportRequest>(request: T) => {
    id += 1;
    const reply = session.handle({ ...request, id });
    if (!reply.ok) throw new Error(reply.message);
    return reply.answer as ImportAnswers[T['type']];
  };
  const view = ask({ type: 'analyze', bytes: new TextEncoder().encode(file).buffer, context: memberImportContext() });
  const update = ask({ type: 'fix', line: 3, mapping: view.mapping, edits: { 3: { username: 'member_04' } }, context: memberImportContext() });
  if (!('patch' in update)) throw new Error('Expected a patch');
  return { before: view.review, fixed: applyReviewPatch(view, update.patch).review, whole: ask({ type: 'view' }).review };
}

describe('review store', () => {
  it('gives a new row version only to the rows a patch changed, and to every row of a new view', () => {
    const { before, fixed, whole } = reviews();
    const changed = (next: typeof before) => [0, 1, 2, 3].map((index) => rowVersion(next, index) !== rowVersion(before, index));
    expect(changed(fixed)).toEqual([false, true, false, true]);
    expect(changed(whole)).toEqual([true, true, true, true]);
    expect([0, 1, 2, 3].map((index) => rowVersion(whole, index) === rowVersion(whole, 0))).toEqual([true, true, true, true]);
  });

  it('tells its subscribers of a new review, once', () => {
    const { before, fixed } = reviews();
    const store = createReviewStore(before);
    let told = 0;
    const stop = store.subscribe(() => (told += 1));
    store.set(before);
    store.set(fixed);
    store.set(fixed);
    expect([told, store.get()]).toEqual([1, fixed]);
    stop();
    store.set(before);
    expect(told).toBe(1);
  });
});
