/**
 * A value as one quoted phrase of the portal's `q` grammar (Lucene classic syntax): inside the quotes `\` and `"` are
 * escaped with a backslash, so `CONTOSO\jsmith` is searched as written instead of losing its backslash. Every search
 * that quotes what a person typed or pasted goes through here.
 */
export function searchPhrase(value: string): string {
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`;
}
