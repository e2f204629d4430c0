/**
 * A value as one quoted phrase of the portal's `q` grammar (Lucene classic syntax): inside the quotes `\` and `"` are
 * escaped with a backslash, so `CONTOSO\jsmith` is searched as written instead of losing its backslash. Every search
 * that quotes what a person typed or pasted goes through here.
 */
export function searchPhrase(value: string): string {
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}

/**
 * Any of `usernames`, as a clause of the organization's user search. The username field is matched word by word, so
 * the answers may hold names that merely contain a listed one: check them against the list.
 */
export function usernamesClause(usernames: readonly string[]): string {
  return `username:(${usernames.map(searchPhrase).join(' OR ')})`;
}
