/**
 * A pending invitation to join the organization, as `portals/self/invitations` lists it. Only `id`, `email`,
 * `username` (when the invitation named one), `role`, `created` and `fromUsername` are known to be there (Esri's own
 * pending-invitations export reads them); the rest is `null` when the portal does not report it.
 */
export type Invitation = {
  id: string;
  username: string | null;
  email: string | null;
  role: string | null;
  roleId: string | null;
  userTypeId: string | null;
  created: number | null;
  expiration: number | null;
  invitedBy: string | null;
};

export type InvitationsPage = { total: number; invitations: Invitation[] };

/** The invitations a cancel applies to: picked rows, or every pending invitation (read when the dialog opens). */
export type InvitationSelection = { kind: 'picked'; invitations: Invitation[] } | { kind: 'all'; total: number };
