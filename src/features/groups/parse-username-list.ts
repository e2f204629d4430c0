export type ParsedUsernames = { usernames: string[]; duplicates: string[] };

/**
 * Reads a pasted list of usernames: one per line, or separated by commas, semicolons, tabs or spaces
 * (usernames never contain them). Repeats are dropped case-insensitively, as the portal compares them.
 */
export function parseUsernameList(text: string): ParsedUsernames {
  const usernames: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/[\s,;]+/)) {
    const username = raw.replace(/^["']+|["']+$/g, '');
    if (!username) continue;
    const key = username.toLowerCase();
    if (seen.has(key)) {
      duplicates.push(username);
      continue;
    }
    seen.add(key);
    usernames.push(username);
  }
  return { usernames, duplicates };
}
