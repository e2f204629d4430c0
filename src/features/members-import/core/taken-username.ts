/** Who holds a taken username, as the portal shows them to an administrator. */
export type UsernameHolder = { fullName: string; email: string };

/** Same person when the addresses match; without an address on either side, the portal's own check decides. */
export const isSomeoneElse = (holder: UsernameHolder, email: string): boolean =>
  holder.email !== '' && email.trim() !== '' && holder.email.toLowerCase() !== email.trim().toLowerCase();

/** The error a row gets when its username belongs to another person: nobody gets an account for that row. */
export function takenBySomeoneElse(username: string, holder: UsernameHolder): string {
  const who = holder.fullName ? `${holder.fullName} (${holder.email})` : holder.email;
  return `${username} is taken by someone else: ${who}. Choose another username for this person`;
}
