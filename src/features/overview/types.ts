import type { UserTypeSeats } from './seats';

export type RoleCount = { key: string; name: string; count: number };
export type RecencyCount = { key: string; label: string; count: number; href: string };
export type NewMember = { username: string; fullName: string; created: number };
/** `null`: the portal did not report that number (see fetchOrganizationCounts). */
export type OrganizationCounts = { members: number; disabled: number | null; groups: number | null; pendingInvitations: number | null };
export type { UserTypeSeats };
