/** What a screen needs: the privilege, the screen's title and, in words, what the privilege allows. */
export type Gate = { privilege: string; title: string; what: string };

/** A route's `handle` naming the privilege its screen needs (router.tsx); the shell enforces it (`RouteGate`). */
export type GatedHandle = { gate: Gate };

export const gate = (privilege: string, title: string, what: string): { handle: GatedHandle } => ({ handle: { gate: { privilege, title, what } } });

export const gateOf = (handle: unknown): Gate | undefined =>
  handle && typeof handle === 'object' && 'gate' in handle ? (handle as GatedHandle).gate : undefined;
