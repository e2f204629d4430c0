/** `addUsers`/`removeUsers` take at most 25 usernames a call (ORG_3100 above that). */
export const GROUP_USERS_PER_CALL = 25;

/** Splits usernames into calls of at most `size`, keeping their order. */
export function planUserBatches(usernames: readonly string[], size = GROUP_USERS_PER_CALL): string[][] {
  if (size < 1) throw new RangeError('A batch holds at least one username.');
  const batches: string[][] = [];
  for (let index = 0; index < usernames.length; index += size) batches.push(usernames.slice(index, index + size));
  return batches;
}
