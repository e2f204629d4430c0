export type UserTypeSeats = { id: string; name: string; assigned: number; seats: number };

export type SeatUse = UserTypeSeats & { left: number; percentUsed: number; isFull: boolean; summary: string };

/**
 * Seats used and left per user type. The portal can report more assigned than bought (seats reduced after
 * assignment): `left` never goes below 0 and the summary says so.
 */
export function seatUse(type: UserTypeSeats): SeatUse {
  const left = Math.max(0, type.seats - type.assigned);
  const percentUsed = type.seats > 0 ? Math.min(100, Math.round((type.assigned / type.seats) * 100)) : type.assigned > 0 ? 100 : 0;
  const over = type.assigned - type.seats;
  const summary =
    over > 0
      ? `${type.assigned.toLocaleString('en-US')} assigned, ${over.toLocaleString('en-US')} more than the ${type.seats.toLocaleString('en-US')} ${type.name} seats`
      : `${left.toLocaleString('en-US')} of ${type.seats.toLocaleString('en-US')} ${type.name} seats left`;
  return { ...type, left, percentUsed, isFull: left === 0, summary };
}

/** Types with seats or members, fullest first: what an admin needs to buy next is on top. */
export function seatUseByFullness(types: readonly UserTypeSeats[]): SeatUse[] {
  return types
    .filter((type) => type.seats > 0 || type.assigned > 0)
    .map(seatUse)
    .sort((a, b) => a.left - b.left || b.percentUsed - a.percentUsed || a.name.localeCompare(b.name));
}
