/** The members table with filters applied, in the keys the table reads from its URL (role, type, login, from, to, status, idp). */
export function membersHref(filters: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `/members?${text}` : '/members';
}
