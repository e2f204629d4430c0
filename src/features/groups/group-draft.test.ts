import { describe, expect, it } from 'vitest';

import { draftFromGroup, emptyGroupDraft, joinPolicyOf, parseTags, validateGroupDraft } from './group-draft';

describe('validateGroupDraft', () => {
  it('needs a title and names each field over its limit', () => {
    expect(validateGroupDraft(emptyGroupDraft)).toEqual({ title: 'Title is required.' });
    const errors = validateGroupDraft({ ...emptyGroupDraft, title: 'x'.repeat(251), snippet: 's'.repeat(251), tags: ['t'.repeat(129)] });
    expect(errors.title).toContain('Title can be at most 250');
    expect(errors.snippet).toContain('Summary can be at most 250');
    expect(errors.tags).toContain('Tags can be at most 128');
    expect(validateGroupDraft({ ...emptyGroupDraft, title: 'Bridge Crews' })).toEqual({});
  });
});

describe('parseTags', () => {
  it('splits on commas, trims and keeps each tag once', () => {
    expect(parseTags(' bridges, Inspection ,, bridges,BRIDGES ')).toEqual(['bridges', 'Inspection']);
  });
});

describe('join policy', () => {
  it('reads invitation only, request and automatic joining from the group flags', () => {
    expect(joinPolicyOf({ isInvitationOnly: true, autoJoin: true })).toBe('invitation');
    expect(joinPolicyOf({ isInvitationOnly: false, autoJoin: false })).toBe('request');
    expect(joinPolicyOf({ isInvitationOnly: false, autoJoin: true })).toBe('auto');
  });

  it('fills the form from a group', () => {
    const group = {
      id: 'g',
      title: 'T',
      owner: 'o',
      access: 'org',
      snippet: 's',
      description: 'd',
      tags: ['a'],
      isInvitationOnly: false,
      isViewOnly: true,
      autoJoin: false,
      protected: false,
      created: 0,
      modified: 0,
      myMemberType: undefined,
    } as const;
    expect(draftFromGroup({ ...group, tags: ['a'] })).toEqual({
      title: 'T',
      snippet: 's',
      description: 'd',
      tags: ['a'],
      access: 'org',
      join: 'request',
      viewOnly: true,
    });
  });
});
