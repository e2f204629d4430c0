import type { Group, GroupDraft, GroupJoinPolicy } from './types';

/** The portal's limits on group fields. */
export const GROUP_LIMITS = { title: 250, snippet: 250, description: 64_000, tag: 128 } as const;

export const emptyGroupDraft: GroupDraft = {
  title: '',
  snippet: '',
  description: '',
  tags: [],
  access: 'private',
  join: 'invitation',
  viewOnly: false,
};

export function joinPolicyOf(group: Pick<Group, 'isInvitationOnly' | 'autoJoin'>): GroupJoinPolicy {
  if (group.isInvitationOnly) return 'invitation';
  return group.autoJoin ? 'auto' : 'request';
}

export function draftFromGroup(group: Group): GroupDraft {
  return {
    title: group.title,
    snippet: group.snippet,
    description: group.description,
    tags: group.tags,
    access: group.access,
    join: joinPolicyOf(group),
    viewOnly: group.isViewOnly,
  };
}

/** Tags typed as a comma list: trimmed, empty ones dropped, repeats (any case) kept once. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => {
      const key = tag.toLowerCase();
      if (!tag || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

export type GroupDraftErrors = Partial<Record<'title' | 'snippet' | 'description' | 'tags', string>>;

/** Problems that would make the portal refuse the group, each naming its field. */
export function validateGroupDraft(draft: GroupDraft): GroupDraftErrors {
  const errors: GroupDraftErrors = {};
  const title = draft.title.trim();
  if (!title) errors.title = 'Title is required.';
  else if (title.length > GROUP_LIMITS.title) errors.title = `Title can be at most ${String(GROUP_LIMITS.title)} characters (now ${String(title.length)}).`;
  if (draft.snippet.trim().length > GROUP_LIMITS.snippet) {
    errors.snippet = `Summary can be at most ${String(GROUP_LIMITS.snippet)} characters (now ${String(draft.snippet.trim().length)}).`;
  }
  if (draft.description.length > GROUP_LIMITS.description)
    errors.description = `Description can be at most ${GROUP_LIMITS.description.toLocaleString('en-US')} characters.`;
  const longTag = draft.tags.find((tag) => tag.length > GROUP_LIMITS.tag);
  if (longTag) errors.tags = `Tags can be at most ${String(GROUP_LIMITS.tag)} characters each; “${longTag.slice(0, 20)}…” is longer.`;
  return errors;
}
