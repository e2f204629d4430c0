import type { MemberImportRequest } from './analyze-member-file';

type Checks = Omit<MemberImportRequest, 'bytes' | 'delimiter'>;

const answerKeys = ['existingUsernames', 'usernameHolders', 'pendingInvitations', 'unconfirmedUsernames'] as const;

/** JSON with sets and maps as sorted lists and keys in order, so equal checks give equal text whatever their order. */
const stable = (value: unknown) =>
  JSON.stringify(value, (_key, item: unknown) =>
    item instanceof Set
      ? [...(item as Set<unknown>)].map(String).sort()
      : item instanceof Map
        ? [...(item as Map<unknown, unknown>)].map(([key, entry]) => [String(key), entry]).sort()
        : item !== null && typeof item === 'object' && !Array.isArray(item)
          ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
          : item,
  );

const without = (value: object, keys: readonly PropertyKey[]) => Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key)));

/**
 * What a fix changed between two checks of the same file: the lower-case usernames whose answers from the portal
 * differ (taken, holder, pending invitation, unconfirmed), when nothing else differs but `line`'s edits. Null when
 * anything else changed (mapping, exclusions, the organization, another line): then the whole file is checked again.
 */
export function usernamesChangedByFix(before: Checks, after: Checks, line: number): Set<string> | null {
  return usernamesChanged(before, after, [String(line)]);
}

/**
 * What the portal's answers changed between two checks of the same file (the review's checks arriving, or asked
 * again): the lower-case usernames whose answers differ, when nothing else does. Null when anything else changed.
 */
export function usernamesChangedByAnswers(before: Checks, after: Checks): Set<string> | null {
  return usernamesChanged(before, after, []);
}

function usernamesChanged(before: Checks, after: Checks, editedLines: readonly string[]): Set<string> | null {
  if (stable(before.mapping) !== stable(after.mapping)) return null;
  if (stable(without(before.edits ?? {}, editedLines)) !== stable(without(after.edits ?? {}, editedLines))) return null;
  if (stable(without(before.context, answerKeys)) !== stable(without(after.context, answerKeys))) return null;
  const changed = new Set<string>();
  for (const key of answerKeys) {
    const was = before.context[key];
    const now = after.context[key];
    const names = new Set([...(was?.keys() ?? []), ...(now?.keys() ?? [])]);
    for (const name of names) {
      const entry = (answers: typeof was, at: string) => (answers instanceof Map ? stable(answers.get(at)) : answers?.has(at));
      if (entry(was, name) !== entry(now, name)) changed.add(name);
    }
  }
  return changed;
}
