/** Seats of one user type: `null` where the portal did not report the number. */
export type UserTypeSeats = { id: string; name: string; assigned: number | null; seats: number | null };

export type SeatUse = UserTypeSeats & { left: number | null; percentUsed: number | null; isFull: boolean; summary: string };

/**
 * Seats used and left per user type. The portal can report more assigned than bought (seats reduced after
 * assignment): `left` never goes below 0 and the summary says so. A number the portal did not report stays unknown.
 */
export function seatUse(type: UserTypeSeats): SeatUse {
  const { seats, assigned } = type;
  if (seats === null || assigned === null) {
    const missing = seats === null ? 'seats bought' : 'seats in use';
    return { ...type, left: null, percentUsed: null, isFull: false, summary: `${type.name}: ${missing} not reported by the portal` };
  }
  const left = Math.max(0, seats - assigned);
  const percentUsed = seats > 0 ? Math.min(100, Math.round((assigned / seats) * 100)) : assigned > 0 ? 100 : 0;
  const over = assigned - seats;
  const summary =
    over > 0
      ? `${assigned.toLocaleString('en-US')} assigned, ${over.toLocaleString('en-US')} more than the ${seats.toLocaleString('en-US')} ${type.name} seats`
      : `${left.toLocaleString('en-US')} of ${seats.toLocaleString('en-US')} ${type.name} seats left`;
  return { ...type, left, percentUsed, isFull: left === 0, summary };
}

/** Types with seats or members, fullest first (what an admin needs to buy next is on top); unknown seats last. */
export function seatUseByFullness(types: readonly UserTypeSeats[]): SeatUse[] {
  return types
    .filter((type) => type.seats === null || type.assigned === null || type.seats > 0 || type.assigned > 0)
    .map(seatUse)
    .sort(
      (a, b) =>
        (a.left ?? Number.POSITIVE_INFINITY) - (b.left ?? Number.POSITIVE_INFINITY) ||
        (b.percentUsed ?? -1) - (a.percentUsed ?? -1) ||
        a.name.localeCompare(b.name),
    );
}
