import type { Invitation } from './types';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value : null);
const time = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null);

/** The inviter: a username string (Esri's export reads it so), or `{username}` as group invitations carry it. */
function inviterOf(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && 'username' in value) return text(value.username);
  return text(value);
}

/** One listed invitation, tolerant of missing fields; `null` when it has no id (nothing could be done with it). */
export function toInvitation(raw: unknown): Invitation | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const entry = raw as Record<string, unknown>;
  const id = text(entry.id);
  if (!id) return null;
  return {
    id,
    username: text(entry.username),
    email: text(entry.email),
    role: text(entry.role),
    roleId: text(entry.roleId),
    userTypeId: text(entry.userLicenseType),
    created: time(entry.created),
    expiration: time(entry.expiration),
    invitedBy: inviterOf(entry.fromUsername),
  };
}
