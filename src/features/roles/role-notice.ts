/** A one-line success message carried in the router's location state after a role was saved or deleted. */
export type RoleNoticeState = { notice: string };

export function readNotice(state: unknown): string | undefined {
  if (typeof state === 'object' && state !== null && 'notice' in state && typeof state.notice === 'string') return state.notice;
  return undefined;
}
